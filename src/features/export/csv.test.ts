import { describe, expect, it } from 'vitest';

import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes Russian with a byte-order mark, «;» and a decimal comma', () => {
    const csv = toCsv(
      [
        ['Год', 'Выручка'],
        [1, 1234.5],
      ],
      'ru',
    );

    expect(csv).toBe('\uFEFFГод;Выручка\r\n1;1234,5\r\n');
  });

  it('writes English with «,» and a decimal point, without digit groups', () => {
    const csv = toCsv(
      [
        ['Year', 'Revenue'],
        [1, 1_234_567.5],
      ],
      'en',
    );

    expect(csv).toBe('\uFEFFYear,Revenue\r\n1,1234567.5\r\n');
  });

  it('rounds figures to the cent', () => {
    // 1/3 = 0.333… → 0.33; 2/3 = 0.666… → 0.67.
    expect(toCsv([[1 / 3, 2 / 3]], 'ru')).toBe('\uFEFF0,33;0,67\r\n');
  });

  it('keeps a negative figure a number, with an ASCII minus', () => {
    expect(toCsv([[-123.45]], 'ru')).toBe('\uFEFF-123,45\r\n');
    expect(toCsv([[-123.45]], 'en')).toBe('\uFEFF-123.45\r\n');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+7 495 000', "'+7 495 000"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['＝1+1', "'＝1+1"],
  ])('neutralises the formula in the text «%s»', (text, written) => {
    expect(toCsv([[text]], 'ru')).toBe(`\uFEFF${written}\r\n`);
  });

  it('leaves text that cannot start a formula as it is', () => {
    expect(toCsv([['Ставка 20 % = 0,2']], 'ru')).toBe(
      '\uFEFFСтавка 20 % = 0,2\r\n',
    );
  });

  it('quotes text holding the separator, a quote or a line break', () => {
    expect(toCsv([['a;b', 'a,b']], 'ru')).toBe('\uFEFF"a;b";a,b\r\n');
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines']], 'en')).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines"\r\n',
    );
  });

  it('quotes a neutralised formula that holds quotes', () => {
    expect(toCsv([['=HYPERLINK("x")']], 'en')).toBe(
      '\uFEFF"\'=HYPERLINK(""x"")"\r\n',
    );
  });

  it('writes empty cells for null and for figures that are not finite', () => {
    expect(toCsv([[Number.NaN, null, Infinity, 1], []], 'ru')).toBe(
      '\uFEFF;;;1\r\n\r\n',
    );
  });
});
