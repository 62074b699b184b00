// Browser benchmark of suggestions while typing, in headless Chromium against the release bundle
// in dist/:
//   node scripts/bench-suggest.mjs        (after `make build`)
// The labelled benchmark list (tests/fixtures/matching/catalog.json: 578 real CBS, GGM, Iv3 and
// Utrecht datasets) is repeated to DATASETS datasets (default 50,000; ids made unique, texts kept,
// so every word is as common as in a list of that size) and opened with the example line. Then
// phrases as officers type them go into the concept field of a node a letter at a time, and per
// keystroke the page's clock measures keydown -> the next animation frame (the suggestions are
// computed in the input handler, so this is the time until the browser can paint them), with the
// long tasks seen meanwhile. Also: the time to open the list (file chosen -> list shown) and the
// longest task while it is indexed. Prints Markdown for docs/benchmarks.md.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../tests/e2e/support/chromium.mjs';
import { openExampleAfresh } from '../tests/e2e/support/generated.mjs';

const DATASETS = Number(process.env.DATASETS ?? 50_000);
const PHRASES = [
  'kinderen in armoede', 'uitstroom naar werk', 'schuldhulpverlening', 'eenzame ouderen',
  'bijstandsuitkeringen', 'aantal inwoners per buurt', 'woz waarde woningen', 'jongeren zonder startkwalificatie',
];

const base = JSON.parse(readFileSync(new URL('../tests/fixtures/matching/catalog.json', import.meta.url), 'utf8'));
const datasets = [];
for (let copy = 0; datasets.length < DATASETS; copy += 1) {
  base.datasets.forEach((d, i) => {
    if (datasets.length >= DATASETS) return;
    datasets.push({ ...d, id: copy === 0 ? d.id : `${d.id.slice(0, 50)}-${copy}-${i}` });
  });
}
const dir = mkdtempSync(join(tmpdir(), 'redeneerlijn-bench-suggest-'));
const file = join(dir, 'datasetlijst.json');
writeFileSync(file, JSON.stringify({ ...base, title: `Benchmarklijst (${DATASETS} datasets)`, datasets }));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (x) => `${x.toFixed(1)} ms`;

const app = await openApp();
try {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExampleAfresh(app, 0);
  await page.evaluate(() => {
    const b = (window.__bench = { long: [], keys: [] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    document.addEventListener('change', () => (b.chosen ??= performance.now()), true);
  });
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  await page.waitForFunction((n) =>
    document.querySelector('[data-testid="catalog-name"]')?.textContent.includes(`(${n} datasets)`), DATASETS,
  { timeout: 120_000 });
  const open = await page.evaluate(() => {
    const b = window.__bench;
    const longest = Math.max(0, ...b.long.map((l) => l.duration));
    return { shown: performance.now() - b.chosen, longest, count: b.long.length };
  });

  await page.locator('.rl-node[data-id="n12"]').click();
  const field = page.locator('#rl-n12-ind0-concept');
  await field.waitFor();
  await page.evaluate(() => {
    const b = window.__bench;
    b.long = [];
    const input = document.querySelector('#rl-n12-ind0-concept');
    input.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => b.keys.push(performance.now() - t0));
    }, true);
  });
  for (const phrase of PHRASES) {
    await field.fill('');
    for (const letter of phrase) {
      await field.press(letter === ' ' ? 'Space' : letter);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(100);
  }
  const typed = await page.evaluate(() => ({ keys: window.__bench.keys, long: window.__bench.long.map((l) => l.duration) }));
  const shown = await page.locator('#rl-n12-ind0-concept-suggestions [role="option"]').count();
  console.log(`| datasets | keystrokes | median | p95 | max | long tasks while typing | options shown at the end |`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
  console.log(`| ${DATASETS.toLocaleString('en')} | ${typed.keys.length} | ${ms(percentile(typed.keys, 50))} | ${ms(percentile(typed.keys, 95))} | ${ms(Math.max(...typed.keys))} | ${typed.long.length}${typed.long.length ? ` (longest ${ms(Math.max(...typed.long))})` : ''} | ${shown} |`);
  console.log();
  console.log(`Opening the list: file chosen -> list shown ${ms(open.shown)}; ${open.count} tasks over 50 ms, longest ${ms(open.longest)}.`);
  if (app.consoleErrors.length) console.log('console errors:', app.consoleErrors);
} finally {
  await app.close();
}
