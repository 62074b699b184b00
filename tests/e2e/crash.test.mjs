// When the WebAssembly app stops (a trap), the page says so in its language, keeps the frozen app
// out of reach, and hands over the reasoning line autosave kept, as a file that opens again.
// The trap is a real one, in the app's own module: its allocator refuses an impossible size by
// aborting, as a panic would (panic = "abort" in the release profile).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadApp, openExample } from './support/chromium.mjs';
import { assertNoViolations } from './support/axe.mjs';

let app;
before(async () => {
  // bypassCSP only so axe-core can be injected for the scan.
  app = await openApp({ bypassCSP: true, downloads: true });
});
after(async () => {
  await app?.close();
});

/** Makes the running module trap inside a timer callback, where a trap in an event handler lands. */
async function trap(page) {
  await page.evaluate(async () => {
    const glue = await import('./pkg/redeneerlijn.js');
    // Initialising again hands back the exports of the module already running.
    const exports = await glue.default();
    setTimeout(() => exports.__wbindgen_malloc(0xfffffff0, 1));
  });
}

/** The example, with nothing kept from before, once autosave has kept it. */
async function openKeptExample() {
  const { page } = app;
  await loadApp(app);
  await page.evaluate(() => localStorage.clear());
  await openExample(app);
  await page.waitForFunction(() => localStorage.getItem('redeneerlijn.autosave') !== null);
}

test('a stopped app is explained in Dutch and the kept line can be downloaded and opened again', async () => {
  const { page } = app;
  await openKeptExample();
  const nodes = await page.locator('.rl-node').count();
  await trap(page);

  const dialog = page.getByRole('alertdialog', { name: 'Redeneerlijn is gestopt' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /laad de pagina opnieuw/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'crash-reload');
  assert.equal(await page.locator('#app').getAttribute('inert'), '');
  await assertNoViolations(page, 'crash notice');

  const file = await app.downloads.from(page, '[data-action="crash-download"]');
  assert.match(file.name, /\.json$/);
  const saved = JSON.parse(file.text);
  assert.equal(saved.nodes.length, nodes);

  // The kept line opens again once the page is reloaded; the file opens like any other.
  await page.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
  await page.locator('.rl-node').first().waitFor();
  assert.equal(await page.locator('[data-testid="crash"]').count(), 0);
  await page.evaluate(() => localStorage.clear());
  await loadApp(app);
  await page.locator('[data-testid="file-input"]').setInputFiles(file.path);
  await page.locator('.rl-node').first().waitFor();
  assert.equal(await page.locator('.rl-node').count(), nodes);
});

test('the notice speaks English after the switch, and says when nothing was kept', async () => {
  const { page } = app;
  await loadApp(app);
  await page.evaluate(() => localStorage.clear());
  await loadApp(app);
  await page.locator("button[data-lang='en']").click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await trap(page);
  const dialog = page.getByRole('alertdialog', { name: 'Redeneerlijn has stopped' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /No reasoning line is kept in this browser/);
  assert.equal(await page.locator('[data-action="crash-download"]').count(), 0);
});

test('an error that is not the app stopping leaves the page alone', async () => {
  const { page } = app;
  await openKeptExample();
  await page.evaluate(() => setTimeout(() => {
    throw new Error('from a browser extension');
  }));
  await page.evaluate(() => {
    Promise.reject(new Error('not handled'));
  });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('[data-testid="crash"]').count(), 0);
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  assert.equal(await page.locator('[data-testid="crash"]').count(), 0);
});
