// Debian's Chromium, started so that it never reaches the network: one definition for the
// tests (web-test-runner.config.mjs), `npm run size` and `npm run bench`.
import { existsSync } from 'node:fs';

/** CHROME_PATH, else Debian's package. No tool here downloads a browser. */
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Root needs --no-sandbox; the rest keep Chromium from calling home or updating itself. */
export const offlineArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why Chromium cannot be started, or undefined when it can. */
export const missingChromium = () =>
  existsSync(executablePath) ? undefined : `no Chromium at ${executablePath}: \`apt-get install -y chromium\` or set CHROME_PATH.`;
