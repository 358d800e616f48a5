import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

/** Two free ports from the system, picked once per run; workers inherit them through the environment. */
function pickFreePorts(): void {
  if (process.env.IMH_E2E_PORT && process.env.IMH_E2E_FAKE_PORT) return;
  const script = `const net=require('net');const a=net.createServer().listen(0,'127.0.0.1',()=>{const b=net.createServer().listen(0,'127.0.0.1',()=>{console.log(a.address().port+' '+b.address().port);a.close();b.close();});});`;
  const [port, fake] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ');
  process.env.IMH_E2E_PORT = port;
  process.env.IMH_E2E_FAKE_PORT = fake;
}
pickFreePorts();
const { PREVIEW_TEST_PORT, serveFakePackages, servePackages } = await import('./tests/e2e/support/lms.ts');

/** End-to-end tests run the built zips (npm run build first) in the preview LMS. */
export default defineConfig({
  testDir: 'tests/e2e',
  // Generous limits: on a busy 2-core machine a whole module's journey can take minutes; nothing here is timed.
  timeout: 240_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Two workers on a 2-core machine: measured at about 7 minutes for the whole suite (against 19 on one worker).
  // Nothing here is timed, so a busy machine makes it slower, not red; retries cover a browser that crashes.
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_TEST_PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium' }],
  webServer: [servePackages(), serveFakePackages()],
});
