import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';

import type { StoredForm } from '../features/calculator/formStorage';
import type { LinkPart } from '../features/export/shareLink';
import type { ScenarioState } from '../features/scenarios/scenarioStore';
import { CalculatorPage } from './CalculatorPage';
import { CrashScreen } from './CrashScreen';
import { ErrorBoundary } from './ErrorBoundary';

export interface AppProps {
  i18n: I18n;
  stored: StoredForm;
  /** What the page opened on before typing was put on top of it. */
  openedOn?: StoredForm;
  /** Browser storage; absent while prerendering at build time. */
  storage?: Storage;
  /** What the share link the page was opened with could not supply. */
  ignoredInLink?: readonly LinkPart[];
  /** The saved scenarios the page opens with; none while prerendering. */
  scenarios?: ScenarioState;
  /** The scenario keeping the figures the opened link replaced. */
  ownKeptAs?: string | null;
}

export function App({ i18n, stored, storage, ...page }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={() => <CrashScreen />}>
        <CalculatorPage stored={stored} storage={storage} {...page} />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
