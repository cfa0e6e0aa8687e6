// Keystroke-to-paint latency: from a key press in a field to the first
// frame painted after the results (figures, table, chart) have changed.
import { chromium } from 'playwright-core';

import { QUIET_CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { ECHO_PAGE } from './echoPage.mjs';
import { installProbe, settledLatency } from './keystrokeProbe.mjs';

/** The Russian page's margin field: every digit typed there moves results. */
const FIELD_LABEL = 'Маржинальность, %';
const WARM_UP_KEYSTROKES = 10;

/**
 * Alternates Backspace and a digit at the end of the margin field, so the
 * margin goes 40 → 4 → 41 → 4 → 42 …, every value valid and different
 * from the one before.
 */
function keyAt(index) {
  return index % 2 === 0 ? 'Backspace' : String(Math.floor(index / 2) % 10);
}

async function openCalculator(browser, url, { cpuSlowdown, echo }) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (echo) {
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: ECHO_PAGE,
      }),
    );
  }
  await page.goto(url);
  if (!echo) {
    // The chart is drawn once hydrated and near the screen; from then on
    // typing reaches React and every keystroke redraws it.
    const chart = page.getByTestId('portfolio-chart');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.recharts-wrapper').waitFor();
  }
  await page.evaluate(installProbe);

  const field = page.getByLabel(FIELD_LABEL, { exact: true });
  await field.click();
  await field.press('End');
  return page;
}

/**
 * Latencies in milliseconds of `keystrokes` key presses, after a few
 * unmeasured ones, with the CPU slowed by `cpuSlowdown` (1 = not slowed):
 * to the first paint of new figures and to the paint of the last change.
 * With `echo`, the page at `url` is replaced by the reference page that
 * only shows the keystroke (see echoPage.mjs).
 *
 * @returns {Promise<{ figures: number[], settled: number[] }>}
 */
export async function measureKeystrokes(
  url,
  { keystrokes, cpuSlowdown, echo = false },
) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: QUIET_CHROMIUM_FLAGS,
  });
  try {
    const page = await openCalculator(browser, url, { cpuSlowdown, echo });
    const latencies = { figures: [], settled: [] };
    for (let i = 0; i < WARM_UP_KEYSTROKES + keystrokes; i += 1) {
      // The field keeps the focus; pressing through the keyboard spares
      // finding it anew in the page before every key.
      await page.keyboard.press(keyAt(i));
      const latency = await page.evaluate(settledLatency);
      if (i < WARM_UP_KEYSTROKES) continue;
      latencies.figures.push(latency.figures);
      latencies.settled.push(latency.settled);
    }
    return latencies;
  } finally {
    await browser.close();
  }
}
