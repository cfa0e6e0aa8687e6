import { renderToString } from 'react-dom/server';

import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE } from './i18n/languages';

/**
 * The page as a first-time visitor sees it: default language, default
 * figures, their results. Written into index.html at build time.
 */
export function render(): string {
  return renderToString(
    <App i18n={createI18n(DEFAULT_LANGUAGE)} stored={{ status: 'none' }} />,
  );
}
