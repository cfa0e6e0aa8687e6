import type { Locator } from '@playwright/test';

import { overlaps, type LabelBox } from '../src/features/results/markerLayout';
import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

/** The items' boxes on the page, as the chart's label layout sees boxes. */
async function boxesOf(items: Locator): Promise<LabelBox[]> {
  return Promise.all(
    (await items.all()).map(async (item) => {
      const { x, y, width, height } = (await item.boundingBox())!;
      return { left: x, top: y, width, height };
    }),
  );
}

test.describe('the calculator page', () => {
  test('a visitor types the worked example and reads its figures in both languages', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    // Start from other figures, so that every result below comes from typing.
    await calculator.fill('Активных клиентов сейчас', '5');
    await calculator.choose('Одна ставка на все годы').check();
    await calculator.fill('Удержание текущих клиентов, % в год', '50');
    await expect(calculator.cardValue('base-value', 5)).not.toHaveText(
      ruMoney('80 009 722 ₽'),
    );

    // The worked example, typed the way Russian speakers write figures.
    await calculator.fill('Активных клиентов сейчас', '1 000');
    await calculator.fill('Выручка на клиента в год', '120 000');
    await calculator.fill('Маржинальность, %', '40');
    await calculator.fill(
      'Расходы на обслуживание и маркетинг на клиента в год (C)',
      '12 000',
    );
    await calculator.fill(
      'Стоимость привлечения одного клиента (AC)',
      '25\u00a0000',
    );
    await calculator.choose('Своя ставка на каждый год').check();
    for (const [i, rate] of ['80', '82', '84', '85'].entries()) {
      await calculator.fill(`Из года ${i + 1} в год ${i + 2}, %`, rate);
    }
    await calculator.choose('Своя ставка на каждый год жизни').check();
    for (const [i, rate] of ['60', '80', '82', '84'].entries()) {
      await calculator.fill(`После ${i + 1}-го года, %`, rate);
    }
    await calculator.fill('Новых клиентов в год', '200');
    await calculator.fill('Ставка дисконтирования, % в год', '20,0');

    await expect(calculator.cardValue('base-value', 3)).toHaveText(
      ruMoney('63 666 667 ₽'),
    );
    await expect(calculator.cardValue('base-value', 5)).toHaveText(
      ruMoney('80 009 722 ₽'),
    );
    await expect(calculator.cardValue('portfolio-value', 3)).toHaveText(
      ruMoney('73 694 444 ₽'),
    );
    await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
      ruMoney('101 435 679 ₽'),
    );
    await expect(calculator.cardValue('cltv-existing', 5)).toHaveText(
      ruMoney('80 010 ₽'),
    );
    await expect(calculator.cardValue('cltv-new', 3)).toHaveText(
      ruMoney('30 000 ₽'),
    );
    await expect(calculator.cardValue('cltv-new', 5)).toHaveText(
      ruMoney('41 617 ₽'),
    );
    await expect(calculator.card('ltv-to-cac')).toContainText('2,66');
    await expect(calculator.card('payback')).toContainText('в 1-й год');
    await expect(calculator.tableRow(2).locator('td').nth(0)).toHaveText('800');
    await expect(calculator.tableRow(2).locator('td').nth(1)).toHaveText('320');

    // The same figures in English, with the typed text rewritten for English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { name: 'CLTV calculator' }),
    ).toBeVisible();
    await expect(calculator.field('Revenue per customer per year')).toHaveValue(
      '120,000',
    );
    await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
      '₽101,435,679',
    );
    await expect(calculator.cardValue('cltv-existing', 3)).toHaveText(
      '₽63,667',
    );
    await expect(calculator.card('ltv-to-cac')).toContainText('2.66');
    await expect(calculator.card('payback')).toContainText('in year 1');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('English figures are typed with a point and comma groups', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await page.getByRole('button', { name: 'English' }).click();

    await calculator.fill('Revenue per customer per year', '1,000,000.5');
    await calculator.fill('Active customers today', '1,000');

    await expect(
      calculator.field('Revenue per customer per year'),
    ).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(calculator.tableRow(1).locator('td').nth(2)).toHaveText(
      '₽1,200,000,600',
    );
  });

  test('the payback card says when there is nothing to pay back or no one to acquire', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const payback = calculator.card('payback');

    // No new customers: the card says so and names the would-be year.
    await calculator.fill('Новых клиентов в год', '0');
    await expect(payback).toContainText('новых клиентов в плане нет');
    await expect(payback).toContainText('Новый клиент окупился бы в 1-й год');

    // Nothing spent and nothing earned: no payback year at all.
    await calculator.fill('Маржинальность, %', '0');
    await calculator.fill(
      'Расходы на обслуживание и маркетинг на клиента в год (C)',
      '0',
    );
    await calculator.fill('Стоимость привлечения одного клиента (AC)', '0');
    await expect(payback).toContainText('нечего окупать — AC равна 0');
    await expect(payback).not.toContainText('год');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(payback).toContainText('nothing to pay back: AC is 0');
    await expect(payback).not.toContainText('year');
  });

  test('figures typed in Russian stay valid after a switch to English', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await calculator.fill('Новых клиентов в год', '1500');
    await calculator.fill('Активных клиентов сейчас', '12345');

    await page.getByRole('button', { name: 'English' }).click();

    // Read by English rules, «1,500» is fifteen hundred, not 1.5.
    await expect(calculator.field('New customers a year')).toHaveValue('1,500');
    await expect(calculator.field('Active customers today')).toHaveValue(
      '12,345',
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(calculator.field('New customers a year')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(
      page.getByRole('radio', { name: 'A rate for each year', exact: true }),
    ).toBeChecked();
  });

  test('bad input shows its message in place and keeps the last figures, marked', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const before = await calculator
      .cardValue('portfolio-value', 5)
      .textContent();

    await calculator.fill('Активных клиентов сейчас', 'много');
    await calculator.fill('Маржинальность, %', '140');
    await calculator.fill('Ставка дисконтирования, % в год', '100');

    const customers = calculator.field('Активных клиентов сейчас');
    await expect(customers).toHaveAttribute('aria-invalid', 'true');
    // A count of customers gets a whole number as its example.
    await expect(
      page.getByText('Это не число. Пример записи: 1 000', { exact: true }),
    ).toBeVisible();
    await expect(page.getByText('Введите процент от 0 до 100.')).toBeVisible();
    await expect(
      page.getByText('Ставка должна быть не меньше 0 и меньше 100 %.'),
    ).toBeVisible();
    await expect(
      page.getByText(/Показаны результаты для последних верных данных/),
    ).toBeVisible();
    await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
      before!,
    );
    await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);

    // Fixing the fields brings live results back.
    await calculator.fill('Активных клиентов сейчас', '2000');
    await calculator.fill('Маржинальность, %', '40');
    await calculator.fill('Ставка дисконтирования, % в год', '20');
    await expect(page.getByText(/Показаны результаты/)).toHaveCount(0);
    await expect(calculator.cardValue('base-value', 3)).toHaveText(
      ruMoney('127 333 333 ₽'),
    );
  });

  test('the chart draws one bar per year for each part of the base', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const bars = calculator.chart.locator('.recharts-bar-rectangle');

    await expect(bars).toHaveCount(10);
    await expect(
      calculator.chart.getByText(/3 года: 73,7\s?млн/),
    ).toBeVisible();

    await page.getByLabel('Горизонт расчёта').selectOption('7');
    await expect(bars).toHaveCount(14);
    await expect(calculator.table.locator('tbody tr')).toHaveCount(7);
    // The chosen horizon gets a row on the cards, equal to the table's total.
    const total = await calculator.tableRow(7).locator('td').nth(7).innerText();
    await expect(
      calculator.card('portfolio-value').locator('[data-years="7"] dd'),
    ).toHaveText(total);
  });

  test('on a phone the 3- and 5-year labels stay inside the chart', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const calculator = new CalculatorPage(page);
    await page.goto('/');
    // On a phone the chart is drawn once scrolled near.
    await calculator.chart.scrollIntoViewIfNeeded();
    await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();

    const chart = await calculator.chart
      .locator('.recharts-wrapper > svg')
      .boundingBox();
    for (const label of [/^3 года: 73,7\s?млн/, /^5 лет: 101,4\s?млн/]) {
      const box = await calculator.chart.getByText(label).boundingBox();
      // The 5-year bar is the last: a label centred on it ran past the edge.
      expect(box!.x).toBeGreaterThanOrEqual(chart!.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(chart!.x + chart!.width);
    }
  });

  test('on a phone with ten years the marker labels cover no other label', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const calculator = new CalculatorPage(page);
    await page.goto('/');
    // On a phone the chart is drawn once scrolled near.
    await calculator.chart.scrollIntoViewIfNeeded();
    await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
    await page.getByLabel('Горизонт расчёта').selectOption('10');
    await expect(
      calculator.chart.locator('.recharts-bar-rectangle'),
    ).toHaveCount(20);

    const markers = calculator.chart.locator('.portfolio-marker text');
    await expect(markers).toHaveText([/^3 года: /, /^5 лет: /]);
    const tickBoxes = async (axis: 'x' | 'y') => {
      const ticks = calculator.chart.locator(
        `.recharts-${axis}Axis-tick-labels text`,
      );
      await expect(ticks.first()).toBeVisible();
      return boxesOf(ticks);
    };
    const valueAxisEnd = Math.max(
      ...(await tickBoxes('y')).map((box) => box.left + box.width),
    );
    const yearAxisTop = Math.min(
      ...(await tickBoxes('x')).map((box) => box.top),
    );
    const [three, five] = await boxesOf(markers);
    expect(overlaps(three!, five!)).toBe(false);
    // Right of the value axis' labels, not just between two of them.
    for (const label of [three!, five!]) {
      expect(label.left).toBeGreaterThanOrEqual(valueAxisEnd);
      expect(label.top + label.height).toBeLessThanOrEqual(yearAxisTop);
    }
  });

  test('what the visitor typed survives a reload, mistakes included', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    await calculator.fill('Выручка на клиента в год', '99 999');
    await calculator.fill(
      'Стоимость привлечения одного клиента (AC)',
      '25 00x',
    );
    await page.getByRole('button', { name: 'English' }).click();
    // The switch waits for the English texts' chunk.
    await expect(
      calculator.field('Revenue per customer per year'),
    ).toBeVisible();
    await page.reload();

    await expect(calculator.field('Revenue per customer per year')).toHaveValue(
      '99,999',
    );
    await expect(
      calculator.field('Cost of acquiring one customer (AC)'),
    ).toHaveValue('25 00x');
    await expect(
      page.getByText('This is not a number. Write it like 1,000,000.5'),
    ).toBeVisible();
  });

  test('a reload made before the address caught up keeps the last change', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await calculator.fill('Выручка на клиента в год', '99 999');
    await expect(page).toHaveURL(/rev=99999/);

    // The page writes its link into the address a frame after a change; a
    // reload in that frame finds the earlier link. Here it never catches up.
    await page.evaluate(() => {
      history.replaceState = () => {};
    });
    await calculator.fill('Маржинальность, %', '45');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(calculator.field('Margin, %')).toBeVisible();
    await page.reload();

    await expect(calculator.field('Margin, %')).toHaveValue('45');
    await expect(calculator.field('Revenue per customer per year')).toHaveValue(
      '99,999',
    );
    await expect(page.getByText(/could not be read|не прочитан/)).toHaveCount(
      0,
    );
  });

  test('restoring the defaults can be undone until a field changes', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const revenue = calculator.field('Выручка на клиента в год');
    const currency = page.getByLabel('Валюта', { exact: true });
    const resetButton = page.getByRole('button', {
      name: 'Вернуть значения по умолчанию',
    });
    const undoButton = page.getByRole('button', { name: 'Отменить' });

    // The visitor's own figures, then the reset: the defaults at once.
    await revenue.fill('99 999');
    await currency.selectOption('USD');
    await resetButton.click();
    await expect(revenue).toHaveValue(ruMoney('120 000'));
    await expect(currency).toHaveValue('RUB');
    await expect(page.getByRole('status')).toContainText([
      'Значения по умолчанию восстановлены.',
    ]);

    // The undo brings them back, saved as any change, and leaves focus on
    // the reset button.
    await undoButton.click();
    await expect(revenue).toHaveValue(ruMoney('99 999'));
    await expect(currency).toHaveValue('USD');
    await expect(undoButton).toHaveCount(0);
    await expect(resetButton).toBeFocused();
    await page.reload();
    await expect(revenue).toHaveValue(ruMoney('99 999'));

    // A language switch after the reset keeps the undo, in English.
    await resetButton.click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('status')).toContainText([
      'The defaults are restored.',
    ]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(calculator.field('Revenue per customer per year')).toHaveValue(
      '99,999',
    );

    // Once a field changes after the reset, an undo would lose that change,
    // so it is no longer offered.
    await page.getByRole('button', { name: 'Restore the defaults' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await calculator.fill('Margin, %', '41');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(page.getByText('The defaults are restored.')).toHaveCount(0);
  });

  test('a build with nowhere to send requests leaves the request form out', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    await expect(
      page.getByRole('heading', { name: /Мастер-класс/ }),
    ).toHaveCount(0);
    await expect(page.locator('footer')).toHaveText(
      'Расчёт выполняется в вашем браузере: введённые цифры никуда не отправляются.',
    );
  });

  test('the prerendered page already shows the results before any script runs', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto('/');

    await expect(
      page.getByTestId('portfolio-value').locator('[data-years="5"] dd'),
    ).toHaveText(ruMoney('101 435 679 ₽'));
    await expect(page.getByLabel('Выручка на клиента в год')).toHaveValue(
      ruMoney('120 000'),
    );
    await context.close();
  });
});

