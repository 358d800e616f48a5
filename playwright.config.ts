import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { PREVIEW_TEST_PORT, serveFakePackages, servePackages } from './tests/e2e/support/lms.ts';

/** A system Chromium where there is one (Debian's), since no browser can be downloaded here; else Playwright's. */
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** End-to-end tests run the built zips (npm run build first) in the preview LMS. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_TEST_PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 10_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [servePackages(), serveFakePackages()],
});
