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
});
