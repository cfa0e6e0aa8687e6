import type { Locator, Page } from '@playwright/test';

import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

/** Every element of items lies wholly within box (the page's pixels). */
async function expectInside(items: Locator, box: Locator) {
  const outer = (await box.boundingBox())!;
  for (const item of await items.all()) {
    const inner = (await item.boundingBox())!;
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.y).toBeGreaterThanOrEqual(outer.y);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
    expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
  }
}

/** The tornado's short lever names, strongest effect first or not. */
const TORNADO_LEVERS = {
  ru: [
    '+1 п.п. удерж. текущих',
    '+1 п.п. удерж. новых',
    '+1 п.п. маржи',
    '−10 % C',
    '−10 % AC',
  ],
  en: [
    '+1 pp existing retention',
    '+1 pp new retention',
    '+1 pp margin',
    '−10 % C',
    '−10 % AC',
  ],
};

/** Each lever's label is drawn whole, every line within the chart. */
async function expectLeversInTornado(page: Page, levers: string[]) {
  const tornado = page.getByTestId('tornado-chart');
  // The chart is drawn once its box is about a screen from view.
  await tornado.scrollIntoViewIfNeeded();
  const ticks = tornado.locator('.recharts-yAxis-tick-labels text');
  // A label broken into lines is one tspan a line; read it as one.
  const names = () =>
    ticks.evaluateAll((texts) =>
      texts.map((text) =>
        [...text.querySelectorAll('tspan')]
          .map((line) => line.textContent!.trim())
          .join(' '),
      ),
    );
  await expect.poll(names).toEqual(expect.arrayContaining(levers));
  expect(await ticks.count()).toBe(levers.length);
  await expectInside(
    tornado.locator('.recharts-yAxis-tick-labels tspan'),
    tornado.locator('svg.recharts-surface'),
  );
}

/** Each check's title while it passes, and the id its item carries. */
const CHECK_IDS: Record<string, string> = {
  'Стоимость привлечения учтена': 'acquisitionCostMissing',
  'Известно, что входит в маржу': 'marginMakeupUnknown',
  'Расходы учтены ровно один раз': 'costsMiscounted',
  'У новых клиентов своё удержание': 'singleRetentionRate',
  'Удержание ниже 100 %': 'retentionAtFull',
  'Удержание выше точки безубыточности': 'retentionBelowBreakEven',
  'Маржа не равна выручке': 'marginAsRevenue',
  'Горизонт позволяет окупить AC': 'horizonTooShort',
};

/** The mistakes check as the visitor reads it: one item a check. */
class ChecksPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('mistakes-check');
  }

  /** A check found by its title when passed (data-check holds its id). */
  item(title: string): Locator {
    return this.panel.locator(`[data-check="${CHECK_IDS[title]}"]`);
  }

  async expectStatus(title: string, status: 'passed' | 'warning' | 'pending') {
    await expect(this.item(title)).toHaveAttribute('data-status', status);
  }

  async fix(title: string) {
    await this.item(title)
      .getByRole('button', { name: 'Перейти к полю' })
      .click();
  }
}

/** Opens the working behind a card, below the cards. */
async function showMath(calculator: CalculatorPage, card: string) {
  const shown = calculator.card(card);
  await shown.getByRole('button', { name: 'Как посчитано' }).click();
  // The working follows a render later: wait until it is this card's.
  const title = await shown.locator('.card__title').textContent();
  await expect(
    calculator.page.getByTestId('card-math').getByRole('heading', { level: 3 }),
  ).toContainText(title!);
}

const AC = 'Стоимость привлечения одного клиента (AC)';
const C = 'Расходы на обслуживание и маркетинг на клиента в год (C)';
const MARGIN = 'Маржинальность, %';

