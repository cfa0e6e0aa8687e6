import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { Currency } from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import { UndoButton } from '../calculator/UndoButton';
import {
  PRESET_CURRENCY,
  PRESET_IDS,
  presetFormValues,
  type PresetId,
} from './presets';

interface AppliedPreset {
  id: PresetId;
  /** The visitor's currency, when the preset's roubles replaced it. */
  replacedCurrency: Currency | null;
}

export interface PresetPickerProps {
  /** Fills the whole form, keeping what it held for an undo. */
  onApply: (values: CalculatorFormValues, cause: 'preset') => void;
  /** Brings back what the preset replaced; null when there is nothing. */
  onUndo: (() => void) | null;
}

/**
 * Illustrative starting points that fill the whole form in one click,
 * over the visitor's horizon. The form saves the new values itself, as
 * after any change.
 */
export function PresetPicker({ onApply, onUndo }: PresetPickerProps) {
  const { t, i18n } = useTranslation();
  const { getValues } = useFormContext<CalculatorFormValues>();
  const [applied, setApplied] = useState<AppliedPreset | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The notice goes with its undo, for good: once the visitor changes a
  // field (or the form is replaced again) the figures are no longer the
  // example's, even if typed back to them.
  const hasUndo = onUndo !== null;
  const [hadUndo, setHadUndo] = useState(hasUndo);
  if (hasUndo !== hadUndo) {
    setHadUndo(hasUndo);
    if (!hasUndo) setApplied(null);
  }

  const apply = (id: PresetId) => {
    const { currency, horizonYears } = getValues();
    const language = i18n.language as Language;
    onApply(presetFormValues(id, language, horizonYears), 'preset');
    setApplied({
      id,
      replacedCurrency: currency === PRESET_CURRENCY ? null : currency,
    });
  };

  // The undo button leaves with the notice: focus goes to the section's
  // heading rather than to the page's start.
  const undo = () => {
    onUndo?.();
    setApplied(null);
    heading.current?.focus();
  };

  return (
    <section className="presets" aria-labelledby="presets-heading">
      <h2
        ref={heading}
        id="presets-heading"
        className="presets__heading"
        tabIndex={-1}
      >
        {t('insights.presets.heading')}
      </h2>
      <div className="presets__buttons">
        {PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="button button--quiet"
            onClick={() => apply(id)}
          >
            {t(`insights.presets.${id}`)}
          </button>
        ))}
      </div>
      <p className="presets__note">{t('insights.presets.note')}</p>
      <p role="status" className="presets__status">
        {applied && <AppliedText applied={applied} />}
        {applied && onUndo && (
          <>
            {' '}
            <UndoButton onUndo={undo} />
          </>
        )}
      </p>
    </section>
  );
}

function AppliedText({ applied }: { applied: AppliedPreset }) {
  const { t } = useTranslation();
  const name = t(`insights.presets.${applied.id}`);
  const from = applied.replacedCurrency;

  return (
    <>
      {t('insights.presets.applied', { name })}
      {from &&
        ' ' +
          t('insights.presets.currencyReplaced', { from, to: PRESET_CURRENCY })}
    </>
  );
}
