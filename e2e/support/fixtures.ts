import { test as base, expect } from '@playwright/test';

import { SECTION_CHUNK } from './chunks';

export interface ConsoleOptions {
  /**
   * Console errors a test brings about on purpose, each matched against
   * the whole message. Only for what the browser itself writes about a
   * failure the test stages, such as Chromium's «Failed to load resource»
   * for a request the test's server refuses; set it with test.use() in
   * the describe block of those tests alone. Errors the page throws are
   * never allowed.
   */
  allowedConsoleErrors: RegExp[];
}

/**
 * Every test fails when the page logs a console error or throws: the page
 * must never show a visitor a broken state, and such errors are the first
 * sign of one.
 */
export const test = base.extend<
  ConsoleOptions & { pageErrors: string[]; slowSections: void }
>({
  allowedConsoleErrors: [[], { option: true }],
  /*
   * E2E_SECTION_DELAY_MS=1500 npm run e2e delays every section chunk of
   * the test's own context by that long, as a slow network or a busy
   * machine would. A test that acts on a section before it has arrived,
   * without waiting for what a visitor would see, fails then instead of
   * once in a while. Off by default; a test's own holdSectionChunks()
   * comes first.
   */
  slowSections: [
    async ({ context }, use) => {
      const delay = Number(process.env.E2E_SECTION_DELAY_MS ?? 0);
      if (delay > 0) {
        await context.route(SECTION_CHUNK, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, delay));
          await route.fallback();
        });
      }
      await use();
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const isAllowed = (text: string) =>
        allowedConsoleErrors.some((pattern) => {
          const match = pattern.exec(text);
          return match !== null && match[0] === text;
        });
      page.on('console', (message) => {
        if (message.type() === 'error' && !isAllowed(message.text())) {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));

      await use(errors);

      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
