import type { Locator } from '@playwright/test';

import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

const REVENUE = 'Выручка на клиента в год';
const AC = 'Стоимость привлечения одного клиента (AC)';
const MARGIN = 'Маржинальность, %';

test.describe('a sign that does not fit the field', () => {
  test('is refused beside the field in Russian, and a fitting one is read', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    // Euros typed into a rouble form: the message names the currency set.
    await calculator.fill(REVENUE, '€ 5 000');
    await expect(calculator.field(REVENUE)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(calculator.field(REVENUE)).toHaveAccessibleDescription(
      /^Суммы вводятся в валюте, выбранной выше, — RUB/,
    );

    // A percent in a money field, a currency in a percent field.
    await calculator.fill(AC, '50 %');
    await expect(calculator.field(AC)).toHaveAccessibleDescription(
      /^Это поле — сумма в деньгах, а не процент/,
    );
    await calculator.fill(MARGIN, '40 ₽');
    await expect(calculator.field(MARGIN)).toHaveAccessibleDescription(
      /^Это поле — в процентах, а не в деньгах/,
    );
    await expect(
      page.getByText(/Показаны результаты для последних верных данных/),
    ).toBeVisible();

    // Choosing euros above makes «€ 5 000» right: its message goes at once.
    await page.getByLabel('Валюта').selectOption('EUR');
    await expect(calculator.field(REVENUE)).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await calculator.fill(AC, '25 000 €');
    await calculator.fill(MARGIN, '40 %');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // 1000 × (5 000 × 0.4 − 12 000) a year: the base now loses money.
    await expect(calculator.cardValue('base-value', 3)).toHaveText(
      /^−[\d\s\u00a0\u202f]+€$/,
    );

    // Back to roubles, the euro sign is wrong again.
    await page.getByLabel('Валюта').selectOption('RUB');
    await expect(calculator.field(REVENUE)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  test('is refused in English, and survives a language switch', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await calculator.fill(REVENUE, '€ 5 000');

    // The switch rewrites the figure for English and keeps its sign.
    await page.getByRole('button', { name: 'English' }).click();
    const revenue = calculator.field('Revenue per customer per year');
    await expect(revenue).toHaveValue('€5,000');
    await expect(revenue).toHaveAccessibleDescription(
      /^Amounts are in the currency chosen above, RUB/,
    );

    await revenue.fill('$5,000');
    await expect(revenue).toHaveAccessibleDescription(
      /^Amounts are in the currency chosen above, RUB/,
    );
    const customers = calculator.field('Active customers today');
    await customers.fill('1,000 %');
    await expect(customers).toHaveAccessibleDescription(
      /^This is a number of customers: remove the “%” or currency sign/,
    );

    // The rouble sign fits a rouble form.
    await revenue.fill('₽120,000');
    await customers.fill('1,000');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
      '₽101,435,679',
    );
  });
});

test.describe('a figure past what the page can count to the kopeck', () => {
  test('is refused with the bound, in Russian and in English', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    const revenue = calculator.field(REVENUE);

    // 10^20 roubles a customer: the bound of a sum, in roubles.
    await revenue.fill('100 000 000 000 000 000 000');
    await expect(revenue).toHaveAccessibleDescription(
      /^Слишком большое значение: не больше 1\s000\s000\s000\s000\s₽\./,
    );
    // The results keep the last figures that could be counted.
    await expect(
      page.getByText(/Показаны результаты для последних верных данных/),
    ).toBeVisible();
    await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
      ruMoney('101 435 679 ₽'),
    );

    // A million customers and 1 000 planned: at most 4·10^12 / 1 001 000.
    await calculator.fill('Активных клиентов сейчас', '1 000 000');
    await revenue.fill('5 000 000');
    await expect(revenue).toHaveAccessibleDescription(
      new RegExp(
        '^Слишком большое значение: не больше 3\\s996\\s003\\s₽ на ' +
          'клиента\\. Клиентов в базе вместе с новыми за горизонт — ' +
          '1\\s001\\s000, а суммы всей базы за год — не больше ' +
          '4\\s000\\s000\\s000\\s000\\s₽\\.',
      ),
    );

    // Fewer customers lift the bound: the message goes without a keystroke
    // in the revenue field.
    await calculator.fill('Активных клиентов сейчас', '100 000');
    await expect(revenue).not.toHaveAttribute('aria-invalid', 'true');

    // The same bound in English, in its own way of writing figures.
    await page.getByRole('button', { name: 'English' }).click();
    await calculator.field('Active customers today').fill('1,000,000');
    const english = calculator.field('Revenue per customer per year');
    await expect(english).toHaveAccessibleDescription(
      new RegExp(
        '^Too large: at most ₽3,996,003 per customer\\. With the new ones ' +
          'over the horizon the base has 1,001,000 customers',
      ),
    );
  });
});

