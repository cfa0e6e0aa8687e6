import { describe, expect, it } from 'vitest';

import {
  decodeMessage,
  encodeMessage,
  exampleFigure,
  formatMessageParams,
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
});
