import { describe, expect, it } from 'vitest';

import {
  addLanguageTexts,
  addSectionMessages,
  createI18n,
  fixedLanguage,
  hasTexts,
} from './i18n';

/** A section's texts, shaped as a part of the page's: one more app text. */
const section = {
  ru: { app: { sectionNote: 'Заметка раздела' } },
  en: { app: { sectionNote: 'A note of the section' } },
};

const sectionNote = (instance: ReturnType<typeof createI18n>) =>
  instance.getResource(instance.language, 'translation', 'app.sectionNote');

// The order matters: the first test runs before English is loaded.
describe('addLanguageTexts', () => {
  it('loads English on demand, keeping what sections added to it', async () => {
    expect(hasTexts('ru')).toBe(true);
    expect(hasTexts('en')).toBe(false);
    const instance = createI18n('ru');
    addSectionMessages(instance, section);

    // Before its texts are there, English reads the Russian fallback.
    await instance.changeLanguage('en');
    expect(instance.t('app.title')).toBe('Калькулятор CLTV');

    await addLanguageTexts(instance, 'en');
    expect(hasTexts('en')).toBe(true);
    expect(instance.t('app.title')).toBe('CLTV calculator');
    expect(sectionNote(instance)).toBe('A note of the section');
  });

  it('gives instances created later both languages at once', () => {
    const instance = createI18n('en');

    expect(instance.t('app.title')).toBe('CLTV calculator');
  });
});

describe('addSectionMessages', () => {
  it('merges a section into the texts of both languages, keeping the rest', async () => {
    const instance = createI18n('ru');

    addSectionMessages(instance, section);

    expect(sectionNote(instance)).toBe('Заметка раздела');
    expect(instance.t('app.title')).toBe('Калькулятор CLTV');
    await instance.changeLanguage('en');
    expect(sectionNote(instance)).toBe('A note of the section');
    expect(instance.t('app.title')).toBe('CLTV calculator');
  });

  it('leaves other instances without it', () => {
    addSectionMessages(createI18n('ru'), section);

    expect(sectionNote(createI18n('ru'))).toBeUndefined();
  });
});

describe('fixedLanguage', () => {
  it('stays in its language when the page switches', async () => {
    const page = createI18n('ru');
    const fixed = fixedLanguage(page, 'ru');

    await page.changeLanguage('en');

    expect(page.t('app.title')).toBe('CLTV calculator');
    expect(fixed.t('app.title')).toBe('Калькулятор CLTV');
    expect(fixedLanguage(page, 'ru')).toBe(fixed);
  });

  it('shares the texts that sections add to the page later', () => {
    const page = createI18n('ru');
    const fixed = fixedLanguage(page, 'en');

    addSectionMessages(page, section);

    expect(sectionNote(fixed)).toBe('A note of the section');
  });
});