/** How many lines a figure in the message's text runs over. */
async function linesOfFigure(message: Locator, figure: RegExp) {
  return message.evaluate((element, source) => {
    const text = element.firstChild!;
    const match = new RegExp(source).exec(text.textContent!)!;
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const tops = [...range.getClientRects()].map((rect) => rect.top);
    return new Set(tops.map(Math.round)).size;
  }, figure.source);
}

test.describe('the example figure of a message', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { language, label, example } of [
    {
      language: 'Русский',
      label: 'Из года 1 в год 2, %',
      example: /12,5/,
    },
    {
      language: 'English',
      label: 'From year 1 to year 2, %',
      example: /12\.5/,
    },
  ]) {
    test(`stays on one line in a narrow field on a phone (${language})`, async ({
      page,
    }) => {
      const calculator = new CalculatorPage(page);
      await page.goto('/');
      // On a phone the chart is drawn once scrolled near; its arrival tells
      // that the page has hydrated and takes typing.
      await calculator.chart.scrollIntoViewIfNeeded();
      await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
      await page.getByRole('button', { name: language }).click();

      // A per-year rate: the narrowest fields, two to a row on a phone.
      await calculator.fill(label, 'x');
      const message = page.getByRole('alert').filter({ hasText: example });
      await expect(message).toBeVisible();

      // The message wraps, and the figure moves to a line of its own whole.
      expect((await message.boundingBox())!.height).toBeGreaterThan(40);
      expect(await linesOfFigure(message, example)).toBe(1);
    });
  }
});

/** A Russian figure with no-break spaces between its digit groups. */
const GROUPED_1_200_005 = /1\u00a0200\u00a0005/;

test.describe('digits typed into the wrong groups', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('are refused with the figure meant, in Russian and in English', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await page.goto('/');
    // On a phone the chart is drawn once scrolled near; its arrival tells
    // that the page has hydrated and takes typing.
    await calculator.chart.scrollIntoViewIfNeeded();
    await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
    const revenue = calculator.field(REVENUE);

    // A 5 typed at the end of «120 000»: the message says what was meant.
    await revenue.press('End');
    await revenue.press('5');
    await expect(revenue).toHaveValue(/^120[\s\u00a0]0005$/);
    // The description is the message, then the field's hint.
    await expect(revenue).toHaveAccessibleDescription(
      new RegExp(
        '^Цифры разбиты на группы неверно\\. Имелось в виду 1\\s200\\s005\\? ' +
          'Так и запишите или без пробелов: 1200005\\. Выручка за год',
      ),
    );
    // On a phone the figure meant wraps as a whole, not inside.
    const message = page.getByRole('alert').filter({ hasText: 'Цифры' });
    expect(await linesOfFigure(message, GROUPED_1_200_005)).toBe(1);

    // Backspace twice leaves «120 00»: 12 000 meant.
    await revenue.press('Backspace');
    await revenue.press('Backspace');
    await expect(revenue).toHaveAccessibleDescription(
      /^Цифры разбиты на группы неверно\. Имелось в виду 12\s000\? Так/,
    );

    // The figure suggested is read: the message goes.
    await revenue.fill('1 200 005');
    await expect(revenue).not.toHaveAttribute('aria-invalid', 'true');

    // In English, a 5 after «120,000».
    await revenue.fill('120 000');
    await page.getByRole('button', { name: 'English' }).click();
    const english = calculator.field('Revenue per customer per year');
    await expect(english).toHaveValue('120,000');
    await english.press('End');
    await english.press('5');
    await expect(english).toHaveAccessibleDescription(
      new RegExp(
        '^The digit groups look wrong\\. Did you mean 1,200,005\\? Write ' +
          'it like that, or without commas: 1200005\\. A year',
      ),
    );
  });
});

test('a figure that is no number gets an example of its field', async ({
  page,
}) => {
  const calculator = new CalculatorPage(page);
  await calculator.open();

  // A count of customers takes a whole number, a margin a percentage.
  await calculator.fill('Активных клиентов сейчас', 'много');
  await expect(
    calculator.field('Активных клиентов сейчас'),
  ).toHaveAccessibleDescription(
    /^Это не число\. Пример записи: 1\s000 Сколько/,
  );
  await calculator.fill(MARGIN, 'x');
  await expect(calculator.field(MARGIN)).toHaveAccessibleDescription(
    /^Это не число\. Пример записи: 12,5 [А-Я]/,
  );
  await calculator.fill(REVENUE, 'x');
  await expect(calculator.field(REVENUE)).toHaveAccessibleDescription(
    /^Это не число\. Пример записи: 1\s000\s000,5 Выручка/,
  );

  // The same in English, written the English way.
  await page.getByRole('button', { name: 'English' }).click();
  const customers = calculator.field('Active customers today');
  await customers.fill('many');
  await expect(customers).toHaveAccessibleDescription(
    /^This is not a number\. Write it like 1,000 How many/,
  );
});
