import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';

import type { StoredForm } from '../features/calculator/formStorage';
import { CalculatorPage } from './CalculatorPage';
import { CrashScreen } from './CrashScreen';
import { ErrorBoundary } from './ErrorBoundary';

export interface AppProps {
  i18n: I18n;
  stored: StoredForm;
  /** Browser storage; absent while prerendering at build time. */
  storage?: Storage;
}

export function App({ i18n, stored, storage }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={() => <CrashScreen />}>
        <CalculatorPage stored={stored} storage={storage} />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
