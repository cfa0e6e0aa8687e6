import type { Locator, Page } from '@playwright/test';

import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

const SCREENS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

const PAIR_CARDS = [
  'base-value',
  'portfolio-value',
  'cltv-existing',
  'cltv-new',
];

/** Opens the page and waits for it to take typing, on any screen. */
async function openCalculator(page: Page): Promise<CalculatorPage> {
  const calculator = new CalculatorPage(page);
  await page.goto('/');
  // On a phone the chart is drawn once scrolled near; its arrival tells
  // that the page has hydrated.
  await calculator.chart.scrollIntoViewIfNeeded();
  await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
  return calculator;
}

/**
 * The longest figures the form's bounds allow: 10^6 customers kept for
 * ten years, each costing 4 · 10^6 ₽ a year with no margin, undiscounted.
 */
async function typeTheLargestFigures(calculator: CalculatorPage) {
  await calculator.fill('Активных клиентов сейчас', '1 000 000');
  await calculator.fill('Новых клиентов в год', '0');
  await calculator.fill('Выручка на клиента в год', '4 000 000');
  await calculator.fill('Маржинальность, %', '0');
  await calculator.fill(
    'Расходы на обслуживание и маркетинг на клиента в год (C)',
    '4 000 000',
  );
  await calculator.choose('Одна ставка на все годы').check();
  await calculator.fill('Удержание текущих клиентов, % в год', '100');
  await calculator.fill('Ставка дисконтирования, % в год', '0');
  await calculator.page.getByLabel('Горизонт расчёта').selectOption('10');
}

/** Every figure of a card sits on its label's line, whole, in the card. */
async function expectFiguresBesideLabels(card: Locator) {
  const cardBox = (await card.boundingBox())!;
  const labels = await card.getByRole('term').all();
  const figures = await card.getByRole('definition').all();
  expect(figures).toHaveLength(3);

  for (const [i, figure] of figures.entries()) {
    const label = (await labels[i]!.boundingBox())!;
    const box = (await figure.boundingBox())!;
    // The two boxes share their line, and the figure takes one line only.
    expect(box.y).toBeLessThan(label.y + label.height);
    expect(label.y).toBeLessThan(box.y + box.height);
    expect(box.height).toBeLessThan(label.height * 1.8);
    expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
  }
}

for (const screen of SCREENS) {
  test.describe(`on a ${screen.width} px ${screen.name} screen`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('the longest card figures sit beside their labels, in both languages', async ({
      page,
    }) => {
      const calculator = await openCalculator(page);
      await typeTheLargestFigures(calculator);
      const base = calculator
        .card('base-value')
        .locator('[data-years="10"] dd');
      await expect(base).toHaveText(ruMoney('−40 000 000 000 000 ₽'));

      for (const testId of PAIR_CARDS) {
        await expectFiguresBesideLabels(calculator.card(testId));
      }

      // English writes the figures its own way, with longer labels.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(base).toHaveText('−₽40,000,000,000,000');
      for (const testId of PAIR_CARDS) {
        await expectFiguresBesideLabels(calculator.card(testId));
      }
    });
  });
}

/** The caption's box lies within the scrolling box's. */
async function expectWithin(caption: Locator, region: Locator) {
  const inner = (await caption.boundingBox())!;
  const outer = (await region.boundingBox())!;
  expect(inner.x).toBeGreaterThanOrEqual(outer.x);
  expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { language, caption } of [
    {
      language: 'Русский',
      caption: 'Денежные потоки клиентской базы по годам, RUB',
    },
    {
      language: 'English',
      caption: 'Cash flows of the customer base by year, RUB',
    },
  ]) {
    test(`the year table's caption stays within the screen (${language})`, async ({
      page,
    }) => {
      await openCalculator(page);
      await page.getByRole('button', { name: language }).click();
      const region = page.getByRole('region', { name: caption });
      const text = region.getByText(caption);
      await region.scrollIntoViewIfNeeded();

      // Within the screen before the table is scrolled…
      await expectWithin(text, region);

      // …and still in view with the table scrolled to its last column.
      await region.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
      // The poll waits for the scroll to be applied before measuring.
      await expect
        .poll(() => region.evaluate((box) => box.scrollLeft))
        .toBeGreaterThan(300);
      await expectWithin(text, region);
    });
  }
});