test.describe('the mistakes check', () => {
  test('a visitor makes each of the four common mistakes and fixes it', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const checks = new ChecksPanel(page);
    await calculator.open();
    await expect(checks.panel).toContainText('Все проверки пройдены.');

    // 1. Acquisition cost left out while 200 new customers a year are planned.
    await calculator.fill(AC, '0');
    await checks.expectStatus('Стоимость привлечения учтена', 'warning');
    // A warning says what is wrong, not what a passed check would say.
    await expect(checks.item('Стоимость привлечения учтена')).toContainText(
      'Стоимость привлечения не учтена',
    );
    await expect(checks.item('Стоимость привлечения учтена')).toContainText(
      /в плане 1\s000 новых клиентов/,
    );
    await checks.fix('Стоимость привлечения учтена');
    await expect(calculator.field(AC)).toBeFocused();
    await page.keyboard.type('25 000');
    await checks.expectStatus('Стоимость привлечения учтена', 'passed');

    // 2. The make-up of the margin is not known; the costs check waits.
    await calculator.choose('Не уверен').check();
    await checks.expectStatus('Известно, что входит в маржу', 'warning');
    await checks.expectStatus('Расходы учтены ровно один раз', 'pending');
    await checks.fix('Известно, что входит в маржу');
    await expect(calculator.choose('Да, уже учитывает')).toBeFocused();
    await calculator.choose('Нет, не учитывает').check();
    await checks.expectStatus('Известно, что входит в маржу', 'passed');

    // 3a. Costs left out: the margin excludes them and C is 0.
    await calculator.fill(C, '0');
    await checks.expectStatus('Расходы учтены ровно один раз', 'warning');
    await checks.fix('Расходы учтены ровно один раз');
    await expect(calculator.field(C)).toBeFocused();
    await page.keyboard.type('12 000');
    await checks.expectStatus('Расходы учтены ровно один раз', 'passed');

    // 3b. Costs counted twice: the margin includes them and C is above 0.
    await calculator.choose('Да, уже учитывает').check();
    await expect(checks.item('Расходы учтены ровно один раз')).toContainText(
      /C = 12\s000\s₽ вычитается ещё раз/,
    );
    await calculator.fill(C, '0');
    await checks.expectStatus('Расходы учтены ровно один раз', 'passed');
    await calculator.choose('Нет, не учитывает').check();
    await calculator.fill(C, '12 000');

    // 4. One retention rate for everything while new customers are a
    // fifth of the base a year (200 of 1 000).
    await calculator.choose('Одна ставка на все годы').check();
    await calculator.choose('Первый год и последующие').check();
    await checks.expectStatus('У новых клиентов своё удержание', 'passed');
    await calculator.fill('Удержание после первого года, %', '80');
    await checks.expectStatus('У новых клиентов своё удержание', 'warning');
    await expect(checks.item('У новых клиентов своё удержание')).toContainText(
      /на 80\s%, хотя новые клиенты — 20\s% базы в год/,
    );
    await checks.fix('У новых клиентов своё удержание');
    await expect(
      calculator.field('Удержание после первого года, %'),
    ).toBeFocused();
    await page.keyboard.type('60');
    await checks.expectStatus('У новых клиентов своё удержание', 'passed');
    await expect(checks.panel).toContainText('Все проверки пройдены.');
  });

  test('the sanity checks fire and clear', async ({ page }) => {
    const calculator = new CalculatorPage(page);
    const checks = new ChecksPanel(page);
    await calculator.open();

    // Retention of 100 % in one year of today's base.
    await calculator.fill('Из года 2 в год 3, %', '100');
    await checks.expectStatus('Удержание ниже 100 %', 'warning');
    await checks.fix('Удержание ниже 100 %');
    await expect(calculator.field('Из года 2 в год 3, %')).toBeFocused();
    await page.keyboard.type('82');
    await checks.expectStatus('Удержание ниже 100 %', 'passed');

    // AC of 100 000 needs r* = 1.2 − 36 000 / 100 000 = 84 %; with 82 %
    // after year 4 the best rate is 82 %, after year 3.
    await calculator.fill(AC, '100 000');
    await calculator.fill('После 4-го года, %', '82');
    await checks.expectStatus('Удержание выше точки безубыточности', 'warning');
    await expect(
      checks.item('Удержание выше точки безубыточности'),
    ).toContainText(/хотя бы на 84\s% в год, а у вас не выше 82\s%/);
    await checks.fix('Удержание выше точки безубыточности');
    await expect(calculator.field('После 3-го года, %')).toBeFocused();
    await calculator.fill('После 4-го года, %', '90');
    await checks.expectStatus('Удержание выше точки безубыточности', 'passed');
    await calculator.fill('После 4-го года, %', '84');
    await calculator.fill(AC, '25 000');

    // A margin of 100 %: revenue typed as margin.
    await calculator.fill(MARGIN, '100');
    await checks.expectStatus('Маржа не равна выручке', 'warning');
    await checks.fix('Маржа не равна выручке');
    await expect(calculator.field(MARGIN)).toBeFocused();
    await page.keyboard.type('40');
    await checks.expectStatus('Маржа не равна выручке', 'passed');

    // AC of 50 000 pays back in year 3 (N_2 = −5 000, N_3 = 5 000), so a
    // two-year horizon is too short.
    await calculator.fill(AC, '50 000');
    await page.getByLabel('Горизонт расчёта').selectOption('2');
    await checks.expectStatus('Горизонт позволяет окупить AC', 'warning');
    await expect(checks.item('Горизонт позволяет окупить AC')).toContainText(
      'хотя бы до 3 лет',
    );
    await checks.fix('Горизонт позволяет окупить AC');
    await expect(page.getByLabel('Горизонт расчёта')).toBeFocused();
    await page.getByLabel('Горизонт расчёта').selectOption('3');
    await checks.expectStatus('Горизонт позволяет окупить AC', 'passed');
    await expect(checks.panel).toContainText('Все проверки пройдены.');
  });
});

