import type { Page } from '@playwright/test';

/** The app's chunk (src/main.tsx), requested after the first paint. */
export const APP_CHUNK = /\/assets\/main-[\w-]+\.js$/;
/** The chunks of the lazily loaded sections (src/app/sections.ts). */
export const SECTION_CHUNK = /\/assets\/section-[\w-]+\.js$/;

/**
 * Holds the chunks matching `chunk` back from the page's next loads
 * until the returned function is called, as a slow network would.
 */
async function holdChunks(page: Page, chunk: RegExp): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunk, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Holds the app's chunk back: the page stays its prerendered HTML. */
export function holdAppChunk(page: Page): Promise<() => void> {
  return holdChunks(page, APP_CHUNK);
}

/** Holds the sections' chunks back; the rest of the page works. */
export function holdSectionChunks(page: Page): Promise<() => void> {
  return holdChunks(page, SECTION_CHUNK);
}
