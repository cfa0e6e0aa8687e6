import { useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import {
  CalculatorForm,
  type FormShape,
} from '../features/calculator/CalculatorForm';
import {
  initialFormValues,
  type StoredForm,
} from '../features/calculator/formStorage';
import type { CalculatorFormValues } from '../features/calculator/formValues';
import { useCalculator } from '../features/calculator/useCalculator';
import { useUndoableReplace } from '../features/calculator/useUndoableReplace';
import { SharedLinkNotice } from '../features/export/SharedLinkNotice';
import type { LinkPart } from '../features/export/shareLink';
import { useAddressBarLink } from '../features/export/useAddressBarLink';
import { PresetPicker } from '../features/insights/PresetPicker';
import { canTakeRequests } from '../features/lead/settings';
import { Results } from '../features/results/Results';
import type { ScenarioState } from '../features/scenarios/scenarioStore';
import { useScenarios } from '../features/scenarios/useScenarios';
import type { Language } from '../i18n/languages';
import { replayDroppedClick } from './droppedClicks';
import { LanguageSwitch } from './LanguageSwitch';
import { useLanguageSwitch } from './useLanguageSwitch';
import { WarningNotice } from './WarningNotice';
import {
  ExportBar,
  InsightsSection,
  LeadSection,
  ScenariosSection,
} from './sections';

export interface CalculatorPageProps {
  stored: StoredForm;
  /**
   * What this browser and the address held, before what the visitor typed
   * ahead of the page's code was put on top (`stored` then); its notices
   * speak of it. `stored` when nothing was typed.
   */
  openedOn?: StoredForm;
  storage: Storage | undefined;
  /** What the share link the page was opened with could not supply. */
  ignoredInLink?: readonly LinkPart[];
  /** The saved scenarios the page opens with. */
  scenarios?: ScenarioState;
  /** The scenario keeping the figures the opened link replaced. */
  ownKeptAs?: string | null;
}

export function CalculatorPage({
  stored,
  openedOn = stored,
  storage,
  ignoredInLink,
  scenarios: initialScenarios,
  ownKeptAs,
}: CalculatorPageProps) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState(i18n.language as Language);
  const [initialValues] = useState(() => initialFormValues(stored, language));
  const [openedValues] = useState(() =>
    openedOn === stored ? initialValues : initialFormValues(openedOn, language),
  );
  const [showStorageNotice, setShowStorageNotice] = useState(
    openedOn.status === 'corrupt',
  );
  const { form, values, calculation, isStale } = useCalculator(
    initialValues,
    language,
    storage,
  );
  const scenarios = useScenarios(initialScenarios, storage, language);
  useAddressBarLink(values, language, scenarios.compared);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  // A button clicked before the page worked is clicked again now.
  useEffect(() => replayDroppedClick(), []);

  const { changeLanguage, unavailable } = useLanguageSwitch(
    form,
    language,
    setLanguage,
    storage,
  );

  const { reset, replace, undoOf } = useUndoableReplace(
    form,
    values,
    language,
    storage,
  );

  // The form and its context are built again only when the choices that
  // shape the form change: react-hook-form's FormProvider hands down a new
  // context value each time it renders, which would re-render every field
  // on every keystroke and on the form's own re-render after hydration.
  const shape = useFormShape(values);
  const calculatorForm = useMemo(
    () => (
      <FormProvider {...form}>
        <CalculatorForm
          shape={shape}
          onReset={reset}
          onUndoReset={undoOf('reset')}
        />
      </FormProvider>
    ),
    [form, shape, reset, undoOf],
  );
  const presetPicker = useMemo(
    () => (
      <FormProvider {...form}>
        <PresetPicker onApply={replace} onUndo={undoOf('preset')} />
      </FormProvider>
    ),
    [form, replace, undoOf],
  );

  // Kept the same elements while their props stay, so that the results
  // skip renders of the page that change nothing in them (react-hook-form
  // renders it once more when the form is ready after hydration).
  const exportBar = useMemo(
    () => (
      <ExportBar
        calculation={calculation}
        values={values}
        compared={scenarios.compared}
      />
    ),
    [calculation, values, scenarios.compared],
  );
  const scenariosPanel = useMemo(
    () => (
      <ScenariosSection
        scenarios={scenarios}
        calculation={calculation}
        isStale={isStale}
        currency={values.currency}
        form={form}
        onLoad={replace}
        onUndoLoad={undoOf('scenario')}
      />
    ),
    [scenarios, calculation, isStale, values.currency, form, replace, undoOf],
  );

  // The form's context stays around the form: its value changes as the
  // visitor types, and the lazily loaded sections must not be under it.
  return (
    <>
      <PageHeader language={language} onLanguageChange={changeLanguage} />
      {unavailable && (
        <WarningNotice
          text={t('app.languageUnavailable')}
          actionLabel={t('app.languageRetry')}
          onAction={() => changeLanguage(unavailable)}
          className="page-notice"
          role="alert"
        />
      )}
      {showStorageNotice && (
        <StorageResetNotice onDismiss={() => setShowStorageNotice(false)} />
      )}

      <SharedLinkNotice
        ignored={ignoredInLink}
        openedValues={openedValues}
        ownKeptAs={ownKeptAs}
      />
      {presetPicker}

      <main className="layout">
        {calculatorForm}
        <div className="results-column">
          <Results
            calculation={calculation}
            isStale={isStale}
            currency={values.currency}
            actions={exportBar}
            compared={scenarios.chartSeries}
            scenarios={scenariosPanel}
          />
          <InsightsSection
            storage={storage}
            calculation={calculation}
            values={values}
            form={form}
          />
        </div>
      </main>
      {canTakeRequests && (
        <LeadSection
          calculation={calculation}
          currency={values.currency}
          storage={storage}
        />
      )}

      <footer className="page-footer">
        <p>{t(canTakeRequests ? 'app.footer' : 'app.footerWithoutRequests')}</p>
      </footer>
    </>
  );
}

/** The shaping choices of the form, the same object while they stay. */
function useFormShape(values: CalculatorFormValues): FormShape {
  const {
    marginIncludesCosts,
    retentionExistingMode,
    retentionNewMode,
    newCustomersMode,
    horizonYears,
  } = values;
  return useMemo(
    () => ({
      marginIncludesCosts,
      retentionExistingMode,
      retentionNewMode,
      newCustomersMode,
      horizonYears,
    }),
    [
      marginIncludesCosts,
      retentionExistingMode,
      retentionNewMode,
      newCustomersMode,
      horizonYears,
    ],
  );
}

function PageHeader({
  language,
  onLanguageChange,
}: {
  language: Language;
  onLanguageChange: (next: Language) => void;
}) {
  const { t } = useTranslation();

  return (
    <>
      <a className="skip-link" href="#results">
        {t('app.skipToResults')}
      </a>
      <header className="page-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="page-header__tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch language={language} onChange={onLanguageChange} />
      </header>
    </>
  );
}

/** Says that the stored figures could not be read and were set aside. */
function StorageResetNotice({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation();

  return (
    <WarningNotice
      text={t('app.storageReset')}
      actionLabel={t('app.dismiss')}
      onAction={onDismiss}
      className="page-notice"
      role="status"
    />
  );
}
