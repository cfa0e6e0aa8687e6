import { useCallback, useMemo, useState } from 'react';

import type { Language } from '../../i18n/languages';
import { clearFormValues } from './formStorage';
import { defaultFormValues, type CalculatorFormValues } from './formValues';
import type { CalculatorState } from './useCalculator';
import {
  isStillReplaced,
  valuesBeforeReplace,
  type ReplaceCause,
  type ReplaceSnapshot,
} from './replaceUndo';

export interface UndoableReplace {
  /** Restores the defaults, keeping what the form held for an undo. */
  reset: () => void;
  /** Fills the whole form (a preset, a scenario), keeping an undo. */
  replace: (values: CalculatorFormValues, cause: ReplaceCause) => void;
  /** The undo of the last replacement if it had this cause, else null. */
  undoOf: (cause: ReplaceCause) => (() => void) | null;
}

/**
 * Replacing the whole form without a confirmation dialog: it happens at
 * once and can be undone until the visitor changes a field. Only the last
 * replacement can be undone.
 */
export function useUndoableReplace(
  form: CalculatorState['form'],
  values: CalculatorFormValues,
  language: Language,
  storage: Storage | undefined,
): UndoableReplace {
  const [snapshot, setSnapshot] = useState<ReplaceSnapshot | null>(null);

  // The form saves the values it is given, as after any change. It gets a
  // copy: typing must not change the given per-year lists (a saved
  // scenario's, the snapshot's).
  const replace = useCallback(
    (replacement: CalculatorFormValues, cause: ReplaceCause) => {
      const before = structuredClone(form.getValues());
      setSnapshot({ cause, values: before, replacement, language });
      form.reset(structuredClone(replacement), { keepFieldsRef: true });
    },
    [form, language],
  );

  const reset = useCallback(() => {
    replace(defaultFormValues(language), 'reset');
    clearFormValues(storage);
  }, [replace, language, storage]);

  const undo = useCallback(() => {
    if (!snapshot) return;
    const before = valuesBeforeReplace(snapshot, language);
    form.reset(before, { keepFieldsRef: true });
    setSnapshot(null);
  }, [form, snapshot, language]);

  const canUndo =
    snapshot !== null && isStillReplaced(snapshot, values, language);
  const undoCause = canUndo ? snapshot.cause : null;
  const undoOf = useCallback(
    (cause: ReplaceCause) => (cause === undoCause ? undo : null),
    [undoCause, undo],
  );
  return useMemo(() => ({ reset, replace, undoOf }), [reset, replace, undoOf]);
}
