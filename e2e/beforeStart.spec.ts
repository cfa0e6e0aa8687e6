import type { Locator, Page } from '@playwright/test';

import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { APP_CHUNK, holdAppChunk } from './support/chunks';
import { expect, test } from './support/fixtures';

/*
 * index.html holds the page prerendered, and the app's code is requested
 * only after the first paint (src/boot.ts), so on a slow network the
 * visitor can type into the form before the code has arrived. These tests
 * hold the app's chunk back to type into the bare HTML.
 */
const MARGIN = 'Маржинальность, %';
const CUSTOMERS = 'Активных клиентов сейчас';

/** Types `text` over the field's own, key by key, as a visitor does. */
async function typeOver(field: Locator, text: string) {
  await field.click();
  await field.press('Control+a');
  await field.page().keyboard.type(text);
}

/**
 * The running page with 2 000 customers typed: stored in the browser,
 * and in the address a frame later.
 */
async function withCustomersChanged(page: Page) {
  const calculator = new CalculatorPage(page);
  await calculator.open();
  await calculator.fill(CUSTOMERS, '2 000');
  return {
    customers: calculator.field(CUSTOMERS),
    margin: calculator.field(MARGIN),
  };
}

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
    await typeOver(margin, '55');
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

  test('typing goes on top of the figures a returning visitor stored', async ({
    page,
  }) => {
    // An earlier visit stored 2 000 customers.
    const { customers, margin } = await withCustomersChanged(page);

    // Back on the bare HTML, which holds the defaults: the margin typed.
    const release = await holdAppChunk(page);
    await page.goto('/');
    await expect(customers).toHaveValue(ruMoney('1 000'));
    await typeOver(margin, '55');

    // Once the code has run: the stored figures with the typed margin,
    // the margin still focused.
    release();
    await expect(customers).toHaveValue('2 000');
    await expect(margin).toHaveValue('55');
    await expect(margin).toBeFocused();

    // Stored like any change: a reload opens on both.
    await page.unrouteAll();
    await page.goto('/');
    await expect(customers).toHaveValue('2 000');
    await expect(margin).toHaveValue('55');
  });

  test('typing goes on top of the figures of a share link', async ({
    page,
  }) => {
    // A colleague's link with 2 000 customers; nothing stored here.
    const { customers, margin } = await withCustomersChanged(page);
    // The address follows the form a frame after the change.
    await expect(page).toHaveURL(/#v=1&/);
    const link = page.url();
    await page.evaluate(() => localStorage.clear());

    // The link opened on the bare HTML, the margin typed: the typing is
    // the visitor's newest intent, so it goes on the link's figures.
    const release = await holdAppChunk(page);
    // Away first: a link differing from the address only after the «#»
    // would not load the page again.
    await page.goto('about:blank');
    await page.goto(link);
    await expect(customers).toHaveValue(ruMoney('1 000'));
    await typeOver(margin, '55');
    release();
    await expect(customers).toHaveValue(ruMoney('2 000'));
    await expect(margin).toHaveValue('55');

    // Stored like any change: a reload keeps both.
    await page.unrouteAll();
    await page.reload();
    await expect(customers).toHaveValue(ruMoney('2 000'));
    await expect(margin).toHaveValue('55');
  });

  test('a notice about what the page opened on still shows', async ({
    page,
  }) => {
    const margin = new CalculatorPage(page).field(MARGIN);
    const release = await holdAppChunk(page);

    // Stored figures that cannot be read; the margin typed before start.
    await page.goto('/');
    await page.evaluate(() =>
      localStorage.setItem('cltv:form:v1', '{"language":"ru","values":{'),
    );
    await page.reload();
    await typeOver(margin, '55');
    release();
    await expect(
      page.getByText(/Сохранённые данные формы повреждены/),
    ).toBeVisible();
    await expect(margin).toHaveValue('55');

    // A link that cannot be read, nothing stored: it says the defaults
    // were opened, though the typing is stored by the time it shows.
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    const releaseAgain = await holdAppChunk(page);
    await page.goto('/#v=1&&&');
    await typeOver(margin, '55');
    releaseAgain();
    await expect(
      page.getByText(/Ссылку не удалось прочитать.*по умолчанию\./),
    ).toBeVisible();
    await expect(margin).toHaveValue('55');
  });

  test('a figure typed into the Russian HTML is written the English way', async ({
    page,
  }) => {
    await page.addInitScript(() => localStorage.setItem('cltv:language', 'en'));
    const release = await holdAppChunk(page);
    const calculator = new CalculatorPage(page);

    // The prerendered page is Russian whatever the stored language.
    await page.goto('/');
    const revenue = calculator.field('Выручка на клиента в год');
    await typeOver(revenue, '150 000');

    // In English the figure reads the English way, and is kept on reload.
    release();
    const english = calculator.field('Revenue per customer per year');
    await expect(english).toHaveValue('150,000');
    await expect(english).toBeFocused();
    await page.unrouteAll();
    await page.reload();
    await expect(english).toHaveValue('150,000');
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
