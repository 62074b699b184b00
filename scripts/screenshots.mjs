// Takes screenshots of the app's main states into target/screenshots/, to look at by eye.
import { mkdir } from 'node:fs/promises';
import { openApp, loadApp } from '../tests/e2e/support/chromium.mjs';

const out = new URL('../target/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const shot = (app, name, fullPage = false) =>
  app.page.screenshot({ path: new URL(`${name}.png`, out).pathname, fullPage });

const app = await openApp();
try {
  await loadApp(app);
  await app.page.evaluate(() => localStorage.clear());
  await app.page.reload();
  await app.page.waitForSelector('[data-testid="app-shell"]');
  await shot(app, 'start-nl', true);
  await app.page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await shot(app, 'start-examples');
  await app.page.locator('[data-sample="armoede-gezinnen"]').click();
  await app.page.locator('.rl-node').first().waitFor();
  await shot(app, 'example-open');
  await app.page.locator('.rl-node[data-id="n5"]').click();
  await shot(app, 'node-selected');
  await app.page.locator('[data-view="outline"]').click();
  await shot(app, 'outline');
  await app.page.getByRole('button', { name: 'English' }).click();
  await app.page.locator('[data-view="canvas"]').click();
  await shot(app, 'example-en');
  await app.page.setViewportSize({ width: 390, height: 844 });
  await shot(app, 'example-en-narrow', true);
  await app.page.getByRole('button', { name: 'Nederlands' }).click();
  console.log(`screenshots in ${out.pathname}`);
} finally {
  await app.close();
}
