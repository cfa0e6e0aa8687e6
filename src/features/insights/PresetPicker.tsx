import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import { PRESET_IDS, presetFormValues, type PresetId } from './presets';

/**
 * Illustrative starting points that fill the whole form in one click.
 * The form saves the new values itself, as after any change.
 */
export function PresetPicker() {
  const { t, i18n } = useTranslation();
  const { reset } = useFormContext<CalculatorFormValues>();
  const [applied, setApplied] = useState<PresetId | null>(null);

  const apply = (id: PresetId) => {
    reset(presetFormValues(id, i18n.language as Language), {
      keepFieldsRef: true,
    });
    setApplied(id);
  };

  return (
    <section className="presets" aria-labelledby="presets-heading">
      <h2 id="presets-heading" className="presets__heading">
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
        {applied &&
          t('insights.presets.applied', {
            name: t(`insights.presets.${applied}`),
          })}
      </p>
    </section>
  );
}
