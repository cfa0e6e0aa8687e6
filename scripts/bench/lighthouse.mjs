// Lighthouse's default mobile test (simulated slow 4G, CPU slowed 4×), run
// several times in a fresh Chromium each, since single runs vary.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { QUIET_CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One run's figures: scores 0..1, times in milliseconds. */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...QUIET_CHROMIUM_FLAGS],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    return {
      performance: lhr.categories.performance.score,
      lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
      tbtMs: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      accessibility: lhr.categories.accessibility.score,
      bestPractices: lhr.categories['best-practices'].score,
      seo: lhr.categories.seo.score,
      failedAudits: failedAudits(lhr),
    };
  } finally {
    chrome.kill();
  }
}

/** Audits of the scored categories other than performance that fail. */
function failedAudits(lhr) {
  const ids = CATEGORIES.slice(1).flatMap((category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ref.id),
  );
  return ids.filter((id) => (lhr.audits[id].score ?? 1) < 1);
}

/** Figures of each of `runs` Lighthouse runs, one after another. */
export async function runLighthouse(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await runOnce(url));
  return results;
}
