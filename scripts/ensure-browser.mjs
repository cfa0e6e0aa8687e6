// Makes sure the end-to-end tests have a Chromium to drive, before `npm test`.
// Taken in this order: CHROMIUM_PATH when set; Debian's /usr/bin/chromium;
// Playwright's own build. When none is there, Debian as root gets the system
// package (Playwright's download is not reachable from every network), any
// other machine gets Playwright's download.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function run(command) {
  console.log(`ensure-browser: ${command}`);
  execSync(command, { stdio: 'inherit' });
}

function hasPlaywrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const wanted = process.env.CHROMIUM_PATH;
const isDebianRoot =
  existsSync('/etc/debian_version') && process.getuid?.() === 0;

if (wanted) {
  if (!existsSync(wanted)) {
    console.error(`ensure-browser: CHROMIUM_PATH=${wanted} does not exist`);
    process.exit(1);
  }
} else if (!existsSync(SYSTEM_CHROMIUM) && !hasPlaywrightChromium()) {
  if (isDebianRoot) {
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    run('npx playwright install chromium');
  }
}
