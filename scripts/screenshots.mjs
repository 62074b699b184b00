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
  // Matching: suggestions while typing, candidates of an open need, the review of links.
  for (const [width, height] of [[1280, 720], [1440, 900]]) {
    await app.page.setViewportSize({ width, height });
    await app.page.locator('.rl-node[data-id="n12"]').click();
    const concept = app.page.locator('#rl-n12-ind0-concept');
    await concept.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await concept.fill('');
    await concept.pressSequentially('hulp van de formulierenbrig');
    await concept.press('ArrowDown');
    await shot(app, `suggestions-${width}`);
    await concept.press('Escape');
    await concept.press('Escape');
    await app.page.locator('.rl-node[data-id="n1"]').click();
    await app.page.locator('[data-need-status="to-link"]').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(app, `candidates-${width}`);
    await app.page.locator('[data-action="review-links"]').click();
    await app.page.locator('[data-testid="link-review"]').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(app, `review-${width}`);
    await app.page.locator('[data-action="review-close"]').click();
  }
  await app.page.setViewportSize({ width: 1280, height: 800 });
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
