// First of all imports: it configures zod before any schema is built.
import './zodConfig';
import './styles.css';

import { startTransition, StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';

import { App } from './app/App';
import { markAppStarted } from './app/droppedClicks';
import { keepReplacedForms } from './app/enteredValue';
import {
  initialFormValues,
  saveFormValues,
} from './features/calculator/formStorage';
import { typedBeforeStart } from './features/calculator/typedBeforeStart';
import {
  openingState,
  type OpeningState,
} from './features/export/openingState';
import { openingScenarios } from './features/scenarios/openingScenarios';
import { createI18n, hasTexts, loadTexts } from './i18n/i18n';
import { DEFAULT_LANGUAGE } from './i18n/languages';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Some browsers throw on access when storage is switched off.
    return undefined;
  }
}

// An error boundary that caught an error already shows the visitor what
// failed and how to recover; React would also log it to the console.
const ROOT_OPTIONS = import.meta.env.DEV ? {} : { onCaughtError: () => {} };

/**
 * Reads what the page opens on and renders or hydrates it. It runs in a task
 * of its own, after the one that evaluated the modules above, so that
 * neither holds the main thread for both.
 */
function start() {
  const storage = browserStorage();
  const opening = openingState(window.location.hash, storage);
  if (hasTexts(opening.language)) return render(storage, opening);
  // A page opening in English waits for its texts. Should their chunk
  // fail to arrive, it opens in English all the same, its figures read and
  // written the English way, with the texts in Russian (i18next's
  // fallback) until the page is loaded again.
  void loadTexts(opening.language)
    .catch(() => {})
    .then(() => render(storage, opening));
}

function render(storage: Storage | undefined, opening: OpeningState) {
  markAppStarted();
  const container = document.getElementById('root')!;
  const { language, ignoredInLink, linkedScenario, replacedOwn } = opening;
  const i18n = createI18n(language);
  const replaced = replacedOwn && {
    name: i18n.t('export.ownKeptName'),
    values: replacedOwn,
  };
  const opened = openingScenarios(storage, language, linkedScenario, replaced);
  const scenarios = opened.state;
  const typed = typedIntoPrerenderedForm(container, opening);
  if (typed) saveFormValues(storage, language, typed);
  const stored = typed
    ? { status: 'restored' as const, values: typed }
    : opening.stored;

  const app = (
    <StrictMode>
      <App
        i18n={i18n}
        stored={stored}
        openedOn={opening.stored}
        storage={storage}
        ignoredInLink={ignoredInLink}
        scenarios={scenarios}
        ownKeptAs={opened.keptAs}
      />
    </StrictMode>
  );
  // A page typed in is rendered afresh, whatever it opens on: its form
  // no longer matches the markup React would hydrate.
  if (typed) return renderKeepingFocus(container, app);

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
  startTransition(() => {
    if (isPrerenderedState) {
      hydrateRoot(container, app, ROOT_OPTIONS);
    } else {
      freshRoot(container).render(app);
    }
  });
}

/**
 * A root that replaces the prerendered markup. Forms of sections whose
 * code comes later are kept with what was entered in them, for that code
 * to take over (keepReplacedForms).
 */
function freshRoot(container: HTMLElement) {
  keepReplacedForms(container);
  return createRoot(container, ROOT_OPTIONS);
}

/**
 * The prerendered form can be typed in before this code runs: what was
 * typed, on top of what the page opens on (the defaults, the figures
 * stored here or a share link's), null when nothing was typed. The page's
 * notices (stored figures that could not be read, a link that could not
 * be read) still speak of what it opened on (App's openedOn).
 */
function typedIntoPrerenderedForm(
  container: HTMLElement,
  { stored, language }: OpeningState,
) {
  return typedBeforeStart(
    container.querySelector('form.calculator-form'),
    () => initialFormValues(stored, language),
    language,
  );
}

/**
 * Renders at once, not in a transition, so that the field the visitor
 * was typing in gets the focus back, the caret after its text, before the
 * next key.
 *
 * Only a calculator field gets it back. A request-form field is off the
 * page until its section's chunk arrives (what was entered is kept, see
 * freshRoot); the visitor has to click into it again, and keys pressed
 * before they do go nowhere. This stays while a fresh render replaces
 * the lazily loaded sections' markup with placeholders.
 */
function renderKeepingFocus(container: HTMLElement, app: ReactNode) {
  const focused = document.activeElement;
  const name = focused instanceof HTMLInputElement ? focused.name : '';
  flushSync(() => freshRoot(container).render(app));
  if (!name) return;

  const field = container.querySelector(`input[name="${CSS.escape(name)}"]`);
  if (!(field instanceof HTMLInputElement)) return;
  field.focus();
  if (field.type === 'text') {
    field.setSelectionRange(field.value.length, field.value.length);
  }
}

setTimeout(start);
