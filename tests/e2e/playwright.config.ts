/**
 * End-to-end tests: the real renderer in Debian's Chromium against the real web host and core.
 * Tests never download a browser; CHROMIUM_PATH points elsewhere when needed.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  // Retries on CI, where the machine is shared and slower; a retried pass is still listed
  // as "flaky" in the report, so a timing bug stays visible instead of failing the landing.
  // Two, while the table-menu test's first Shift+F10 after an insert can be lost under load.
  retries: process.env.CI ? 2 : 0,
  timeout: 60_000,
  reporter: 'list',
  outputDir: '../../test-results',
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
});
