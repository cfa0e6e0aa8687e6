import { readFile } from 'node:fs/promises';

import type { Browser, Page } from '@playwright/test';

/** Clicks a button and returns the file it made the page download. */
export async function downloadFrom(page: Page, button: string) {
  // The export code loads on the first click; the event waits for it.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const download = await downloading;
  const file = await readFile(await download.path());
  return { name: download.suggestedFilename(), file };
}

/** A page in a context of its own: no storage, no clipboard, no history. */
export async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}
