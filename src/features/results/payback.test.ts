import { describe, expect, it } from 'vitest';

import type { PaybackOutcome } from '../../model/payback';
import { sectionI18n } from '../../testing/sectionI18n';
import { paybackNote, paybackText } from './payback';

const ru = sectionI18n('ru').t;
const en = sectionI18n('en').t;

const nothing: PaybackOutcome = { kind: 'nothingToPayBack' };
const wouldYear2: PaybackOutcome = {
  kind: 'paysBack',
  year: 2,
  planned: false,
};
const wouldNever: PaybackOutcome = { kind: 'notWithinHorizon', planned: false };

describe('paybackText', () => {
  it('names the year when acquisition is planned', () => {
    const outcome: PaybackOutcome = {
      kind: 'paysBack',
      year: 2,
      planned: true,
    };
    expect(paybackText(outcome, 5, ru)).toBe('в 2-й год');
    expect(paybackText(outcome, 5, en)).toBe('in year 2');
  });

  it('says there is nothing to pay back when AC is 0, not «year 1»', () => {
    expect(paybackText(nothing, 5, ru)).toBe('нечего окупать — AC равна 0');
    expect(paybackText(nothing, 5, en)).toBe('nothing to pay back: AC is 0');
  });

  it('says no new customers are planned rather than a would-be year', () => {
    expect(paybackText(wouldYear2, 5, ru)).toBe('новых клиентов в плане нет');
    expect(paybackText(wouldNever, 5, en)).toBe('no new customers planned');
  });
});

describe('paybackNote', () => {
  it('gives the would-be year only when no new customers are planned', () => {
    expect(paybackNote(wouldYear2, 5, ru)).toBe(
      'Новый клиент окупился бы в 2-й год',
    );
    expect(paybackNote(wouldNever, 10, en)).toBe(
      'A new customer would not pay back within 10 years',
    );
    expect(paybackNote(nothing, 5, en)).toBeNull();
    expect(
      paybackNote({ kind: 'paysBack', year: 1, planned: true }, 5, en),
    ).toBeNull();
  });
});
