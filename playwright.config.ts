// Playwright configuration: the system Chromium (no browser download) against the production build.
// The build is served by `vite preview` on localhost; e2e/guard.ts fails any request leaving localhost.
import { defineConfig } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const cached = 'node_modules/.cache/chromium-path';
// E2E_PORT lets two test runs on one machine use separate preview servers.
const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_DIST serves a private build (`npx vite build --outDir <dir>`), so parallel runs never share dist/.
const outDir = process.env.E2E_DIST ?? 'dist';
const executablePath = process.env.CHROME_PATH ?? (existsSync(cached) ? readFileSync(cached, 'utf8').trim() : '/usr/bin/chromium');

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
        '--ignore-gpu-blocklist',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
