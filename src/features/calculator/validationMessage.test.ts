import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseLocaleNumber } from '../../format/parseNumber';
import type { Language } from '../../i18n/languages';
import {
  decodeMessage,
  encodeMessage,
  exampleFigure,
  formatMessageParams,
  messageToShow,
} from './validationMessage';

/** Intl separates digit groups with no-break spaces; tests write spaces. */
function plain(params: Record<string, string>) {
  return JSON.parse(JSON.stringify(params).replace(/[\u00a0\u202f]/g, ' '));
}

describe('formatMessageParams', () => {
  it('writes the sums of a message in its currency, the customers plainly', () => {
    const { params } = decodeMessage(
      encodeMessage('tooLargeForBase', {
        max: 2_000_000_000,
        customers: 2000,
        limit: 4e12,
        currency: 'RUB',
      }),
    );

    expect(plain(formatMessageParams(params, 'ru'))).toEqual({
      max: '2 000 000 000 ₽',
      customers: '2 000',
      limit: '4 000 000 000 000 ₽',
      currency: 'RUB',
    });
    expect(formatMessageParams(params, 'en')).toMatchObject({
      max: '₽2,000,000,000',
      customers: '2,000',
    });
  });

  it('writes a bound without a currency as a plain figure', () => {
    expect(plain(formatMessageParams({ max: 1e9 }, 'ru'))).toEqual({
      max: '1 000 000 000',
    });
  });
});

describe('exampleFigure', () => {
  it('joins the Russian digit groups with no-break spaces', () => {
    expect(exampleFigure('ru')).toBe('1\u00a0000\u00a0000,5');
  });

  it('writes the figure the English way', () => {
    expect(exampleFigure('en')).toBe('1,000,000.5');
  });

  it('gives a percentage and a count of their own kind', () => {
    expect(exampleFigure('ru', 'percent')).toBe('12,5');
    expect(exampleFigure('en', 'percent')).toBe('12.5');
    expect(exampleFigure('ru', 'count')).toBe('1\u00a0000');
    expect(exampleFigure('en', 'count')).toBe('1,000');
  });
});

/** The figure a suggestion reads as in the language, or null. */
function readBack(text: string | undefined, language: Language) {
  const parsed = parseLocaleNumber(text ?? '', language);
  return parsed.kind === 'number' ? parsed.value : null;
}

describe('messageToShow', () => {
  it('gives «not a number» the example of its field', () => {
    const count = encodeMessage('notANumber', { exampleOf: 'count' });

    expect(messageToShow(count, 'en').params.example).toBe('1,000');
    // A message of an older page, without a kind, gets the money example.
    expect(messageToShow('notANumber', 'en').params.example).toBe(
      '1,000,000.5',
    );
  });

  it('suggests the meant figure with groups and without', () => {
    const message = encodeMessage('digitGroups', { meant: 1_200_005 });

    expect(messageToShow(message, 'ru')).toMatchObject({
      key: 'digitGroups',
      params: { meant: '1\u00a0200\u00a0005', meantPlain: '1200005' },
    });
    expect(messageToShow(message, 'en')).toMatchObject({
      key: 'digitGroups',
      params: { meant: '1,200,005', meantPlain: '1200005' },
    });
  });

  it('keeps the fraction of the meant figure', () => {
    const message = encodeMessage('digitGroups', { meant: 1_200_005.5 });

    expect(messageToShow(message, 'ru').params).toMatchObject({
      meant: '1\u00a0200\u00a0005,5',
      meantPlain: '1200005,5',
    });
    expect(messageToShow(message, 'en').params).toMatchObject({
      meant: '1,200,005.5',
      meantPlain: '1200005.5',
    });
  });

  it('suggests a figure without groups once: «1 2 3» is 123', () => {
    const message = encodeMessage('digitGroups', { meant: 123 });

    expect(messageToShow(message, 'ru')).toMatchObject({
      key: 'digitGroupsShort',
      params: { meant: '123' },
    });
  });

  it.each([
    ['120 0005', 'ru', 1_200_005],
    ['120 00', 'ru', 12_000],
    ['1 2 3,125', 'ru', 123.125],
    ['120,0005', 'en', 1_200_005],
    ['1,00,000.75', 'en', 100_000.75],
  ] as const)(
    'suggests for «%s» in %s figures read back as %d',
    (text, language, meant) => {
      const parsed = parseLocaleNumber(text, language);
      const message = encodeMessage('digitGroups', {
        meant:
          parsed.kind === 'invalid' && 'meant' in parsed ? parsed.meant : 0,
      });
      const { params } = messageToShow(message, language);

      expect(readBack(params.meant, language)).toBe(meant);
      expect(readBack(params.meantPlain, language)).toBe(meant);
    },
  );

  it('suggests figures that read back for any misgrouped digits', () => {
    const figure = fc.record({
      groups: fc.array(fc.stringMatching(/^[0-9]{1,5}$/), {
        minLength: 2,
        maxLength: 4,
      }),
      fraction: fc.stringMatching(/^[0-9]{0,6}$/),
      language: fc.constantFrom<Language>('ru', 'en'),
    });
    fc.assert(
      fc.property(figure, ({ groups, fraction, language }) => {
        const mark = language === 'ru' ? ',' : '.';
        const text = `1${groups.join(' ')}${fraction && mark + fraction}`;
        const parsed = parseLocaleNumber(text, language);
        if (parsed.kind !== 'invalid' || parsed.reason !== 'digitGroups') {
          return;
        }
        const message = encodeMessage('digitGroups', { meant: parsed.meant });
        const { params } = messageToShow(message, language);

        expect(readBack(params.meant, language)).toBe(parsed.meant);
        expect(readBack(params.meantPlain, language)).toBe(parsed.meant);
      }),
    );
  });
});
