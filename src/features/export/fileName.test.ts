import { describe, expect, it } from 'vitest';

import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('names the subject and the local day, padded', () => {
    expect(exportFileName('portfolio', new Date(2026, 11, 3), 'png')).toBe(
      'cltv-portfolio-2026-12-03.png',
    );
    expect(exportFileName('years', new Date(2027, 0, 9, 23, 59), 'csv')).toBe(
      'cltv-years-2027-01-09.csv',
    );
  });
});