test.describe('a nil net margin and no new customers', () => {
  test('the break-even texts say what is true for them', async ({ page }) => {
    const calculator = new CalculatorPage(page);
    const checks = new ChecksPanel(page);
    await calculator.open();
    const breakEven = checks.item('Удержание выше точки безубыточности');
    const programme = page.getByTestId('programme-result');

    // n = 100 000 × 7 % − 7 000 = 0 (9·10⁻¹³ in floating point): a
    // customer brings nothing, so no loss grows and no programme pays.
    await calculator.fill('Выручка на клиента в год', '100 000');
    await calculator.fill(MARGIN, '7');
    await calculator.fill(C, '7 000');
    await checks.expectStatus('Удержание выше точки безубыточности', 'warning');
    await expect(breakEven).toContainText(
      /Чистая маржа на клиента — 0\s₽ в год: расходы C равны марже\./,
    );
    await expect(breakEven).toContainText(
      'Тогда клиент ничего не приносит, сколько бы он ни оставался',
    );
    await expect(breakEven).not.toContainText('убыток');
    await expect(programme).toContainText(
      'клиент ничего не приносит, сколько бы он ни оставался, так что рост ' +
        'удержания не меняет ценность базы',
    );
    await expect(programme).not.toContainText('добавляет');

    // Back to n = 36 000, with an AC that r* = 84 % puts above the best
    // new-customer rate of 82 %: a warning while new customers are
    // planned, none once they are not.
    await calculator.fill('Выручка на клиента в год', '120 000');
    await calculator.fill(MARGIN, '40');
    await calculator.fill(C, '12 000');
    await calculator.fill(AC, '100 000');
    await calculator.fill('После 4-го года, %', '82');
    await checks.expectStatus('Удержание выше точки безубыточности', 'warning');
    await calculator.fill('Новых клиентов в год', '0');
    await checks.expectStatus('Удержание выше точки безубыточности', 'passed');
    await expect(breakEven).toContainText(
      'Новые клиенты не запланированы, так что окупать AC не нужно',
    );
  });

  test('the horizon check passes when no AC is spent, in both languages', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const checks = new ChecksPanel(page);
    await calculator.open();
    const horizon = checks.item('Горизонт позволяет окупить AC');

    // AC of 50 000 pays back only in year 3: two years are too short…
    await calculator.fill(AC, '50 000');
    await page.getByLabel('Горизонт расчёта').selectOption('2');
    await checks.expectStatus('Горизонт позволяет окупить AC', 'warning');

    // …while new customers are planned; with none, no AC is spent at all.
    await calculator.fill('Новых клиентов в год', '0');
    await checks.expectStatus('Горизонт позволяет окупить AC', 'passed');
    await expect(horizon).toContainText(
      'Новые клиенты не запланированы: AC не тратится, и окупать её не ' +
        'нужно при любом горизонте.',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await expect(horizon).toContainText(
      'No new customers are planned: no AC is spent, so none has to pay ' +
        'back, whatever the horizon.',
    );
    await expect(horizon).toHaveAttribute('data-status', 'passed');
  });
});

