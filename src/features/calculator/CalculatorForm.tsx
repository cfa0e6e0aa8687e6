import { memo, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { CURRENCIES } from '../../format/format';
import { MAX_HORIZON_YEARS } from '../../model/cltv';
import { Choice, NumberField } from './fields';
import type { CalculatorFormValues } from './formValues';
import { UndoButton } from './UndoButton';

const YEARS = Array.from({ length: MAX_HORIZON_YEARS }, (_, i) => i + 1);

/** The choices that decide which fields the form shows. */
export type FormShape = Pick<
  CalculatorFormValues,
  | 'marginIncludesCosts'
  | 'retentionExistingMode'
  | 'retentionNewMode'
  | 'newCustomersMode'
  | 'horizonYears'
>;

export interface CalculatorFormProps {
  shape: FormShape;
  onReset: () => void;
  /** Brings back what the reset replaced; null when there is nothing. */
  onUndoReset: (() => void) | null;
}

/** Every input of the calculation, in the order a CX lead meets them. */
export function CalculatorForm({
  shape: values,
  onReset,
  onUndoReset,
}: CalculatorFormProps) {
  const { t } = useTranslation();
  const horizon = clampHorizon(values.horizonYears);

  return (
    <form
      className="calculator-form"
      aria-labelledby="form-heading"
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="form-heading">{t('form.heading')}</h2>

      <section className="form-section" aria-labelledby="section-base">
        <h3 id="section-base">{t('form.sections.base')}</h3>
        <NumberField
          name="existingCustomers"
          label={t('form.existingCustomers.label')}
          hint={t('form.existingCustomers.hint')}
        />
      </section>

      <EconomicsSection marginIncludesCosts={values.marginIncludesCosts} />
      <RetentionSection
        existingMode={values.retentionExistingMode}
        newMode={values.retentionNewMode}
        horizon={horizon}
      />
      <AcquisitionSection mode={values.newCustomersMode} horizon={horizon} />

      <section className="form-section" aria-labelledby="section-discount">
        <h3 id="section-discount">{t('form.sections.discount')}</h3>
        <NumberField
          name="discountRatePercent"
          label={t('form.discountRatePercent.label')}
          hint={t('form.discountRatePercent.hint')}
          suffix="%"
        />
        <HorizonSelect />
      </section>

      <ResetControl onReset={onReset} onUndo={onUndoReset} />
    </form>
  );
}

/** The reset button and, after a reset, its notice with an undo. */
function ResetControl({
  onReset,
  onUndo,
}: {
  onReset: () => void;
  onUndo: (() => void) | null;
}) {
  const { t } = useTranslation();
  const resetButton = useRef<HTMLButtonElement>(null);
  // The undo button leaves with the notice: focus goes back to the reset
  // button rather than to the page's start.
  const undo = () => {
    onUndo?.();
    resetButton.current?.focus();
  };

  return (
    <div className="form-reset">
      <button
        ref={resetButton}
        type="button"
        className="button button--quiet"
        onClick={onReset}
      >
        {t('form.reset')}
      </button>
      <div role="status" className="form-reset__status">
        {onUndo && (
          <>
            <span>{t('form.resetDone')}</span>
            <UndoButton onUndo={undo} />
          </>
        )}
      </div>
    </div>
  );
}

/*
 * The sections take only the choices that shape them and are memoised, so
 * that a keystroke does not rebuild them; the fields show what is typed by
 * themselves (react-hook-form's register) and their messages through their
 * own subscription to the form state.
 */

const EconomicsSection = memo(function EconomicsSection({
  marginIncludesCosts,
}: Pick<CalculatorFormValues, 'marginIncludesCosts'>) {
  const { t } = useTranslation();
  const { register, getValues } = useFormContext<CalculatorFormValues>();
  const makeupHint = {
    yes: t('form.marginIncludesCosts.hintYes'),
    no: t('form.marginIncludesCosts.hintNo'),
    unsure: t('form.marginIncludesCosts.hintUnsure'),
  }[marginIncludesCosts];

  return (
    <section className="form-section" aria-labelledby="section-economics">
      <h3 id="section-economics">{t('form.sections.economics')}</h3>
      <div className="field">
        <label htmlFor="currency">{t('form.currency.label')}</label>
        <select
          id="currency"
          aria-describedby="currency-hint"
          defaultValue={getValues('currency')}
          {...register('currency')}
        >
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
        <p className="field__hint" id="currency-hint">
          {t('form.currency.hint')}
        </p>
      </div>
      <NumberField
        name="revenuePerCustomer"
        label={t('form.revenuePerCustomer.label')}
        hint={t('form.revenuePerCustomer.hint')}
      />
      <NumberField
        name="marginPercent"
        label={t('form.marginPercent.label')}
        hint={t('form.marginPercent.hint')}
        suffix="%"
      />
      <Choice
        name="marginIncludesCosts"
        legend={t('form.marginIncludesCosts.legend')}
        options={[
          { value: 'yes', label: t('form.marginIncludesCosts.yes') },
          { value: 'no', label: t('form.marginIncludesCosts.no') },
          { value: 'unsure', label: t('form.marginIncludesCosts.unsure') },
        ]}
      >
        <p className="field__hint" aria-live="polite">
          {makeupHint}
        </p>
      </Choice>
      <NumberField
        name="serviceCostPerCustomer"
        label={t('form.serviceCostPerCustomer.label')}
        hint={t('form.serviceCostPerCustomer.hint')}
      />
      <NumberField
        name="acquisitionCost"
        label={t('form.acquisitionCost.label')}
        hint={t('form.acquisitionCost.hint')}
      />
    </section>
  );
});

interface RetentionSectionProps {
  existingMode: CalculatorFormValues['retentionExistingMode'];
  newMode: CalculatorFormValues['retentionNewMode'];
  horizon: number;
}

const RetentionSection = memo(function RetentionSection({
  existingMode,
  newMode,
  horizon,
}: RetentionSectionProps) {
  const { t } = useTranslation();
  const transitions = YEARS.slice(0, horizon - 1);

  return (
    <section className="form-section" aria-labelledby="section-retention">
      <h3 id="section-retention">{t('form.sections.retention')}</h3>
      <p className="field__hint">{t('form.retentionExisting.hint')}</p>
      <Choice
        name="retentionExistingMode"
        legend={t('form.retentionExisting.legend')}
        options={[
          { value: 'single', label: t('form.retentionExisting.single') },
          { value: 'perYear', label: t('form.retentionExisting.perYear') },
        ]}
      >
        {existingMode === 'single' ? (
          <NumberField
            name="retentionExistingPercent"
            label={t('form.retentionExisting.percentLabel')}
            suffix="%"
          />
        ) : (
          <div className="field-grid">
            {transitions.map((year) => (
              <NumberField
                key={year}
                name={`retentionExistingByYear.${year - 1}`}
                label={t('form.retentionExisting.yearLabel', {
                  from: year,
                  to: year + 1,
                })}
                suffix="%"
              />
            ))}
          </div>
        )}
      </Choice>

      <Choice
        name="retentionNewMode"
        legend={t('form.retentionNew.legend')}
        options={[
          { value: 'twoRates', label: t('form.retentionNew.twoRates') },
          { value: 'perAge', label: t('form.retentionNew.perAge') },
        ]}
      >
        <p className="field__hint">{t('form.retentionNew.hint')}</p>
        {newMode === 'twoRates' ? (
          <div className="field-grid">
            <NumberField
              name="retentionNewFirstYearPercent"
              label={t('form.retentionNew.firstYearLabel')}
              suffix="%"
            />
            <NumberField
              name="retentionNewLaterPercent"
              label={t('form.retentionNew.laterLabel')}
              suffix="%"
            />
          </div>
        ) : (
          <div className="field-grid">
            {transitions.map((age) => (
              <NumberField
                key={age}
                name={`retentionNewByAge.${age - 1}`}
                label={t('form.retentionNew.ageLabel', { age })}
                suffix="%"
              />
            ))}
          </div>
        )}
      </Choice>
    </section>
  );
});

interface AcquisitionSectionProps {
  mode: CalculatorFormValues['newCustomersMode'];
  horizon: number;
}

const AcquisitionSection = memo(function AcquisitionSection({
  mode,
  horizon,
}: AcquisitionSectionProps) {
  const { t } = useTranslation();

  return (
    <section className="form-section" aria-labelledby="section-acquisition">
      <h3 id="section-acquisition">{t('form.sections.acquisition')}</h3>
      <Choice
        name="newCustomersMode"
        legend={t('form.newCustomers.legend')}
        options={[
          { value: 'single', label: t('form.newCustomers.single') },
          { value: 'perYear', label: t('form.newCustomers.perYear') },
        ]}
      >
        <p className="field__hint">{t('form.newCustomers.hint')}</p>
        {mode === 'single' ? (
          <NumberField
            name="newCustomersPerYear"
            label={t('form.newCustomers.perYearLabel')}
          />
        ) : (
          <div className="field-grid">
            {YEARS.slice(0, horizon).map((year) => (
              <NumberField
                key={year}
                name={`newCustomersByYear.${year - 1}`}
                label={t('form.newCustomers.yearLabel', { year })}
              />
            ))}
          </div>
        )}
      </Choice>
    </section>
  );
});

function HorizonSelect() {
  const { t } = useTranslation();
  const { register, getValues } = useFormContext<CalculatorFormValues>();

  return (
    <div className="field">
      <label htmlFor="horizonYears">{t('form.horizonYears.label')}</label>
      <select
        id="horizonYears"
        aria-describedby="horizonYears-hint"
        defaultValue={getValues('horizonYears')}
        {...register('horizonYears')}
      >
        {YEARS.map((year) => (
          <option key={year} value={String(year)}>
            {t('form.horizonYears.option', { count: year })}
          </option>
        ))}
      </select>
      <p className="field__hint" id="horizonYears-hint">
        {t('form.horizonYears.hint')}
      </p>
    </div>
  );
}

/** The horizon as a whole number of years, even while the field is odd. */
function clampHorizon(text: string): number {
  const years = Number.parseInt(text, 10);
  if (!Number.isFinite(years)) return MAX_HORIZON_YEARS;
  return Math.min(Math.max(years, 1), MAX_HORIZON_YEARS);
}
