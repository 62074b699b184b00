// Browser benchmark of opening a large dataset list saved in the app's own format, in headless
// Chromium against the release bundle in dist/:
//   node scripts/bench-open.mjs              (after `make build`)
// With the example line open, a list of 40,000 datasets (about 14 MB of JSON, generated here) is
// chosen in the file input; measured on the page's clock from the input's `change` until the
// catalog line shows the new count, with the long tasks (PerformanceObserver `longtask`) meanwhile.
// Prints a Markdown table for docs/benchmarks.md.
import { openApp } from '../tests/e2e/support/chromium.mjs';
import { ownFormatList, openExampleAfresh } from '../tests/e2e/support/generated.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const DATASETS = Number(process.env.DATASETS ?? 40_000);
const text = ownFormatList(DATASETS, 2);
const buffer = Buffer.from(text);

const app = await openApp();
const rows = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const { page } = app;
    await openExampleAfresh(app, run);
    await page.evaluate((count) => {
      const b = (window.__bench = { long: [], marks: {} });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      document.addEventListener('change', () => (b.marks.chosen ??= performance.now()), true);
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="catalog-name"]')?.textContent.includes(`(${count} datasets)`)) b.marks.shown ??= performance.now();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, DATASETS);
    await page.locator('[data-testid="file-input"]').setInputFiles({ name: 'groot-register.json', mimeType: 'application/json', buffer });
    await page.waitForFunction(() => window.__bench.marks.shown, null, { timeout: 120_000 });
    await page.waitForTimeout(200);
    const b = await page.evaluate(() => window.__bench);
    const long = b.long.filter((l) => l.start >= b.marks.chosen && l.start <= b.marks.shown).map((l) => l.duration);
    rows.push({ time: b.marks.shown - b.marks.chosen, long });
  }
} finally {
  await app.close();
}

const ms = (v) => `${Math.round(v)} ms`;
console.log(`${DATASETS} datasets, ${(buffer.length / 1e6).toFixed(1)} MB`);
console.log('| run | file chosen → list shown | long tasks |');
console.log('| --- | --- | --- |');
rows.forEach((r, n) => {
  const long = r.long.length ? `${r.long.length} (longest ${ms(Math.max(...r.long))})` : 'none';
  console.log(`| ${n + 1} | ${ms(r.time)} | ${long} |`);
});
