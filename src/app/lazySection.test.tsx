// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import type { i18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { createI18n, loadTexts } from '../i18n/i18n';
import { lazySection, useLatestProps, type SectionModule } from './lazySection';

interface NoteProps {
  count: number;
}

/** A section that shows its own text, the page's title and its props. */
function Note({ count }: NoteProps) {
  const { t, i18n: instance } = useTranslation();
  const note = instance.getResource(
    instance.language,
    'translation',
    'app.sectionNote',
  ) as string;
  return (
    <p>
      {note} · {t('app.title')} · {count}
    </p>
  );
}

const noteModule: SectionModule<NoteProps> = {
  default: Note,
  messages: {
    ru: { app: { sectionNote: 'Заметка' } },
    en: { app: { sectionNote: 'Note' } },
  },
};

function renderInPage(page: i18n, ui: ReactNode) {
  return render(<I18nextProvider i18n={page}>{ui}</I18nextProvider>, {
    // The failing chunk's error is caught on purpose; React would log it.
    onCaughtError: () => {},
  });
}

afterEach(cleanup);

describe('lazySection', () => {
  // The page loads English on demand; these tests switch to it at once.
  beforeAll(() => loadTexts('en'));

  it('shows the section with its texts once its chunk has loaded', async () => {
    const NoteSection = lazySection(async () => noteModule, 'note--loading');

    renderInPage(createI18n('ru'), <NoteSection count={3} />);

    expect(
      await screen.findByText('Заметка · Калькулятор CLTV · 3'),
    ).toBeDefined();
  });

  it('follows the page into another language and new props', async () => {
    const page = createI18n('ru');
    const NoteSection = lazySection(async () => noteModule, 'note--loading');
    const { rerender } = renderInPage(page, <NoteSection count={3} />);
    await screen.findByText('Заметка · Калькулятор CLTV · 3');

    await act(() => page.changeLanguage('en'));
    rerender(
      <I18nextProvider i18n={page}>
        <NoteSection count={5} />
      </I18nextProvider>,
    );

    expect(await screen.findByText('Note · CLTV calculator · 5')).toBeDefined();
  });

  it('shows a notice in place of a section whose chunk fails', async () => {
    const NoteSection = lazySection<NoteProps>(
      () => Promise.reject(new Error('offline')),
      'note--loading',
    );

    renderInPage(createI18n('en'), <NoteSection count={3} />);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'This part of the page did not load.',
    );
  });

  it('hands a section’s handlers the props its page gave it last', async () => {
    // The getter of the first render, kept as an old event handler keeps
    // what it closed over.
    let firstGetter: (() => NoteProps) | undefined;
    function Latest(props: NoteProps) {
      const latest = useLatestProps(props);
      useEffect(() => {
        firstGetter ??= latest;
      });
      return <p>{props.count}</p>;
    }
    const LatestSection = lazySection(
      async () => ({ default: Latest, messages: noteModule.messages }),
      'note--loading',
    );
    const page = createI18n('ru');
    const { rerender } = renderInPage(page, <LatestSection count={3} />);
    await screen.findByText('3');

    rerender(
      <I18nextProvider i18n={page}>
        <LatestSection count={5} />
      </I18nextProvider>,
    );
    await screen.findByText('5');

    expect(firstGetter!().count).toBe(5);
  });

  it('hands a component outside a section its own props', () => {
    function Outside(props: NoteProps) {
      const latest = useLatestProps(props);
      return <p>outside {latest().count}</p>;
    }

    render(<Outside count={7} />);

    expect(screen.getByText('outside 7')).toBeDefined();
  });
});
