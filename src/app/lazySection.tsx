import {
  createContext,
  lazy,
  memo,
  Suspense,
  useDeferredValue,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ComponentType,
  type RefObject,
} from 'react';
import { I18nContext, I18nextProvider, useTranslation } from 'react-i18next';

import {
  addSectionMessages,
  fixedLanguage,
  type SectionMessages,
} from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import {
  markSectionArrived,
  replayDroppedClick,
  watchSection,
} from './droppedClicks';
import { ErrorBoundary } from './ErrorBoundary';
import { WarningNotice } from './WarningNotice';

/** What the chunk of a lazily loaded section exports. */
export interface SectionModule<Props> {
  default: ComponentType<Props>;
  /** The section's texts, which the page's own texts leave out. */
  messages: SectionMessages;
}

/** The hydrated sections that still render older props than their page's. */
const sectionsBehind = new Set<object>();

/** Inside a lazy section: the props its page gave it last. */
const LatestProps = createContext<RefObject<{ props: object }> | null>(null);

/**
 * A getter of the props the page gave the section last, for its event
 * handlers: the section renders a render behind (and is hydrated with the
 * props it was prerendered with), while an action, such as an export
 * right after a keystroke, must use that keystroke's figures. Outside a
 * lazy section, `own` are the latest.
 */
export function useLatestProps<Props extends object>(own: Props): () => Props {
  const latest = useContext(LatestProps);
  return () => (latest ? (latest.current.props as Props) : own);
}

/**
 * A section whose code and texts load in a chunk of their own, without
 * moving the page or changing what it shows; for the sections below the
 * fold and for parts that appear on a click (the working behind a card):
 *
 * - The build's prerender waits for the chunk, so the section is in the
 *   page's HTML. Hydration leaves that HTML in place until the chunk has
 *   arrived and then hydrates the section alone; meanwhile the rest of the
 *   page, the form included, already works.
 * - The section follows its props and the page's language one render
 *   behind the rest of the page (useDeferredValue). An urgent update that
 *   reached a section still waiting for its chunk would make React drop
 *   its HTML for the fallback; a deferred one waits for the chunk instead.
 *   Texts come from an i18next instance fixed to that deferred language,
 *   so a section hydrates in the language it was prerendered in even when
 *   the visitor has switched meanwhile. Keystrokes also paint sooner,
 *   since the section's work comes after the frame.
 * - Nothing above the section may pass it a context value that changes
 *   (react-hook-form's FormProvider does on every validation): React
 *   treats that, too, as an urgent update of the waiting section. A
 *   section that needs the form gets it as a prop.
 * - A click on the section's prerendered HTML before its chunk arrives
 *   is dropped by React; it is made again once the section is hydrated
 *   and has caught up with the page (droppedClicks.ts). Hydration renders
 *   the props the HTML was made from; a click made then would act on
 *   figures the visitor has since changed (a CSV of the defaults).
 * - When the page is rendered afresh (a returning visitor's stored
 *   figures, a share link, English), and for a part that was not on the
 *   page, the placeholder, of roughly the section's height, stands in
 *   until the chunk arrives; the page below moves by whatever difference
 *   remains.
 *
 * Props are compared shallowly; pass stable objects or memoised values.
 */
export function lazySection<Props extends object>(
  load: () => Promise<SectionModule<Props>>,
  placeholderClassName: string,
  /**
   * A selector of the section's outermost element, for a section that is
   * in the page's HTML; a click on it is made again once it has arrived.
   */
  prerenderedRoot?: string,
) {
  if (prerenderedRoot) watchSection(prerenderedRoot);

  interface Shown {
    props: Props;
    language: Language;
  }

  const Section = lazy(async () => {
    const { default: Component, messages } = await load();

    function SectionWithMessages({
      shown,
      latest,
    }: {
      shown: Shown;
      latest: RefObject<Shown>;
    }) {
      const { i18n } = useTranslation();
      addSectionMessages(i18n, messages);
      // A click dropped before the section was hydrated is made once no
      // section shows older figures than the rest of the page. (A click on
      // a section still waiting for its chunk is dropped and kept again.)
      useEffect(() => {
        if (shown === latest.current) sectionsBehind.delete(latest);
        else sectionsBehind.add(latest);
        if (sectionsBehind.size === 0) replayDroppedClick();
      }, [shown, latest]);
      useEffect(() => () => void sectionsBehind.delete(latest), [latest]);
      // Before any passive effect, which may make a dropped click again.
      useLayoutEffect(() => {
        if (prerenderedRoot) markSectionArrived(prerenderedRoot);
      }, []);
      return (
        <LatestProps.Provider value={latest}>
          <Component {...shown.props} />
        </LatestProps.Provider>
      );
    }
    return { default: SectionWithMessages };
  });

  function LazySection(props: Props) {
    // useTranslation() re-renders on a language switch, but its i18n is a
    // new wrapper each time; the context holds the page's own instance.
    const language = useTranslation().i18n.language as Language;
    const { i18n } = useContext(I18nContext);
    const latest = useMemo(() => ({ props, language }), [props, language]);
    const shown = useDeferredValue(latest);
    // Read by the section's passive effects, which run after this.
    const latestRef = useRef(latest);
    useLayoutEffect(() => {
      latestRef.current = latest;
    }, [latest]);

    // The same element while `shown` stays, so that React skips the
    // boundary on urgent renders.
    return useMemo(
      () => (
        <ErrorBoundary fallback={() => <SectionFailed />}>
          <Suspense fallback={<div className={placeholderClassName} />}>
            <I18nextProvider i18n={fixedLanguage(i18n, shown.language)}>
              <Section shown={shown} latest={latestRef} />
            </I18nextProvider>
          </Suspense>
        </ErrorBoundary>
      ),
      [i18n, shown],
    );
  }

  return memo(LazySection);
}

/** In place of a section whose chunk could not load, or that threw. */
function SectionFailed() {
  const { t } = useTranslation();

  return (
    <WarningNotice
      text={t('app.sectionFailed')}
      actionLabel={t('app.reload')}
      onAction={() => window.location.reload()}
      className="page-section"
      role="alert"
    />
  );
}
