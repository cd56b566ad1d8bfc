// The test fixture every browser test uses: fails the test if the page makes any request outside localhost.
// Requests are blocked and recorded (pages and workers alike), so a leak cannot hide behind a timeout.
import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'blob:' || parsed.protocol === 'data:') return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

export const test = base.extend<{ offlineGuard: string[] }>({
  offlineGuard: [
    async ({ context }, use) => {
      const outside: string[] = [];
      context.on('request', (request) => {
        if (!isLocal(request.url())) outside.push(request.url());
      });
      await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
      await use(outside);
      expect(outside, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
