import { freshPage } from './support/browser';
import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

test.describe('a share link carries exactly what the form accepts', () => {
  test('a figure refused for its sign stays out of the link, in both languages', async ({
    page,
    browser,
  }) => {
    const calculator = new CalculatorPage(page);
    const revenue = calculator.field('Выручка на клиента в год');
    await calculator.open();

    // «€ 5 000» in a rouble form is refused beside the field...
    await revenue.fill('€ 5 000');
    await expect(revenue).toHaveAccessibleDescription(
      /Суммы вводятся в валюте, выбранной выше, — RUB/,
    );
    // ...and the address bar leaves it out, as it does a typo.
    await expect(page).toHaveURL(/&n0=1000&m=40&/);

    // The recipient gets the default revenue, not 5 000, and is told.
    const other = await freshPage(browser);
    const recipient = new CalculatorPage(other.page);
    await recipient.open(page.url());
    await expect(recipient.field('Выручка на клиента в год')).toHaveValue(
      ruMoney('120 000'),
    );
    await expect(other.page.getByRole('status').first()).toContainText(
      'Часть значений из ссылки не прочитана, вместо них взяты значения ' +
        'по умолчанию: выручка на клиента в год.',
    );

    // In English a currency sign in a percentage goes the same way.
    await page.getByRole('button', { name: 'English' }).click();
    await calculator.fill('Revenue per customer per year', '120,000');
    await calculator.fill('Margin, %', '40 $');
    await expect(page).toHaveURL(/&rev=120000&mc=no&/);
    // (A new fragment alone would not load the page again.)
    await other.page.goto('about:blank');
    await recipient.open(page.url());
    await expect(recipient.field('Margin, %')).toHaveValue('40');
    await expect(other.page.getByRole('status').first()).toContainText(
      'Some values in the link could not be read and were replaced by the ' +
        'defaults: margin, %.',
    );
    expect(other.errors).toEqual([]);
    await other.close();
  });

  test('a sum near the bound of a short horizon opens as sent, in both languages', async ({
    page,
    browser,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    // One year: 1000 + 200 customers may bring up to 3 333 333 333 ₽ each,
    // and the 200 new ones cost up to 20 000 000 000 ₽ each to acquire.
    await page.getByLabel('Горизонт расчёта').selectOption('1');
    await calculator.fill('Выручка на клиента в год', '3 000 000 000');
    await calculator.fill(
      'Стоимость привлечения одного клиента (AC)',
      '10 000 000 000',
    );
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(page).toHaveURL(/&h=1&.*&rev=3000000000&.*&ac=10000000000&/);
    const portfolio = await calculator
      .cardValue('portfolio-value', 3)
      .innerText();

    // The recipient gets exactly that form, and no notice.
    const other = await freshPage(browser);
    const recipient = new CalculatorPage(other.page);
    await recipient.open(page.url());
    await expect(recipient.field('Выручка на клиента в год')).toHaveValue(
      ruMoney('3 000 000 000'),
    );
    await expect(
      recipient.field('Стоимость привлечения одного клиента (AC)'),
    ).toHaveValue(ruMoney('10 000 000 000'));
    await expect(recipient.cardValue('portfolio-value', 3)).toHaveText(
      portfolio,
    );
    await expect(other.page.getByText(/не прочитан/)).toHaveCount(0);

    // The same link in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en&.*&rev=3000000000&/);
    // (A new fragment alone would not load the page again.)
    await other.page.goto('about:blank');
    await recipient.open(page.url());
    await expect(recipient.field('Revenue per customer per year')).toHaveValue(
      '3,000,000,000',
    );
    await expect(
      recipient.field('Cost of acquiring one customer (AC)'),
    ).toHaveValue('10,000,000,000');
    await expect(other.page.getByText(/could not be read/)).toHaveCount(0);
    expect(other.errors).toEqual([]);
    await other.close();
  });
});
