// First of all imports: it configures zod before any schema is built.
import './zodConfig';
import './styles.css';

import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import { App } from './app/App';
import { openingState } from './features/export/openingState';
import { openingScenarios } from './features/scenarios/openingScenarios';
import { createI18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE } from './i18n/languages';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Some browsers throw on access when storage is switched off.
    return undefined;
  }
}

const storage = browserStorage();
const { language, stored, ignoredInLink, linkedScenario } = openingState(
  window.location.hash,
  storage,
);
const scenarios = openingScenarios(storage, language, linkedScenario);
const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App
      i18n={createI18n(language)}
      stored={stored}
      storage={storage}
      ignoredInLink={ignoredInLink}
      scenarios={scenarios}
    />
  </StrictMode>
);

// index.html holds the page prerendered with the defaults in Russian. When
// the visitor brings other figures, another language or saved scenarios,
// it is rendered afresh instead of hydrated, since the markup would not
// match.
const isPrerenderedState =
  container.firstElementChild !== null &&
  language === DEFAULT_LANGUAGE &&
  stored.status === 'none' &&
  scenarios.scenarios.length === 0;

// Inside a transition React renders in slices of a few milliseconds and
// lets the browser handle input and paint in between, instead of holding
// the main thread for the whole page at once.
// An error boundary that caught an error already shows the visitor what
// failed and how to recover; React would also log it to the console.
const rootOptions = import.meta.env.DEV ? {} : { onCaughtError: () => {} };

startTransition(() => {
  if (isPrerenderedState) {
    hydrateRoot(container, app, rootOptions);
  } else {
    createRoot(container, rootOptions).render(app);
  }
});
