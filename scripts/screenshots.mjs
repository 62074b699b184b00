// Takes screenshots of the app's main states into target/screenshots/, to look at by eye.
import { mkdir } from 'node:fs/promises';
import { openApp, loadApp } from '../tests/e2e/support/chromium.mjs';

const out = new URL('../target/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const app = await openApp();
try {
  await loadApp(app);
  await app.page.screenshot({ path: new URL('shell-nl.png', out).pathname, fullPage: true });
  await app.page.getByRole('button', { name: 'English' }).click();
  await app.page.screenshot({ path: new URL('shell-en.png', out).pathname, fullPage: true });
  await app.page.setViewportSize({ width: 390, height: 844 });
  await app.page.screenshot({ path: new URL('shell-en-narrow.png', out).pathname, fullPage: true });
  await app.page.getByRole('button', { name: 'Nederlands' }).click();
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await app.page.keyboard.press('Tab');
  await app.page.screenshot({ path: new URL('shell-skip-link.png', out).pathname });
  console.log(`screenshots in ${out.pathname}`);
} finally {
  await app.close();
}