test.describe('when the chart cannot load', () => {
  // Chromium reports the refused chart module on the console.
  test.use({
    allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/],
  });

  test('the chart says so in its place, the form goes on, and a retry draws it', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    let isOffline = true;
    await page.route(/PortfolioChart-.*\.js$/, (route) =>
      isOffline ? route.abort('failed') : route.continue(),
    );

    await page.goto('/');

    const failure = calculator.chart.getByRole('alert');
    await expect(failure).toContainText('График не удалось показать');
    // The rest of the page works without the chart.
    await calculator.fill('Активных клиентов сейчас', '2000');
    await expect(calculator.cardValue('base-value', 3)).toHaveText(
      ruMoney('127 333 333 ₽'),
    );

    isOffline = false;
    await failure.getByRole('button', { name: 'Попробовать снова' }).click();
    await expect(
      calculator.chart.locator('.recharts-bar-rectangle'),
    ).toHaveCount(10);
  });
});

test.describe('when the English texts cannot load', () => {
  // The chunk's request is made to fail; Chromium logs that.
  test.use({
    allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/],
  });

  test('the page stays in Russian and says so, and a retry switches it', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    // The English texts are a chunk of their own: the first attempt fails.
    let englishRequests = 0;
    await page.route('**/assets/en-*.js', (route) => {
      englishRequests += 1;
      return englishRequests === 1 ? route.abort() : route.continue();
    });
    await calculator.open();
    expect(englishRequests).toBe(0);
    await calculator.fill('Активных клиентов сейчас', '1 500');

    await page.getByRole('button', { name: 'English' }).click();

    const notice = page.getByRole('alert');
    await expect(notice).toHaveText(
      /Английская версия не загрузилась: нет связи с сервером/,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Калькулятор CLTV',
    );
    await expect(calculator.field('Активных клиентов сейчас')).toHaveValue(
      '1 500',
    );

    // The retry fetches them: the page, its figures and their format switch.
    await notice.getByRole('button', { name: 'Попробовать снова' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'CLTV calculator',
    );
    await expect(calculator.field('Active customers today')).toHaveValue(
      '1,500',
    );
    await expect(page.getByRole('alert')).toHaveCount(0);

    // A page opened in English again waits for its texts, then shows them.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'CLTV calculator',
    );
    await expect(calculator.field('Active customers today')).toHaveValue(
      '1,500',
    );
  });
});
