import { test as base, expect } from '@playwright/test';

export interface PageErrorOptions {
  /**
   * Console errors a test provokes on purpose (a refused script, a failed
   * request), each matched by one pattern. Anything else still fails it.
   */
  expectedConsoleErrors: RegExp[];
}

/**
 * Every test fails when the page logs a console error or throws: the page
 * must never show a visitor a broken state, and such errors are the first
 * sign of one.
 */
export const test = base.extend<PageErrorOptions & { pageErrors: string[] }>({
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      const isExpected = (text: string) =>
        expectedConsoleErrors.some((pattern) => pattern.test(text));
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !isExpected(text)) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));

      await use(errors);

      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
