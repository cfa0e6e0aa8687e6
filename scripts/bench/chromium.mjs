// The Chromium the benchmark drives.
import { existsSync } from 'node:fs';

export { QUIET_CHROMIUM_FLAGS } from '../chromiumFlags.mjs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** CHROMIUM_PATH when set, else Debian's Chromium. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(`no Chromium at ${path}: set CHROMIUM_PATH`);
  }
  return path;
}
