import { prerender } from 'react-dom/static';

import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE } from './i18n/languages';

/**
 * The page as a first-time visitor sees it: default language, default
 * figures, their results. Written into index.html at build time. Unlike
 * renderToString, prerender waits for the lazily loaded sections, so
 * their markup is there too. Any error fails the build rather than
 * leaving a section to the browser.
 */
export async function render(): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <App i18n={createI18n(DEFAULT_LANGUAGE)} stored={{ status: 'none' }} />,
    {
      // Every section inline, in its place: past this many bytes React
      // would move a section to the end of the page, to be put in place
      // by an inline script, which the page's CSP refuses.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => void errors.push(error),
    },
  );
  if (errors.length > 0) {
    throw new AggregateError(errors, 'The page could not be prerendered');
  }
  return new Response(prelude).text();
}
