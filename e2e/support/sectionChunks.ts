import type { Page } from '@playwright/test';

/** The chunks of the lazily loaded sections (src/app/sections.ts). */
const SECTION_CHUNK = /\/assets\/section-[\w-]+\.js$/;

/**
 * Holds the sections' chunks back from the page's next loads until the
 * returned function is called, as a slow network would.
 */
export async function holdSectionChunks(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(SECTION_CHUNK, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
