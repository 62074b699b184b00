// Starts Debian's Chromium through playwright-core (which never downloads a browser of its own)
// and serves the release bundle in dist/ on a free loopback port.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { serve } from '../../../scripts/serve.mjs';
import { Downloads } from './downloads.mjs';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A served app and a fresh browser; with `downloads`, also a folder for the files the app offers
 * (`app.downloads`). `close()` stops and removes all of them.
 */
export async function openApp({ bypassCSP = false, downloads = false } = {}) {
  const kept = downloads ? await Downloads.create() : undefined;
  const { server, url } = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  // bypassCSP only for tests that inject a checker script (axe-core) into the page.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP });
  const page = await context.newPage();
  const consoleErrors = [];
  const foreignRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(url) && !target.startsWith('data:') && !target.startsWith('blob:')) {
      foreignRequests.push(target);
    }
  });
  return {
    url,
    page,
    context,
    consoleErrors,
    foreignRequests,
    downloads: kept,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
      await kept?.remove();
    },
  };
}

/** Navigates to the app and waits until the WebAssembly shell has rendered. */
export async function loadApp(app, path = '') {
  await app.page.goto(app.url + path);
  await app.page.waitForSelector('[data-testid="app-shell"]');
}

/**
 * Opens an example through its link in a new document (a hash change alone is no new page load),
 * and waits until it is drawn.
 */
export async function openExample(app, key = 'armoede-gezinnen') {
  await app.page.goto('about:blank');
  await loadApp(app, `#voorbeeld=${key}`);
  await app.page.locator('.rl-node').first().waitFor();
}
