// The shipped examples are static files fetched when one is opened (not part of the app's
// download): opening one fetches exactly its graph and the example catalog from the app's own
// origin, and a file that cannot be fetched gives a notice instead of a broken app.
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

async function startScreen() {
  await loadApp(app);
  await app.page.evaluate(() => localStorage.clear());
  await app.page.reload();
  await app.page.waitForSelector('[data-testid="app-shell"]');
  await app.page.getByRole('button', { name: 'Voorbeeld openen' }).click();
}

test('opening an example fetches its graph and the example catalog, nothing else', async () => {
  const { page } = app;
  await startScreen();
  const fetched = [];
  const listener = (request) => fetched.push(new URL(request.url()).pathname);
  page.on('request', listener);
  await page.locator('[data-sample="eenzaamheid-ouderen"]').click();
  await page.locator('.rl-node').first().waitFor();
  page.off('request', listener);
  assert.deepEqual(fetched.sort(), [
    '/examples/catalogus-voorbeeldgemeente.json',
    '/examples/eenzaamheid-ouderen.json',
  ]);
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});

test('an example link in the address opens that example', async () => {
  // A new document, not a hash change within the current one.
  await app.page.goto('about:blank');
  await loadApp(app, '#voorbeeld=armoede-gezinnen');
  await app.page.getByRole('heading', { name: /^Armoede en schulden bij gezinnen/ }).waitFor();
  assert.ok((await app.page.locator('.rl-node').count()) >= 8);
});

test('an example that cannot be fetched gives a notice and leaves the start screen usable', async () => {
  const { page } = app;
  await startScreen();
  await page.route('**/examples/armoede-gezinnen.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.locator('[data-sample="armoede-gezinnen"]').click();
  const notice = page.locator('[data-notice="load-failed"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /armoede-gezinnen\.json/);
  assert.equal(await page.locator('.rl-node').count(), 0);
  await page.unroute('**/examples/armoede-gezinnen.json');
  // The other example still opens.
  await page.locator('[data-sample="eenzaamheid-ouderen"]').click();
  await page.locator('.rl-node').first().waitFor();
});
