import { describe, expect, it } from 'vitest';

import { staleLinkedFields, type LinkedField } from './linkedMessages';

const CURRENCY_MESSAGE = 'otherCurrency|{"currency":"RUB"}';

function shownMessages(messages: Partial<Record<LinkedField, string>>) {
  return (field: LinkedField) => messages[field];
}

describe('staleLinkedFields', () => {
  it('names a field whose message the currency has made out of date', () => {
    // «€ 5 000» was refused in roubles; the currency is now EUR.
    const stale = staleLinkedFields(
      new Map(),
      shownMessages({ revenuePerCustomer: CURRENCY_MESSAGE }),
      'currency',
    );

    expect(stale).toEqual(['revenuePerCustomer']);
  });

  it('names a field that should now show a message', () => {
    const expected = new Map([['acquisitionCost', CURRENCY_MESSAGE]]);

    expect(staleLinkedFields(expected, shownMessages({}), 'currency')).toEqual([
      'acquisitionCost',
    ]);
  });

  it('names none while every message is right', () => {
    const expected = new Map([['acquisitionCost', CURRENCY_MESSAGE]]);
    const shown = shownMessages({ acquisitionCost: CURRENCY_MESSAGE });

    expect(staleLinkedFields(expected, shown, 'marginPercent')).toEqual([]);
  });

  it('leaves out the field that changed, which the form validates itself', () => {
    const expected = new Map([['revenuePerCustomer', CURRENCY_MESSAGE]]);

    expect(
      staleLinkedFields(expected, shownMessages({}), 'revenuePerCustomer'),
    ).toEqual([]);
  });
});
