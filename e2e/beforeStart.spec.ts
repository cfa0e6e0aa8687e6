import { CalculatorPage } from './support/calculatorPage';
import { APP_CHUNK, holdAppChunk } from './support/chunks';
import { expect, test } from './support/fixtures';

/*
 * index.html holds the page prerendered, and the app's code is requested
 * only after the first paint (src/boot.ts), so on a slow network the
 * visitor can type into the form before the code has arrived. These tests
 * hold the app's chunk back to type into the bare HTML.
 */
const MARGIN = 'Маржинальность, %';

test.describe('typing before the page’s code has arrived', () => {
  test('what was typed stays, is calculated and survives a reload', async ({
    page,
    browser,
  }) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(APP_CHUNK, async (route) => {
      requested = true;
      await released;
      await route.continue();
    });

    // The prerendered page: the margin typed over, the app not yet running.
    await page.goto('/');
    const calculator = new CalculatorPage(page);
    const margin = calculator.field(MARGIN);
    await margin.click();
    await margin.press('Control+a');
    await page.keyboard.type('55');
    expect(requested).toBe(true);
    await expect(calculator.chart.locator('.recharts-wrapper')).toHaveCount(0);

    // The code arrives: the form keeps the text and the focus, the cards
    // and the chart follow it.
    release();
    await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
    await expect(margin).toHaveValue('55');
    await expect(margin).toBeFocused();
    const typedEarly = await calculator
      .cardValue('portfolio-value', 5)
      .textContent();

    // The same figure as typing 55 into a page that was already running.
    const other = new CalculatorPage(await browser.newPage());
    await other.open();
    await other.fill(MARGIN, '55');
    await expect(other.cardValue('portfolio-value', 5)).toHaveText(typedEarly!);
    await expect(other.cardValue('portfolio-value', 5)).not.toHaveText(
      /101\s435\s679/,
    );
    await other.page.close();

    // Stored like any change: a reload opens on it.
    await page.unrouteAll();
    await page.reload();
    await expect(calculator.field(MARGIN)).toHaveValue('55');
  });

  test('a button clicked before the code arrives is clicked once it has', async ({
    page,
  }) => {
    const release = await holdAppChunk(page);

    // «English» on the bare HTML does nothing yet.
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    // Once the code has run, the page is in English.
    release();
    await expect(
      page.getByRole('heading', { name: 'CLTV calculator' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a click followed by typing is not made again', async ({ page }) => {
    const release = await holdAppChunk(page);

    // «Restore defaults» clicked, then a figure typed: the click would undo it.
    await page.goto('/');
    await page
      .getByRole('button', { name: 'Вернуть значения по умолчанию' })
      .click();
    const margin = new CalculatorPage(page).field(MARGIN);
    await margin.fill('55');

    release();
    const calculator = new CalculatorPage(page);
    await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
    await expect(margin).toHaveValue('55');
  });

  test('an untouched page is hydrated, not rendered again', async ({
    page,
  }) => {
    await page.goto('/');
    // A mark on the prerendered form tells whether React kept its element.
    await page.evaluate(() =>
      document.querySelector('form')!.setAttribute('data-prerendered', ''),
    );
    const calculator = new CalculatorPage(page);
    await expect(calculator.chart.locator('.recharts-wrapper')).toBeVisible();
    await calculator.fill(MARGIN, '41');
    await expect(page.locator('form[data-prerendered]')).toHaveCount(1);
    expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
  });
});