test.describe('presets', () => {
  test('a preset fills the form in one click and survives a reload', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    await page.getByRole('button', { name: 'Розничный банк' }).click();

    // The bank: N0 = 100 000, n = 12 000 × 55 % − 3 000 = 3 600, r = 85 %,
    // d = 20 %: E_3 = 3 000 + 2 125 + 1 505.21 = 6 630.21.
    await expect(
      page.getByRole('status').filter({ hasText: 'банк' }),
    ).toContainText('Это иллюстрация');
    await expect(calculator.field('Активных клиентов сейчас')).toHaveValue(
      ruMoney('100 000'),
    );
    await expect(calculator.choose('Одна ставка на все годы')).toBeChecked();
    await expect(calculator.cardValue('base-value', 3)).toHaveText(
      ruMoney('663 020 833 ₽'),
    );
    await expect(new ChecksPanel(page).panel).toContainText(
      'Все проверки пройдены.',
    );

    // The form saved the preset like any other change.
    await page.reload();
    await expect(calculator.field('Выручка на клиента в год')).toHaveValue(
      ruMoney('12 000'),
    );
  });

  test('a preset keeps the horizon and says when it brings roubles', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const horizon = page.getByLabel('Горизонт расчёта');
    const currency = page.getByLabel('Валюта', { exact: true });
    const status = page.getByRole('status').filter({ hasText: 'пример' });

    // A visitor in dollars over three years picks the bank.
    await currency.selectOption('USD');
    await horizon.selectOption('3');
    await page.getByRole('button', { name: 'Розничный банк' }).click();

    // The horizon stays; the sums are the bank's roubles, and the notice
    // says the currency changed with them. E_3 = 6 630.21 a customer.
    await expect(horizon).toHaveValue('3');
    await expect(currency).toHaveValue('RUB');
    await expect(status).toContainText(
      'Суммы в примерах — в рублях, поэтому валюта сменилась с USD на RUB.',
    );
    await expect(calculator.cardValue('base-value', 3)).toHaveText(
      ruMoney('663 020 833 ₽'),
    );

    // In roubles already, the next preset has no currency to mention.
    await page.getByRole('button', { name: 'Салон красоты' }).click();
    await expect(status).toContainText('Подставлен пример «Салон красоты»');
    await expect(status).not.toContainText('валюта');
    await expect(horizon).toHaveValue('3');
  });

  test('a preset is typed the English way in English', async ({ page }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('button', { name: 'Mobile operator' }).click();

    await expect(calculator.field('Active customers today')).toHaveValue(
      '200,000',
    );
    await expect(page.getByText('Illustrations, not benchmarks')).toBeVisible();

    // A visitor in euros is told the example brought roubles.
    await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
    await page.getByRole('button', { name: 'Online shop' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'example' }),
    ).toContainText(
      'Amounts in the examples are in roubles, so the currency changed ' +
        'from EUR to RUB.',
    );
  });
});

test.describe('sensitivity', () => {
  test('the tornado chart draws one bar per lever, beside its table', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const tornado = page.getByTestId('tornado-chart');

    // The chart is drawn once its box is about a screen from view.
    await tornado.scrollIntoViewIfNeeded();
    await expect(tornado.locator('.recharts-bar-rectangle')).toHaveCount(5);
    await expect(
      page.getByTestId('sensitivity-table').locator('tbody tr'),
    ).toHaveCount(5);
    // +1 pp of margin and −10 % of C both add 1 200 a customer a year.
    await expect(page.getByTestId('sensitivity-headline')).toHaveText(
      new RegExp(
        '^\\+1 п\\.п\\. маржи стоит 4\\sмлн\\s₽ за 5 лет — почти столько же, ' +
          'сколько −10\\s% расходов на обслуживание \\(C\\)\\.$',
      ),
    );
    await expect(
      page.getByTestId('sensitivity-table').getByRole('row', {
        name: /удержания текущих клиентов/,
      }),
    ).toContainText(/\+1\s277\s739\s₽/);
  });

  for (const width of [1280, 390]) {
    test(`every lever is named in full inside the tornado at ${width} px`, async ({
      page,
    }) => {
      const calculator = new CalculatorPage(page);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      // On a phone the chart, which tells of hydration, is drawn once near.
      await calculator.chart.scrollIntoViewIfNeeded();
      await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
      // English first: the tornado is then first drawn with English labels.
      for (const [language, button] of [
        ['en', 'English'],
        ['ru', 'Русский'],
      ] as const) {
        await page.getByRole('button', { name: button }).click();
        await expectLeversInTornado(page, TORNADO_LEVERS[language]);
      }
    });
  }

  test('the percent column keeps two decimals in both languages', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const percentCells = page
      .getByTestId('sensitivity-table')
      .locator('tbody td:nth-child(3)');

    // AC = 0 and C = 24 000 make V_T proportional to n = 24 000, so −10 %
    // of C (+2 400) adds exactly 10 % and +1 pp of margin (+1 200) 5 %;
    // −10 % of an AC of 0 adds nothing.
    await calculator.fill(AC, '0');
    await calculator.fill(C, '24 000');
    await expect(percentCells).toHaveText([
      /^\+10,00\s%$/,
      /^\+5,00\s%$/,
      /^\+1,07\s%$/,
      /^\+0,39\s%$/,
      /^0,00\s%$/,
    ]);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(percentCells).toHaveText([
      '+10.00%',
      '+5.00%',
      '+1.07%',
      '+0.39%',
      '0.00%',
    ]);
  });

  test('the break-even of a CX programme follows the chosen lift', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const result = page.getByTestId('programme-result');

    // 2 pp: a gain of 3 509 237 over the annuity factor 2.990 612.
    await expect(result).toContainText(/не больше 1\s173\s417\s₽ в год/);

    await calculator.fill('Программа поднимает удержание на, п.п.', '1');
    await expect(result).toContainText(/не больше 581\s353\s₽ в год/);

    // A lift out of range is refused beside the field, and nothing is
    // worked out for it.
    const lift = calculator.field('Программа поднимает удержание на, п.п.');
    await lift.fill('0');
    await expect(lift).toHaveAttribute('aria-invalid', 'true');
    await expect(lift).toHaveAccessibleDescription(
      /^Введите число пунктов больше 0 и не больше 100\./,
    );
    await expect(result).toHaveText('');

    // So is a currency sign: the lift is in points, not money. A «%» is
    // taken, as in the form's percent fields.
    await lift.fill('2 ₽');
    await expect(lift).toHaveAccessibleDescription(
      /^Это поле — в процентных пунктах, а не в деньгах: уберите знак валюты\./,
    );
    await expect(result).toHaveText('');
    await lift.fill('1 %');
    await expect(lift).not.toHaveAttribute('aria-invalid', 'true');
    await expect(result).toContainText(/не больше 581\s353\s₽ в год/);

    // A language switch rewrites the typed lift for English.
    await lift.fill('2,5');
    await page.getByRole('button', { name: 'English' }).click();
    const english = calculator.field('The programme lifts retention by, pp');
    await expect(english).toHaveValue('2.5');
    await expect(result).toContainText('Lifting retention by 2.5 pp adds');

    // And refuses a currency sign in English too.
    await english.fill('$2.5');
    await expect(english).toHaveAccessibleDescription(
      /^This field is in percentage points, not money: remove the currency sign\./,
    );
    await expect(result).toHaveText('');
  });

  test('the chosen lift is kept over a reload', async ({ page }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const result = page.getByTestId('programme-result');
    const lift = calculator.field('Программа поднимает удержание на, п.п.');

    await lift.fill('1');
    await expect(result).toContainText(/не больше 581\s353\s₽ в год/);
    await page.reload();

    // The prerendered page shows the default 2 until the section is there.
    await expect(lift).toHaveValue('1');
    await expect(result).toContainText(/не больше 581\s353\s₽ в год/);
  });
});

