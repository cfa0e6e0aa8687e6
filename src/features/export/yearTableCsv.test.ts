import { describe, expect, it } from 'vitest';

import type { Language } from '../../i18n/languages';
import { computeCltv } from '../../model/cltv';
import { workedExampleInput } from '../../model/workedExample';
import { sectionI18n } from '../../testing/sectionI18n';
import * as messages from './messages';
import { yearTableCsv, type YearTableExport } from './yearTableCsv';

function csvLines(
  language: Language,
  compared?: YearTableExport['compared'],
  marginMakeup?: YearTableExport['marginMakeup'],
): string[] {
  const csv = yearTableCsv({
    input: workedExampleInput,
    result: computeCltv(workedExampleInput),
    currency: 'RUB',
    language,
    date: new Date(2026, 11, 3),
    t: sectionI18n(language, messages).t,
    compared,
    marginMakeup,
  });
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv.slice(1).split('\r\n');
}

function lineStarting(lines: string[], start: string): string {
  const line = lines.find((text) => text.startsWith(start));
  expect(line, `a line starting with «${start}»`).toBeDefined();
  return line!;
}

describe('yearTableCsv', () => {
  it('puts the title, date and currency above the inputs', () => {
    const lines = csvLines('ru');

    expect(lines.slice(0, 4)).toEqual([
      'Калькулятор CLTV: денежные потоки клиентской базы по годам',
      'Дата расчёта;3 декабря 2026 г.',
      'Валюта;RUB',
      '',
    ]);
  });

  it('says after the margin what it takes out, as the visitor answered', () => {
    const ru = csvLines('ru', null, 'yes');
    const en = csvLines('en', null, 'unsure');

    const afterMargin = (lines: string[], start: string) =>
      lines[lines.indexOf(lineStarting(lines, start)) + 1];
    expect(afterMargin(ru, 'Маржинальность')).toBe(
      'Учитывает ли маржа расходы;Да, уже учитывает',
    );
    expect(afterMargin(en, '"Margin')).toBe(
      'Whether the margin includes costs,Not sure',
    );
    expect(csvLines('ru').join('\n')).not.toContain('Учитывает ли');
  });

  it('lists the inputs in Russian, rates as percent', () => {
    const lines = csvLines('ru');

    expect(lineStarting(lines, 'Горизонт')).toBe('Горизонт расчёта, лет;5');
    expect(lineStarting(lines, 'Выручка')).toBe(
      'Выручка на клиента в год;120000',
    );
    expect(lineStarting(lines, 'Маржинальность')).toBe('Маржинальность, %;40');
    expect(lineStarting(lines, 'Удержание текущих')).toBe(
      'Удержание текущих клиентов по годам, %;80;82;84;85',
    );
    expect(lineStarting(lines, 'Ставка')).toBe(
      'Ставка дисконтирования, % в год;20',
    );
  });

  it('writes the year table with a header row and figures to the cent', () => {
    const lines = csvLines('ru');
    const header = lines.indexOf(lineStarting(lines, 'Год;'));

    expect(lines[header]).toBe(
      'Год;Текущих клиентов;Новых клиентов;Выручка;Маржа;' +
        'Обслуживание и маркетинг;Привлечение;Приведённая стоимость года;' +
        'Ценность базы нарастающим итогом',
    );
    // Year 2: 800 existing and 320 new customers; 1120 × 120 000 revenue,
    // 40 % of it margin, 12 000 each in costs, 200 × 25 000 acquisition;
    // the year adds V_2 − V_1 = 54 833 333.33 − 31 000 000.
    expect(lines[header + 2]).toBe(
      '2;800;320;134400000;53760000;13440000;5000000;23833333,33;54833333,33',
    );
    expect(lines[header + 5]).toMatch(/^5;.*;101435679,01$/);
    expect(lines.slice(header + 6)).toEqual(['']);
  });

  it('writes English with commas between cells and decimal points', () => {
    const lines = csvLines('en');

    expect(lineStarting(lines, 'Revenue')).toBe(
      'Revenue per customer per year,120000',
    );
    expect(lineStarting(lines, 'Calculated on')).toBe(
      'Calculated on,"December 3, 2026"',
    );
    expect(lineStarting(lines, '5,')).toMatch(/,101435679\.01$/);
  });

  it('writes a compared scenario after the table, with its inputs and table', () => {
    // The scenario: the worked example with 70 % retention of today's base
    // and three years. Year 2 then has 1000 × 0.7 = 700 existing customers
    // and 320 new ones; E_3 = 30 000 + 0.7 × 25 000 + 0.49 × 36 000/1.728
    // = 57 708.33, so V_3 = 73 694 444.44 − 1000 × (63 666.67 − 57 708.33)
    // = 67 736 111.11.
    const input = {
      ...workedExampleInput,
      horizonYears: 3,
      revenuePerCustomer: [120_000, 120_000, 120_000],
      marginRate: [0.4, 0.4, 0.4],
      serviceCostPerCustomer: [12_000, 12_000, 12_000],
      retentionExisting: [0.7, 0.7],
      retentionNew: [0.6, 0.8],
      newCustomers: [200, 200, 200],
    };
    const compared = {
      name: '=Сценарий A',
      currency: 'EUR' as const,
      input,
      result: computeCltv(input),
    };

    const lines = csvLines('ru', compared);

    expect(lines[4]).toBe('Текущий расчёт');
    const heading = lines.indexOf("Сценарий для сравнения;'=Сценарий A");
    expect(heading).toBeGreaterThan(lines.indexOf(lineStarting(lines, '5;')));
    expect(lines.slice(heading - 1, heading + 3)).toEqual([
      '',
      "Сценарий для сравнения;'=Сценарий A",
      'Валюта;EUR',
      '',
    ]);
    const scenario = lines.slice(heading);
    expect(lineStarting(scenario, 'Горизонт')).toBe('Горизонт расчёта, лет;3');
    expect(lineStarting(scenario, 'Удержание текущих')).toBe(
      'Удержание текущих клиентов по годам, %;70;70',
    );
    expect(lineStarting(scenario, '2;')).toMatch(/^2;700;320;/);
    expect(lineStarting(scenario, '3;')).toMatch(/;67736111,11$/);
    expect(scenario.at(-2)).toMatch(/^3;/);
  });

  it('labels nothing when no scenario is compared', () => {
    expect(csvLines('ru')).not.toContain('Текущий расчёт');
  });
});
