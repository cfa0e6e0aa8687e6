import { useEffect } from 'react';

import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import {
  addressFor,
  isShareHash,
  linkedScenario,
  type ComparedExport,
} from './shareLink';

/**
 * Keeps the address bar on the share link of the form, and of the compared
 * scenario, as they change.
 * replaceState, not pushState: typing must not fill the history, so Back
 * still leaves the page. Written once the frame that shows a change has
 * been painted: Chromium takes a few milliseconds for each replaceState,
 * which the keystroke need not wait for.
 */
export function useAddressBarLink(
  values: CalculatorFormValues,
  language: Language,
  compared?: ComparedExport | null,
): void {
  useEffect(() => openPastedLinks(), []);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => writeAddress(values, language, compared));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [values, language, compared]);
}

/** The fragment the page last wrote, or opened on. */
let ownHash = '';

function writeAddress(
  values: CalculatorFormValues,
  language: Language,
  compared: ComparedExport | null | undefined,
) {
  const current = window.location.href;
  const next = addressFor(current, values, language, linkedScenario(compared));
  if (next !== current) {
    window.history.replaceState(window.history.state, '', next);
  }
  ownHash = window.location.hash;
}

/**
 * A link pasted into the address of the open page changes only its
 * fragment: the browser does not load the page again, and the form would
 * go on showing the visitor's figures under a colleague's link. The page
 * is loaded again instead, to open on the link as a new tab would (the
 * visitor's figures kept as a scenario, see openingState). The page's own
 * writes fire no hashchange (replaceState). Going Back to an entry of its
 * own, left for the skip link's «#results», is no new link: the address
 * is put back on what the form shows, which a reload then opens.
 */
function openPastedLinks(): () => void {
  ownHash = window.location.hash;
  const leftEntries = new Set<string>();
  const follow = () => {
    const { hash } = window.location;
    if (!isShareHash(hash)) {
      leftEntries.add(ownHash);
    } else if (hash === ownHash || leftEntries.has(hash)) {
      window.history.replaceState(window.history.state, '', ownHash);
    } else {
      window.location.reload();
    }
  };
  window.addEventListener('hashchange', follow);
  return () => window.removeEventListener('hashchange', follow);
}
