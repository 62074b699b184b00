// A data team's own vocabulary of synonyms in the app: opened like any file, it connects an
// officer's word to a dataset the shipped synonyms do not; the dataset list says which synonyms
// are in use and offers the team's file again; it survives a reload, and removing it goes back
// to the shipped list. A broken file, a kept copy that no longer reads and a browser that refuses
// to keep it are each reported; axe-core clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { loadApp, openApp, openExample } from './support/chromium.mjs';
import { assertNoViolations } from './support/axe.mjs';
import { ownFormatList } from './support/generated.mjs';

const FIXTURE = fileURLToPath(new URL('./fixtures/woorden-welzijn.json', import.meta.url));
const TITLE = 'Woorden van het datateam Sociaal Domein';
const KEY = 'redeneerlijn.autosave.vocabulary';

let app;
before(async () => {
  app = await openApp({ bypassCSP: true, downloads: true });
});
after(async () => {
  await app?.close();
});

const concept = () => app.page.locator('#rl-n12-ind0-concept');
const listbox = () => app.page.locator('#rl-n12-ind0-concept-suggestions');
const offered = (id) => listbox().locator(`[data-choice="dataset"][data-dataset="${id}"]`);
const inUse = () => app.page.locator('[data-testid="vocabulary-in-use"]');

/** The example, with nothing kept in the browser from an earlier test. */
async function start() {
  await loadApp(app);
  await app.page.evaluate(() => localStorage.clear());
  await openExample(app, 'armoede-gezinnen');
}

/**
 * Whether typing `word` into n12's first indicator field offers the Stichting Welzijn's dataset
 * as a synonym's find. The word the list holds comes first, so the suggestions are visibly worked
 * out again for `word`: the list closes (nothing offered) or names the synonym.
 */
async function offeredAsSynonym(word) {
  await app.page.locator('.rl-node[data-id="n12"]').click();
  await concept().waitFor();
  await concept().fill('formulierenbrigade');
  await offered('welzijn-deelnemers').waitFor();
  await concept().fill(word);
  await app.page.waitForFunction(() => {
    const list = document.querySelector('#rl-n12-ind0-concept-suggestions');
    const option = list?.querySelector('[data-dataset="welzijn-deelnemers"]');
    return list?.hidden || option?.textContent.includes('is een synoniem van');
  });
  return !(await listbox().evaluate((list) => list.hidden));
}

/** Waits until the line is autosaved, so a reload brings it back. */
async function autosaved() {
  await app.page.waitForFunction(() => localStorage.getItem('redeneerlijn.autosave') !== null);
}

async function openFile(file) {
  await app.page.locator('[data-testid="file-input"]').setInputFiles(file);
}

async function datasetsView() {
  await app.page.locator('[data-view="datasets"]').click();
  await inUse().waitFor();
}

test('a team\'s synonym offers a dataset, the list names the vocabulary, and it survives a reload until removed', async () => {
  await start();
  const { page } = app;
  assert.equal(await offeredAsSynonym('formulierenhulp'), false, 'the shipped synonyms do not connect the word');

  await openFile(FIXTURE);
  const notice = page.locator('[data-notice="vocabulary-loaded"]');
  await notice.waitFor();
  assert.match(
    await notice.innerText(),
    new RegExp(`Woordenlijst „${TITLE}” geladen: 2 groepen synoniemen worden nu gebruikt bij voorstellen\\.`),
  );
  assert.match(await notice.innerText(), /alleen voorstellen/, 'a synonym never counts as covered');
  await assertNoViolations(page, 'vocabulary loaded');

  assert.equal(await offeredAsSynonym('formulierenhulp'), true, 'the team\'s synonym connects it');
  const option = offered('welzijn-deelnemers');
  assert.match(await option.innerText(), /Stichting Welzijn/);
  // Saved as the indicator's concept, the word is a need with a suggestion, never covered.
  await page.keyboard.press('Escape');
  await concept().press('Tab');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="needs"] > li')?.getAttribute('data-need-status') === 'to-link');

  await datasetsView();
  assert.match(await inUse().innerText(), new RegExp(`^Synoniemen: meegeleverde lijst \\(\\d+ groepen\\) \\+ ${TITLE} \\(2 groepen\\)$`));
  await assertNoViolations(page, 'dataset list with a team vocabulary');
  const file = await app.downloads.from(page, '[data-action="download-vocabulary"]');
  assert.equal(file.name, 'woorden-van-het-datateam-sociaal-domein.json');
  const original = JSON.parse(await readFile(FIXTURE, 'utf8'));
  const written = JSON.parse(file.text);
  assert.equal(written.title, TITLE);
  assert.deepEqual(written.groups, original.groups);
  assert.deepEqual(written.sources, original.sources);

  // Kept next to the autosave: the reload indexes the restored list with it.
  await autosaved();
  await page.reload();
  await page.locator('.rl-node').first().waitFor();
  assert.equal(await offeredAsSynonym('formulierenhulp'), true, 'still in use after a reload');
  await page.keyboard.press('Escape');
  await datasetsView();
  assert.match(await inUse().innerText(), new RegExp(`\\+ ${TITLE} \\(2 groepen\\)`));

  await page.locator('[data-action="remove-vocabulary"]').click();
  const removed = page.locator('[data-notice="vocabulary-removed"]');
  await removed.waitFor();
  assert.match(await removed.innerText(), /weer alleen de meegeleverde lijst/);
  assert.match(await inUse().innerText(), /^Synoniemen: meegeleverde lijst \(\d+ groepen\)$/);
  assert.equal(await page.locator('[data-action="remove-vocabulary"]').count(), 0);
  await page.locator('[data-view="canvas"]').click();
  assert.equal(await offeredAsSynonym('formulierenhulp'), false, 'gone with the vocabulary');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);

  await page.reload();
  await page.locator('.rl-node').first().waitFor();
  assert.equal(await offeredAsSynonym('formulierenhulp'), false, 'and stays gone after a reload');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
});

