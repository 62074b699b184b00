// The app shell in Chromium: loads, speaks Dutch, switches to English, stays on its own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadApp } from './support/chromium.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

test('the shell renders in Dutch by default', async () => {
  await loadApp(app);
  const { page } = app;
  assert.equal(await page.locator('h1').innerText(), 'Begin een redeneerlijn');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await page.title(), 'Redeneerlijn');
  for (const label of ['Nieuwe redeneerlijn', 'Bestand openen', 'Voorbeeld openen']) {
    assert.equal(await page.getByRole('button', { name: label }).count(), 1, `start action ${label}`);
  }
  assert.equal(await page.getByRole('complementary', { name: 'Details en bevindingen' }).count(), 1);
  assert.equal(await page.getByRole('region', { name: 'Tekenvlak' }).count(), 1);
});

test('every start action is available and explained', async () => {
  await loadApp(app);
  const items = app.page.locator('.rl-start__item');
  assert.equal(await items.count(), 3);
  for (const item of await items.all()) {
    assert.equal(await item.locator('button').isEnabled(), true);
    assert.ok((await item.locator('.rl-start__reason').innerText()).length > 20, 'each action says what it does');
  }
  // Regression: the design system's `fit-content` limit left the three buttons each its own width.
  const widths = await app.page.locator('.rl-start__item button').evaluateAll((buttons) =>
    buttons.map((button) => Math.round(button.getBoundingClientRect().width)),
  );
  assert.equal(new Set(widths).size, 1, `start buttons share one width: ${widths}`);
});

test('switching to English changes the texts and the page language, and is remembered', async () => {
  await loadApp(app);
  const { page } = app;
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await page.locator('h1').innerText(), 'Start a reasoning line');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getByRole('button', { name: 'New reasoning line' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');

  await page.reload();
  await page.waitForSelector('[data-testid="app-shell"]');
  assert.equal(await page.locator('h1').innerText(), 'Start a reasoning line');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  assert.equal(await page.locator('h1').innerText(), 'Begin een redeneerlijn');
});

test('the skip link leads to the main content', async () => {
  await loadApp(app);
  const { page } = app;
  await page.keyboard.press('Tab');
  const skip = page.locator('.utrecht-skip-link');
  assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
  assert.equal(await skip.innerText(), 'Naar de inhoud');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rl-main');
});

test('no console errors and no request leaves the page origin', async () => {
  await loadApp(app);
  await app.page.waitForLoadState('networkidle');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
});

test('the Content-Security-Policy allows only the app itself', async () => {
  await loadApp(app);
  const csp = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const inline = await app.page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')].length,
    styleAttributes: [...document.querySelectorAll('[style]')].length,
  }));
  assert.deepEqual(inline, { scripts: 0, styleAttributes: 0 });
});
