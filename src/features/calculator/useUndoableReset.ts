import { useCallback, useMemo, useState } from 'react';

import type { Language } from '../../i18n/languages';
import { clearFormValues } from './formStorage';
import {
  defaultFormValues,
  isSameForm,
  type CalculatorFormValues,
} from './formValues';
import type { CalculatorState } from './useCalculator';
import { valuesBeforeReset, type ResetSnapshot } from './resetUndo';

export interface UndoableReset {
  /** Restores the defaults, keeping what the form held for an undo. */
  reset: () => void;
  /** Brings that back; null when there is nothing to undo. */
  undo: (() => void) | null;
}

/**
 * «Restore the defaults» without a confirmation dialog: the reset happens
 * at once and can be undone until the visitor changes a field.
 */
export function useUndoableReset(
  form: CalculatorState['form'],
  values: CalculatorFormValues,
  language: Language,
  storage: Storage | undefined,
): UndoableReset {
  const [snapshot, setSnapshot] = useState<ResetSnapshot | null>(null);
  const defaults = useMemo(() => defaultFormValues(language), [language]);

  const reset = useCallback(() => {
    setSnapshot({ values: structuredClone(form.getValues()), language });
    form.reset(defaults, { keepFieldsRef: true });
    clearFormValues(storage);
  }, [form, defaults, language, storage]);

  // The form saves the values it is reset to, as after any change.
  const undo = useCallback(() => {
    if (!snapshot) return;
    form.reset(valuesBeforeReset(snapshot, language), { keepFieldsRef: true });
    setSnapshot(null);
  }, [form, snapshot, language]);

  // Once the visitor changes a field, an undo would throw that away.
  const canUndo = snapshot !== null && isSameForm(values, defaults);
  return { reset, undo: canUndo ? undo : null };
}
