/**
 * How every tool here starts Chromium (end-to-end tests, bench, screenshots, the report's screenshot): the
 * system browser where there is one (Debian's; no browser can be downloaded here), else Playwright's own, with
 * flags that keep it from calling out to the network.
 */
import { existsSync } from 'node:fs';

export const chromiumLaunchOptions: { executablePath?: string; args: string[] } = {
  ...(() => {
    const executablePath =
      process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    return executablePath ? { executablePath } : {};
  })(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
