import type { Page } from '@playwright/test';

import { readFile } from 'node:fs/promises';

import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';
import { holdSectionChunks } from './support/chunks';

/*
 * The sections below the fold (export bar, scenarios and insights panels,
 * request form) come in chunks of their own, built from the features' section modules.
 * These tests hold those chunks back to see the page before they arrive.
 * The default build has no request form (it has nowhere to send one);
 * the request form's own tests cover it.
 */

/**
 * Opens the page with the sections' chunks held back until the returned
 * release() is called, the prerendered sections marked so that a test can
 * tell later whether React kept them.
 */
async function openWithSectionsHeld(page: Page) {
  const release = await holdSectionChunks(page);

  const calculator = new CalculatorPage(page);
  await calculator.open();
  await page.evaluate(() => {
    for (const selector of ['.export-bar', '.scenarios', '.insights']) {
      document.querySelector(selector)!.setAttribute('data-prerendered', '');
    }
  });
  return { calculator, release };
}

test.describe('sections loaded after the form', () => {
  test('the form works before they arrive; they keep their markup and then follow it', async ({
    page,
  }) => {
    const { calculator, release } = await openWithSectionsHeld(page);
    const programme = page.getByTestId('programme-result');

    // The prerendered sections are on the page while their code is held.
    await expect(
      page.getByRole('heading', { name: 'Проверка и рычаги' }),
    ).toBeVisible();
    await expect(programme).toContainText('добавляет 3 509 237 ₽');

    // The form is hydrated: a change reaches the cards at once.
    await calculator.fill('Маржинальность, %', '50');
    await expect(calculator.cardValue('base-value', 5)).toHaveText(
      ruMoney('106 679 630 ₽'),
    );

    // Until their code arrives, the sections still show the defaults.
    await expect(programme).toContainText('добавляет 3 509 237 ₽');

    // Once it has, they are hydrated in place and follow the new margin.
    release();
    await expect(programme).not.toContainText('добавляет 3 509 237 ₽');
    await expect(page.locator('[data-prerendered]')).toHaveCount(3);
    await expect(
      page.getByRole('button', { name: 'Таблица в CSV' }),
    ).toBeEnabled();
  });

  test('a language switch before they arrive reaches them once they have', async ({
    page,
  }) => {
    const { release } = await openWithSectionsHeld(page);

    // The page above switches at once; the held sections stay in Russian.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { name: 'CLTV calculator' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Проверка и рычаги' }),
    ).toBeVisible();

    // They hydrate in the language they were written in, then switch.
    release();
    await expect(
      page.getByRole('heading', { name: 'Checks and levers' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Table as CSV' }),
    ).toBeVisible();
    await expect(page.locator('[data-prerendered]')).toHaveCount(3);
  });

  test('a lift typed before the insights arrive is the one they work with', async ({
    page,
  }) => {
    const { release } = await openWithSectionsHeld(page);
    const lift = page.getByLabel('Программа поднимает удержание на, п.п.');
    const result = page.getByTestId('programme-result');

    // Typed into the prerendered field while its code is held back: the
    // text still works with the default 2 pp.
    await lift.fill('1');
    await expect(result).toContainText(/не больше 1\s173\s417\s₽ в год/);

    // Once hydrated, the text follows the typed 1 pp, which the field
    // still shows (the figure as in insights.spec.ts).
    release();
    await expect(result).toContainText(/не больше 581\s353\s₽ в год/);
    await expect(lift).toHaveValue('1');
  });

  test('a click on a section before it arrives is made once it has', async ({
    page,
  }) => {
    const { release } = await openWithSectionsHeld(page);
    const scenarios = page.getByRole('region', { name: 'Сценарии' });

    // The prerendered button, clicked while its code is held back: React
    // drops the click, and nothing is saved yet.
    await page
      .getByRole('button', { name: 'Сохранить как «Сценарий A»' })
      .click();
    await expect(scenarios.getByRole('status')).toHaveText('');

    // Once the code is there the click is made: one scenario, saved once.
    release();
    await expect(scenarios.getByRole('status')).toHaveText(
      '«Сценарий A» сохранён и сравнивается с текущим расчётом.',
    );
    await expect(
      page
        .getByRole('list', { name: 'Сохранённые сценарии' })
        .getByRole('listitem'),
    ).toHaveCount(1);
  });

  test('a click made once a section arrives acts on the figures typed before it', async ({
    page,
  }) => {
    const { calculator, release } = await openWithSectionsHeld(page);
    page.on('console', (m) => {
      if (m.text().startsWith('DBG')) console.log(m.text());
    });

    // The figure is typed, then the table saved while the export bar's
    // code is held back: the click is dropped.
    await calculator.fill(
      'Стоимость привлечения одного клиента (AC)',
      '500 000',
    );
    await expect(calculator.tableRow(1).locator('td').nth(6)).toHaveText(
      ruMoney('−64 000 000 ₽'),
    );
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Таблица в CSV', exact: true })
      .click();

    // The bar hydrates with the figures it was prerendered with; the CSV
    // made for the click has the typed one.
    release();
    const csv = await readFile(await (await downloading).path(), 'utf8');
    expect(csv).toContain('\r\nСтоимость привлечения (AC);500000\r\n');
  });
});