test.describe('show the math', () => {
  test('each card opens its working, ending on the card’s own figures', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const math = page.getByTestId('card-math');

    for (const card of [
      'base-value',
      'portfolio-value',
      'cltv-existing',
      'cltv-new',
    ]) {
      await showMath(calculator, card);
      for (const years of [3, 5] as const) {
        const shown = await calculator.cardValue(card, years).textContent();
        await expect(math.locator(`[data-years="${years}"] strong`)).toHaveText(
          shown!,
        );
      }
    }

    for (const card of ['ltv-to-cac', 'payback']) {
      await showMath(calculator, card);
      const shown = await calculator
        .card(card)
        .locator('.card__value')
        .textContent();
      await expect(math.locator('.math__result strong')).toHaveText(shown!);
    }

    await page.getByRole('button', { name: 'Скрыть расчёт' }).click();
    await expect(math).toHaveCount(0);
  });

  test('each card’s button is named after its card, in both languages', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const buttons = page.getByRole('button', { name: /^Как посчитано/ });

    // Six buttons, each read with the title of its own card.
    await expect(buttons).toHaveCount(6);
    await expect(
      calculator.card('ltv-to-cac').getByRole('button'),
    ).toHaveAccessibleName('Как посчитано: LTV:CAC');
    const names = await buttons.evaluateAll((all) =>
      all.map((button) => button.getAttribute('aria-label')),
    );
    expect(new Set(names).size).toBe(6);

    // English names them after the English titles.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      calculator.card('payback').getByRole('button'),
    ).toHaveAccessibleName('Show the math: Acquisition pays back');
  });

  test('the timing note gives the three conventions for the inputs', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    await showMath(calculator, 'cltv-existing');

    // n = 36 000, d = 20 %, mean r = (80 + 82 + 84 + 85) / 4 = 82.75 %:
    // 36 000 / 0.3725 = 96 644; × 1.2 = 115 973; × 0.8275 = 79 973.
    const note = page.getByTestId('timing-note');
    await expect(note).toContainText('r = 82,75');
    await expect(note.getByRole('row', { name: /эта страница/ })).toContainText(
      /96\s644\s₽/,
    );
    await expect(note.getByRole('row', { name: /сразу/ })).toContainText(
      /115\s973\s₽/,
    );
    await expect(
      note.getByRole('row', { name: /после продления/ }),
    ).toContainText(/79\s973\s₽/);
  });
});
