// Browser benchmark of the editor budgets, in headless Chromium against the release bundle in dist/:
//   node scripts/bench-browser.mjs            (after `make build`; generates its own graph files)
// Measures: navigation -> example drawn; drag frame times at 300 and 1,000 nodes (p50/p95/max over
// the frames of a 120-step drag) with the number of nodes whose DOM changed during the drag; wasm
// memory after loading the 1,000-node graph. Prints a Markdown table for docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../tests/e2e/support/chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'redeneerlijn-bench-'));

function generate(nodes) {
  const file = join(dir, `graph-${nodes}.json`);
  const out = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'generate_graph', '--', String(nodes), file]);
  return { file, summary: out.toString().trim() };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function fresh(app, hash = '') {
  await app.page.goto(app.url);
  await app.page.evaluate(() => localStorage.clear());
  const start = Date.now();
  await app.page.goto(app.url + hash);
  return start;
}

async function loadTime(app) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    await fresh(app);
    const start = Date.now();
    await app.page.goto(app.url + '?run=' + run + '#voorbeeld=armoede-gezinnen');
    await app.page.locator('.rl-node').first().waitFor();
    await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    times.push(Date.now() - start);
  }
  return times;
}

async function drag(app, file) {
  const { page } = app;
  await fresh(app);
  await page.waitForSelector('[data-testid="app-shell"]');
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  await page.locator('.rl-node').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(500);
  const memory = await page.evaluate(() => globalThis.redeneerlijnMemoryBytes?.() ?? null);
  const nodes = await page.locator('.rl-node').count();
  // The visible node nearest the middle of the canvas.
  const id = await page.evaluate(() => {
    const area = document.querySelector('.rl-canvas__area').getBoundingClientRect();
    const mid = { x: area.left + area.width / 2, y: area.top + area.height / 2 };
    let best = null;
    for (const node of document.querySelectorAll('.rl-node')) {
      const r = node.querySelector('.rl-node__box').getBoundingClientRect();
      if (r.top < area.top || r.bottom > area.bottom || r.left < area.left || r.right > area.right) continue;
      const d = Math.hypot(r.left + r.width / 2 - mid.x, r.top + r.height / 2 - mid.y);
      if (!best || d < best.d) best = { d, id: node.dataset.id };
    }
    return best?.id;
  });
  const box = await page.locator(`.rl-node[data-id="${id}"] .rl-node__box`).boundingBox();
  const xBefore = await page.locator(`.rl-node[data-id="${id}"]`).evaluate((el) => el.style.transform);
  // Record every frame and which nodes' DOM changed while the pointer moves.
  await page.evaluate(() => {
    window.__frames = [];
    window.__changed = new Set();
    window.__recording = true;
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target.closest?.('.rl-node') ?? r.target.parentElement?.closest?.('.rl-node');
        if (node) window.__changed.add(node.dataset.id);
      }
    });
    window.__observer.observe(document.querySelector('.rl-canvas__nodes'), { attributes: true, childList: true, subtree: true, characterData: true });
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 120; step++) {
    await page.mouse.move(x + step * 2, y + Math.sin(step / 10) * 40);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await page.mouse.up();
  const { frames, changed } = await page.evaluate(() => {
    window.__recording = false;
    window.__observer.disconnect();
    return { frames: window.__frames, changed: [...window.__changed] };
  });
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const xAfter = await page.locator(`.rl-node[data-id="${id}"]`).evaluate((el) => el.style.transform);
  if (xAfter === xBefore) throw new Error(`node ${id} did not move: the drag did not happen`);
  return { nodes, memory, intervals, changed: changed.length };
}

const app = await openApp();
try {
  const load = await loadTime(app);
  console.log('| measurement | result |');
  console.log('| --- | --- |');
  console.log(`| navigation → example drawn (median of ${RUNS}) | ${percentile(load, 50)} ms (runs: ${load.join(', ')} ms) |`);
  for (const size of [300, 1000]) {
    const { file, summary } = generate(size);
    const result = await drag(app, file);
    const fmt = (v) => v.toFixed(1);
    console.log(
      `| drag, ${summary.replace(/^.*: /, '')}: frame p50 / p95 / max | ${fmt(percentile(result.intervals, 50))} / ${fmt(percentile(result.intervals, 95))} / ${fmt(Math.max(...result.intervals))} ms over ${result.intervals.length} frames; DOM changed in ${result.changed} node(s) |`,
    );
    if (size === 1000 && result.memory) {
      console.log(`| wasm memory after loading ${result.nodes} nodes | ${(result.memory / 1048576).toFixed(1)} MB |`);
    }
  }
} finally {
  await app.close();
}
