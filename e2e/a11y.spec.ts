import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { CalculatorPage } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
  );

  expect(summary).toEqual([]);
}

test.describe('accessibility', () => {
  test('the first load has no axe violations in either language', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoViolations(page);
  });

  test('messages for bad input have no axe violations', async ({ page }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    await calculator.fill('Активных клиентов сейчас', 'много');
    await calculator.fill('Маржинальность, %', '140');
    await expect(page.getByRole('alert')).toHaveCount(2);

    await expectNoViolations(page);
  });

  test('the calculator can be used with the keyboard alone', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    await calculator.open();

    // Tab from the top of the page to the first figure: the skip link
    // comes first, then the controls above the form, in reading order.
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('link', { name: 'К результатам' }),
    ).toBeFocused();
    const customers = calculator.field('Активных клиентов сейчас');
    for (let presses = 0; presses < 30; presses++) {
      if (await customers.evaluate((el) => el === document.activeElement))
        break;
      await page.keyboard.press('Tab');
    }
    await expect(customers).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2000');

    await expect(calculator.cardValue('base-value', 3)).toContainText('127');
    // The focused field shows a visible outline.
    const outline = await customers.evaluate(
      (el) => getComputedStyle(el).outlineStyle,
    );
    expect(outline).not.toBe('none');
  });
});
