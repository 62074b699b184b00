// Browser benchmark of importing a large dataset list, in headless Chromium against the release
// bundle in dist/:
//   node scripts/bench-import.mjs            (after `make build`; generates its own 50,000-row CSV)
// With the example line open, a 50,000-dataset spreadsheet export is chosen in the file input;
// measured on the page's clock: file chosen (`change`) -> column mapping step shown, click on
// "Inlezen" -> new list shown (the dataset count in the catalog line), and during both the longest
// gap between animation frames and the long tasks (PerformanceObserver `longtask`, tasks over
// 50 ms); then the autosave of the new list (IndexedDB, written a part at a time) until local
// storage points to it, and a reload until the list is back on screen. Prints Markdown tables for
// docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../tests/e2e/support/chromium.mjs';
import { openExampleAfresh } from '../tests/e2e/support/generated.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const DATASETS = Number(process.env.DATASETS ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), 'redeneerlijn-bench-import-'));
const csv = join(dir, 'catalogus.csv');
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'generate_graph', '--', '10', join(dir, 'g.json'), String(DATASETS), csv]);

/**
 * Starts recording in the page: every animation frame, every long task, and the moments of each
 * phase, all on the page's clock: the file input's `change` (file chosen), the mapping step shown,
 * the click on "Inlezen", the new list shown (the dataset count in the catalog line). A page-side
 * observer sees every change, even one that is on screen only briefly (the autosave notice may
 * follow the import's notice).
 */
const record = (page, datasets) =>
  page.evaluate((datasets) => {
    const b = (window.__bench = { frames: [], long: [], marks: {}, on: true });
    const tick = (t) => {
      b.frames.push(t);
      if (b.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    document.addEventListener('change', () => (b.marks.chosen ??= performance.now()), true);
    document.addEventListener('click', (e) => {
      if (e.target.closest?.('[data-action="csv-import"]')) b.marks.import ??= performance.now();
    }, true);
    new MutationObserver(() => {
      const now = performance.now();
      if (document.querySelector('[data-testid="csv-import"]')) b.marks.step ??= now;
      if (document.querySelector('[data-testid="catalog-name"]')?.textContent.includes(`(${datasets} datasets)`)) b.marks.shown ??= now;
      if (document.querySelector('[data-testid="import-progress"]')) b.marks.progress ??= now;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, datasets);

/** The longest frame gap and the long tasks between two marks. */
const window_ = (b, from, to) => {
  const frames = b.frames.filter((t) => t >= from && t <= to + 50);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const long = b.long.filter((l) => l.start >= from && l.start <= to).map((l) => l.duration);
  return { maxGap: Math.max(0, ...gaps), long };
};

const app = await openApp();
const rows = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const { page } = app;
    await openExampleAfresh(app, run);
    await record(page, DATASETS);
    await page.locator('[data-testid="file-input"]').setInputFiles(csv);
    await page.waitForFunction(() => window.__bench.marks.step, null, { timeout: 60_000 });
    await page.waitForTimeout(200);
    await page.locator('[data-action="csv-import"]').click();
    await page.waitForFunction(() => window.__bench.marks.shown, null, { timeout: 60_000 });
    // The autosave follows 400 ms later: kept once local storage points to IndexedDB.
    await page.evaluate(() => {
      const b = window.__bench;
      const look = () => {
        if (localStorage.getItem('redeneerlijn.autosave.catalog') === 'indexeddb') b.marks.kept = performance.now();
        else requestAnimationFrame(look);
      };
      look();
    });
    await page.waitForFunction(() => window.__bench.marks.kept, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const b = await page.evaluate(() => {
      window.__bench.on = false;
      return window.__bench;
    });
    const { chosen, step, import: clicked, shown, kept } = b.marks;
    // A reload, measured from navigation (the page clock's zero) until the list is back.
    await page.addInitScript((datasets) => {
      const r = (window.__restore = { long: [], shown: null });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) r.long.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="catalog-name"]')?.textContent.includes(`(${datasets} datasets)`)) r.shown ??= performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, DATASETS);
    await page.reload();
    await page.waitForFunction(() => window.__restore?.shown, null, { timeout: 60_000 });
    const restore = await page.evaluate(() => window.__restore);
    rows.push({
      read: step - chosen,
      reading: window_(b, chosen, step),
      imported: shown - clicked,
      importing: window_(b, clicked, shown),
      kept: kept - shown,
      keeping: window_(b, shown, kept + 300),
      restored: restore.shown,
      restoring: restore.long,
    });
  }
} finally {
  await app.close();
}

const ms = (v) => `${Math.round(v)} ms`;
const longTasks = (l) => (l.length ? `${l.length} (longest ${ms(Math.max(...l))})` : 'none');
console.log('| run | file chosen → mapping step | longest frame gap | long tasks | "Inlezen" → new list | longest frame gap | long tasks | together |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
rows.forEach((r, n) => {
  console.log(
    `| ${n + 1} | ${ms(r.read)} | ${ms(r.reading.maxGap)} | ${longTasks(r.reading.long)} | ${ms(r.imported)} | ${ms(r.importing.maxGap)} | ${longTasks(r.importing.long)} | ${ms(r.read + r.imported)} |`,
  );
});
console.log();
console.log('| run | new list shown → kept in IndexedDB | longest frame gap | long tasks | reload → list back | long tasks |');
console.log('| --- | --- | --- | --- | --- | --- |');
rows.forEach((r, n) => {
  console.log(
    `| ${n + 1} | ${ms(r.kept)} | ${ms(r.keeping.maxGap)} | ${longTasks(r.keeping.long)} | ${ms(r.restored)} | ${longTasks(r.restoring)} |`,
  );
});
