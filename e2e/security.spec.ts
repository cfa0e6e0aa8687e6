import { CalculatorPage, ruMoney } from './support/calculatorPage';
import { expect, test } from './support/fixtures';

test.describe('content security policy', () => {
  // Chromium reports the refused script below on the console.
  test.use({
    allowedConsoleErrors: [
      new RegExp(
        '.*inline script violates the following Content Security Policy ' +
          "directive 'script-src 'self''.*",
        's',
      ),
    ],
  });

  test('the built page runs under it and refuses an injected inline script', async ({
    page,
  }) => {
    const calculator = new CalculatorPage(page);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) =>
      violations.push(directive),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (
          window as unknown as { reportViolation(d: string): void }
        ).reportViolation(event.effectiveDirective);
      });
    });

    await calculator.open();
    // The page works under the policy: hydrated, chart drawn, figures live.
    await calculator.fill('Активных клиентов сейчас', '2000');
    await expect(calculator.cardValue('base-value', 3)).toHaveText(
      ruMoney('127 333 333 ₽'),
    );
    expect(violations).toEqual([]);

    // Text that reached the page as markup must not run.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      return (
        (window as unknown as { injectedScriptRan?: boolean })
          .injectedScriptRan ?? false
      );
    });

    expect(ran).toBe(false);
    await expect.poll(() => violations).toContain('script-src-elem');
  });
});

test('a whole visit sends no request to any other host', async ({
  page,
  baseURL,
}) => {
  const calculator = new CalculatorPage(page);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const isOwn = url.origin === new URL(baseURL!).origin;
    if (!isOwn && url.protocol !== 'data:' && url.protocol !== 'blob:')
      foreign.push(url.href);
  });

  await calculator.open();
  await calculator.fill('Выручка на клиента в год', '150 000');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Horizon', { exact: true }).selectOption('10');
  await expect(calculator.table.locator('tbody tr')).toHaveCount(10);

  expect(foreign).toEqual([]);
});
