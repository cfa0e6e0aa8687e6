import { describe, expect, it } from 'vitest';

import { isBotLike } from './spamGuard';

describe('isBotLike', () => {
  const startedAt = 1_700_000_000_000;

  it('lets through a person who took their time', () => {
    expect(
      isBotLike({ honeypot: '', startedAt, submittedAt: startedAt + 3_000 }),
    ).toBe(false);
  });

  it('catches a submit within 3 seconds of the first entry', () => {
    expect(
      isBotLike({ honeypot: '', startedAt, submittedAt: startedAt + 2_999 }),
    ).toBe(true);
  });

  it('catches a submit of a form nobody focused or typed in', () => {
    expect(
      isBotLike({ honeypot: '', startedAt: null, submittedAt: startedAt }),
    ).toBe(true);
  });

  it('catches a filled honeypot however long it took', () => {
    expect(
      isBotLike({ honeypot: ' ', startedAt, submittedAt: startedAt + 60_000 }),
    ).toBe(true);
  });

  it('lets through a form started at 0, as a restored draft is', () => {
    expect(
      isBotLike({ honeypot: '', startedAt: 0, submittedAt: startedAt }),
    ).toBe(false);
  });
});
