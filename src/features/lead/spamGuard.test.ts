import { describe, expect, it } from 'vitest';

import { isBotLike } from './spamGuard';

describe('isBotLike', () => {
  const shownAt = 1_700_000_000_000;

  it('lets through a person who took their time', () => {
    expect(
      isBotLike({ honeypot: '', shownAt, submittedAt: shownAt + 3_000 }),
    ).toBe(false);
  });

  it('catches a submit within 3 seconds of the form appearing', () => {
    expect(
      isBotLike({ honeypot: '', shownAt, submittedAt: shownAt + 2_999 }),
    ).toBe(true);
  });

  it('catches a filled honeypot however long it took', () => {
    expect(
      isBotLike({ honeypot: ' ', shownAt, submittedAt: shownAt + 60_000 }),
    ).toBe(true);
  });
});