test('a broken vocabulary file is named with its problems and changes nothing', async () => {
  await start();
  const { page } = app;
  const broken = {
    format: 'redeneerlijn-vocabulary',
    version: 1,
    title: 'Half af',
    sources: { team: 'Datateam' },
    groups: [{ terms: ['formulierenhulp'], source: 'team' }, { terms: ['a', 'b'], source: 'elders' }],
  };
  await openFile({ name: 'half-af.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const notice = page.locator('[data-notice="load-failed"]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /half-af\.json/);
  assert.match(text, /groups\[0\]\.terms/);
  assert.match(text, /elders/);
  await datasetsView();
  assert.match(await inUse().innerText(), /^Synoniemen: meegeleverde lijst \(\d+ groepen\)$/);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
  assert.deepEqual(app.consoleErrors, []);
});

test('a kept copy that no longer reads is reported once and put out of use', async () => {
  await start();
  const { page } = app;
  await autosaved();
  await page.evaluate((key) => localStorage.setItem(key, '{"format": "redeneerlijn-vocabulary", "version": 1'), KEY);
  await page.reload();
  const notice = page.locator('[data-notice="vocabulary-not-restored"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /meegeleverde lijst/);
  await assertNoViolations(page, 'kept vocabulary not restored');
  const kept = await page.evaluate((key) => [localStorage.getItem(key), localStorage.getItem(`${key}.unread`)], KEY);
  assert.deepEqual(kept, [null, '{"format": "redeneerlijn-vocabulary", "version": 1']);
  await page.locator('.rl-node').first().waitFor();
  await datasetsView();
  assert.match(await inUse().innerText(), /^Synoniemen: meegeleverde lijst \(\d+ groepen\)$/);
  await page.reload();
  await page.locator('.rl-node').first().waitFor();
  assert.equal(await page.locator('[data-notice="vocabulary-not-restored"]').count(), 0);
  assert.deepEqual(app.consoleErrors, []);
});

test('a browser that refuses to keep the vocabulary says so, and the vocabulary is still used', async () => {
  const refusing = await openApp();
  try {
    // Local storage full for the vocabulary only: the rest of the work is still kept.
    await refusing.context.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name, value) {
        if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, name, value);
      };
    }, KEY);
    await openExample(refusing, 'armoede-gezinnen');
    await refusing.page.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
    const notice = refusing.page.locator('[data-notice="vocabulary-not-kept"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /na herladen is hij weg/);
    assert.match(await notice.innerText(), /quota/i);
    await refusing.page.locator('[data-view="datasets"]').click();
    assert.match(await refusing.page.locator('[data-testid="vocabulary-in-use"]').innerText(), new RegExp(`\\+ ${TITLE}`));
  } finally {
    await refusing.close();
  }
});

test('a large dataset list is prepared for the vocabulary a part at a time, and both come back after a reload', async () => {
  await start();
  const { page } = app;
  const catalogLine = () => page.locator('[data-testid="catalog-name"]').innerText();
  await openFile({ name: 'groot-register.json', mimeType: 'application/json', buffer: Buffer.from(ownFormatList(30_000)) });
  await page.waitForFunction(() => document.querySelector('[data-testid="catalog-name"]')?.textContent.includes('(30000 datasets)'), null, { timeout: 30_000 });
  // Recorded in the page, so a short-lived progress display is not missed.
  await page.evaluate(() => {
    window.__seen = { phases: [], titles: [], longest: 0 };
    const seen = window.__seen;
    new MutationObserver(() => {
      const section = document.querySelector('[data-testid="import-progress"]');
      if (section && seen.phases.at(-1) !== section.dataset.phase) {
        seen.phases.push(section.dataset.phase);
        seen.titles.push(section.querySelector('.rl-import-progress__title')?.textContent);
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) seen.longest = Math.max(seen.longest, task.duration);
    }).observe({ type: 'longtask' });
  });
  await openFile(FIXTURE);
  await page.locator('[data-notice="vocabulary-loaded"]').waitFor({ timeout: 30_000 });
  const seen = await page.evaluate(() => window.__seen);
  console.log(`progress: ${JSON.stringify(seen.titles)}; longest task ${seen.longest} ms`);
  assert.deepEqual(seen.phases, ['indexing']);
  assert.match(seen.titles[0], /Datasetlijst voorbereiden voor de analyse: woorden-welzijn\.json/);
  assert.equal(await page.locator('[data-testid="import-progress"]').count(), 0, 'the progress display is gone');
  assert.match(await catalogLine(), /\(30000 datasets\)/);

  // The list is kept in IndexedDB, read back after the vocabulary: indexed with it.
  await page.waitForFunction(() => localStorage.getItem('redeneerlijn.autosave.catalog') === 'indexeddb', null, { timeout: 30_000 });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('[data-testid="catalog-name"]')?.textContent.includes('(30000 datasets)'), null, { timeout: 30_000 });
  await datasetsView();
  assert.match(await inUse().innerText(), new RegExp(`\\+ ${TITLE} \\(2 groepen\\)`));
  assert.deepEqual(app.consoleErrors, []);
});
