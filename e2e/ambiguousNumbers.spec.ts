import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

const REVENUE = 'Выручка на клиента в год';
/** The worked example's five-year portfolio value, at 120 000 ₽ revenue. */
const DEFAULT_PORTFOLIO = ruMoney('101 435 679 ₽');

test('«120,000» revenue in Russian is refused beside the field, not read as 120', async ({
  page,
}) => {
  const calculator = new CalculatorPage(page);
  await calculator.open();

  // An English-grouped figure: read by Russian rules it would be 120 ₽.
  await calculator.fill(REVENUE, '120,000');
  await expect(calculator.field(REVENUE)).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(calculator.field(REVENUE)).toHaveAccessibleDescription(
    /В русской записи запятая отделяет дробную часть.*«1 000».*«1,5»/,
  );

  // The results stay those of the last valid figures, 120 000 ₽.
  await expect(
    page.getByText(/Показаны результаты для последних верных данных/),
  ).toBeVisible();
  await expect(calculator.cardValue('portfolio-value', 5)).toHaveText(
    DEFAULT_PORTFOLIO,
  );

  // In English the text is kept as typed, and there it means 120 000.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const revenue = calculator.field('Revenue per customer per year');
  await expect(revenue).toHaveValue('120,000');
  await expect(revenue).not.toHaveAttribute('aria-invalid', 'true');
});
