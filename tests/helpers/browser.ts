/**
 * Starts Debian's Chromium (or CHROME_PATH) through playwright-core. Never
 * downloads a browser; without one the suite fails and says how to get one.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChrome(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const override = env['CHROME_PATH'];
  if (override) {
    if (exists(override)) return override;
    throw new Error(`CHROME_PATH is set to "${override}", but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => exists(p));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or point CHROME_PATH at a Chrome or Chromium binary. The suite never downloads a browser.',
  );
}

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChrome(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
}

/** Starts one Chromium for a test file (beforeAll) and closes it (afterAll); call the returned function for it. */
export function useChrome(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChrome();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useChrome() at the top of the test file');
    return browser;
  };
}
