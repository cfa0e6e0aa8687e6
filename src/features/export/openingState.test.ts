import { describe, expect, it } from 'vitest';

import { saveLanguage } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { saveFormValues } from '../calculator/formStorage';
import {
  defaultFormValues,
  type CalculatorFormValues,
} from '../calculator/formValues';
import { openingState } from './openingState';
import { encodeShareHash } from './shareLink';

/** Storage holding what a visitor left in the given language. */
function storageWith(language: Language, values: CalculatorFormValues) {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
  saveLanguage(storage, language);
  saveFormValues(storage, language, values);
  return storage;
}

const withTypo = { ...defaultFormValues('en'), acquisitionCost: '25 00x' };

describe('openingState', () => {
  it('opens on what was stored when the address has no link', () => {
    const state = openingState('#results', storageWith('en', withTypo));

    expect(state).toEqual({
      language: 'en',
      stored: { status: 'restored', values: withTypo },
    });
  });

  it('opens on the defaults without a link or stored figures', () => {
    for (const hash of ['', '#', '#results']) {
      expect(openingState(hash, undefined)).toEqual({
        language: 'ru',
        stored: { status: 'none' },
      });
    }
  });

  it('keeps what was stored when a link cannot be read, and says so', () => {
    const state = openingState('#v=1&&&', storageWith('en', withTypo));

    expect(state).toEqual({
      language: 'en',
      stored: { status: 'restored', values: withTypo },
      ignoredInLink: ['link'],
    });
  });

  it('opens an unreadable link on the defaults, taken as the link’s', () => {
    // Not «none»: the page must not be hydrated over the prerendered
    // markup, which has no notice.
    expect(openingState('#%%%%%', undefined)).toEqual({
      language: 'ru',
      stored: { status: 'restored', values: defaultFormValues('ru') },
      ignoredInLink: ['link'],
    });
  });

  it('lets a link from elsewhere win over what was stored', () => {
    const linked = { ...defaultFormValues('ru'), marginPercent: '35' };
    const hash = encodeShareHash(linked, 'ru').replace('c=12000', 'c=x');

    const state = openingState(hash, storageWith('en', withTypo));

    expect(state).toEqual({
      language: 'ru',
      stored: { status: 'restored', values: linked },
      ignoredInLink: ['serviceCostPerCustomer'],
      linkedScenario: null,
    });
  });

  it('brings the compared scenario of a link from elsewhere', () => {
    const scenario = { name: 'До', values: defaultFormValues('ru') };
    const linked = { ...defaultFormValues('ru'), marginPercent: '35' };

    const state = openingState(
      encodeShareHash(linked, 'ru', scenario),
      storageWith('en', withTypo),
    );

    expect(state.stored).toEqual({ status: 'restored', values: linked });
    expect(state.linkedScenario).toEqual(scenario);
  });

  it('keeps the stored comparison on a reload of its own link', () => {
    const storage = storageWith('en', withTypo);
    const scenario = { name: 'A', values: defaultFormValues('en') };

    const state = openingState(
      encodeShareHash(withTypo, 'en', scenario),
      storage,
    );

    expect(state.stored).toEqual({ status: 'restored', values: withTypo });
    expect(state.linkedScenario).toBeUndefined();
  });

  it('keeps the typed text, mistakes included, on a reload of its own link', () => {
    const storage = storageWith('en', withTypo);

    const state = openingState(encodeShareHash(withTypo, 'en'), storage);

    expect(state.stored).toEqual({ status: 'restored', values: withTypo });
    expect(state.ignoredInLink).toBeUndefined();
  });

  it('keeps what was stored on a reload before the address caught up', () => {
    // Saved in English while the address still held the Russian link of
    // an earlier state, the one the page had written a frame before.
    const earlier = encodeShareHash(
      { ...defaultFormValues('ru'), revenuePerCustomer: '99 999' },
      'ru',
    );
    const storage = storageWith('en', withTypo);
    saveFormValues(storage, 'en', withTypo, earlier);

    const state = openingState(earlier, storage);

    expect(state.language).toBe('en');
    expect(state.stored).toEqual({ status: 'restored', values: withTypo });
    expect(state.ignoredInLink).toBeUndefined();
  });

  it('follows a link that is not the address of the last save', () => {
    const link = encodeShareHash(defaultFormValues('ru'), 'ru');
    const storage = storageWith('en', withTypo);
    saveFormValues(storage, 'en', withTypo, '#v=1&older');

    const state = openingState(link, storage);

    expect(state.language).toBe('ru');
    expect(state.stored).toEqual({
      status: 'restored',
      values: defaultFormValues('ru'),
    });
  });

  it('opens on a link without storage at all', () => {
    const hash = encodeShareHash(defaultFormValues('en'), 'en');

    expect(openingState(hash, undefined)).toEqual({
      language: 'en',
      stored: { status: 'restored', values: defaultFormValues('en') },
      ignoredInLink: [],
      linkedScenario: null,
    });
  });

  describe('replacedOwn', () => {
    const colleague = encodeShareHash(
      { ...defaultFormValues('ru'), marginPercent: '30' },
      'ru',
    );
    const own = { ...defaultFormValues('en'), marginPercent: '45' };

    it('holds the stored figures a link replaces, in its language', () => {
      const state = openingState(colleague, storageWith('en', own));

      expect(state.replacedOwn?.marginPercent).toBe('45');
      // Stored «120,000», written the Russian way.
      expect(state.replacedOwn?.revenuePerCustomer).toBe(
        defaultFormValues('ru').revenuePerCustomer,
      );
    });

    it('is left out when the stored figures calculate the same', () => {
      const sameTyped = { ...defaultFormValues('en'), marginPercent: '30.0' };

      const state = openingState(colleague, storageWith('en', sameTyped));

      expect(state.stored.status).toBe('restored');
      expect(state.replacedOwn).toBeUndefined();
    });

    it('is left out for stored figures with a mistake', () => {
      const state = openingState(colleague, storageWith('en', withTypo));

      expect(state.replacedOwn).toBeUndefined();
    });
  });
});
