import { expect, type Locator, type Page } from '@playwright/test';

/** The calculator as a visitor meets it: fields by label, cards by title. */
export class CalculatorPage {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(path);
    // The prerendered page is visible at once; typing must wait until React
    // has hydrated it, which the chart's arrival tells.
    await expect(this.chart.locator('.recharts-wrapper')).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(label: string | RegExp, text: string) {
    await this.field(label).fill(text);
  }

  choose(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  card(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** The card's figure for 3 or 5 years. */
  cardValue(testId: string, years: 3 | 5): Locator {
    return this.card(testId).locator(`[data-years="${years}"] dd`);
  }

  get chart(): Locator {
    return this.page.getByTestId('portfolio-chart');
  }

  get table(): Locator {
    return this.page.locator('table.year-table');
  }

  tableRow(year: number): Locator {
    return this.table.locator('tbody tr').nth(year - 1);
  }

  get results(): Locator {
    return this.page.locator('#results');
  }
}

/** Intl's Russian groups use a no-break space; tests write plain spaces. */
export function ruMoney(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/ /g, '[\\s\\u00a0\\u202f]')}$`);
}
