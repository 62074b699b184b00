// A dataset list from a spreadsheet (and from CKAN and DCAT-AP exports), end to end in Chromium: open a CSV next to an open example,
// check the guessed columns, map an unknown one by hand, import, see the findings use the new
// list and the row problems named by line; a broken CSV leaves the list as it was; the list
// downloads as CSV and reads back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, openExample } from './support/chromium.mjs';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/csv/${name}`, import.meta.url));

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const catalogLine = () => app.page.locator('[data-testid="catalog-name"]').innerText();
const step = () => app.page.locator('[data-testid="csv-import"]');
const importButton = () => app.page.locator('[data-action="csv-import"]');

test('a Dutch spreadsheet is mapped by its headers and replaces the dataset list', async () => {
  await openExample(app);
  const { page } = app;
  const nodeCount = await page.locator('.rl-node').count();
  assert.match(await catalogLine(), /33 datasets/);
  await page.locator('[data-testid="file-input"]').setInputFiles(fixture('datasetlijst-nl.csv'));
  await step().waitFor();
  // The step takes the focus, so keyboard users start there.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rl-csv-import-title');
  const chosen = await page.locator('.rl-csv-import__select').evaluateAll((selects) =>
    selects.map((s) => s.value));
  assert.deepEqual(chosen, [
    'id', 'title', 'owner', 'source', 'concepts', 'aliases', 'level', 'frequency', 'period',
    'access', 'notes',
  ]);
  assert.match(await step().innerText(), /Kerncijfers wijken en buurten 2024/);
  assert.equal(await importButton().isEnabled(), true);
  await importButton().click();
  const notice = page.locator('[data-notice="catalog-imported"]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /6 datasets ingelezen, 2 regels overgeslagen/);
  assert.match(text, /Regel 8, kolom „Titel”: geen titel/);
  assert.match(text, /Regel 5, kolom „Frequentie”: onbekende frequentie „Tweejaarlijks”/);
  assert.match(await catalogLine(), /datasetlijst-nl \(6 datasets\)/);
  assert.equal(await page.locator('.rl-node').count(), nodeCount, 'the reasoning line stays');
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await notice.innerText(), /6 datasets imported, 2 lines skipped/);
  assert.match(await notice.innerText(), /Line 8, column “Titel”: no title/);
  await page.getByRole('button', { name: 'Nederlands' }).click();
});

test('cells listing several concepts are split as the officer chooses, and the notice counts them', async () => {
  await openExample(app);
  const { page } = app;
  await page.locator('[data-testid="file-input"]').setInputFiles(fixture('meerdere-begrippen.csv'));
  await step().waitFor();
  const separator = page.getByLabel('Meerdere begrippen in één cel gescheiden door');
  assert.equal(await separator.inputValue(), 'automatic');
  const split = page.locator('[data-testid="csv-split"]');
  assert.match(await split.innerText(), /wordt 3 begrippen: Aantal inwoners · Huishoudens met kinderen · Bevolkingsdichtheid/);
  await separator.selectOption('none');
  assert.match(await split.innerText(), /blijft één begrip/);
  await separator.selectOption('automatic');
  await importButton().click();
  const notice = page.locator('[data-notice="catalog-imported"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /5 cellen met meerdere begrippen gesplitst in losse begrippen\./);
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await notice.innerText(), /5 cells with several concepts split into separate concepts\./);
  await page.getByRole('button', { name: 'Nederlands' }).click();
});

test('unknown headers are mapped by hand before the import is possible', async () => {
  await openExample(app);
  const { page } = app;
  await page.locator('[data-testid="file-input"]').setInputFiles(fixture('onbekende-kolommen.csv'));
  await step().waitFor();
  assert.equal(await importButton().isDisabled(), true);
  assert.match(await page.locator('[data-testid="csv-missing"]').innerText(), /Begrippen/);
  await page.getByLabel('Gegeven: Wat zit erin').selectOption('concepts');
  assert.equal(await page.locator('[data-testid="csv-missing"]').count(), 0);
  await importButton().click();
  await page.locator('[data-notice="catalog-imported"]').waitFor();
  assert.match(await catalogLine(), /onbekende-kolommen \(1 datasets\)/);
});

test('cancelling, and a file that is not UTF-8, leave the dataset list as it was', async () => {
  await openExample(app);
  const { page } = app;
  await page.locator('[data-testid="file-input"]').setInputFiles(fixture('datasets-en.csv'));
  await step().waitFor();
  await page.locator('[data-action="csv-cancel"]').click();
  await page.locator('.rl-node').first().waitFor();
  assert.match(await catalogLine(), /33 datasets/);
  await page.locator('[data-testid="file-input"]').setInputFiles(fixture('windows-1252.csv'));
  const notice = page.locator('[data-notice="load-failed"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Regel 2: dit is geen UTF-8-tekst/);
  assert.match(await catalogLine(), /33 datasets/);
  assert.equal(await step().count(), 0);
});

test('the dataset list downloads as CSV and opens again as the same list', async () => {
  await openExample(app);
  const { page } = app;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-catalog-csv"]').click(),
  ]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  assert.match(text, /^\uFEFFid;titel;eigenaar;soort bron;begrippen;aliassen;niveau;frequentie;periode;toegang;opmerkingen\r\n/);
  assert.equal(text.trim().split('\r\n').length, 34);
  await page.locator('[data-testid="file-input"]').setInputFiles({
    name: 'terug.csv', mimeType: 'text/csv', buffer: Buffer.from(text),
  });
  await step().waitFor();
  await importButton().click();
  const notice = page.locator('[data-notice="catalog-imported"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /33 datasets ingelezen, 0 regels overgeslagen/);
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
});

test('a saved CKAN search from data.overheid.nl becomes the dataset list', async () => {
  await openExample(app);
  const { page } = app;
  const file = fileURLToPath(new URL('../fixtures/ckan/package_search-donl.json', import.meta.url));
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  const notice = page.locator('[data-notice="catalog-imported"]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /3 datasets ingelezen, 1 regels overgeslagen/);
  assert.match(text, /result\.results\[2\]\.frequency: onbekende frequentie/);
  assert.match(text, /Niet ingelezen kolommen of velden: identifier, license_id, resources/);
  assert.match(await catalogLine(), /package_search-donl \(3 datasets\)/);
});

test('a DCAT-AP catalog in JSON-LD becomes the dataset list', async () => {
  await openExample(app);
  const { page } = app;
  const file = fileURLToPath(new URL('../fixtures/dcat/catalogus-dcat-ap-donl.jsonld', import.meta.url));
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  const notice = page.locator('[data-notice="catalog-imported"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /2 datasets ingelezen, 1 regels overgeslagen/);
  assert.match(await notice.innerText(), /dct:title: geen titel; overgeslagen/);
  assert.match(await catalogLine(), /catalogus-dcat-ap-donl \(2 datasets\)/);
});

test('long findings lists show their first items and more on request', async () => {
  await openExample(app);
  const { page } = app;
  const rows = Array.from({ length: 300 }, (_, n) => `ds-${n};Registratie ${n};Onbekend begrip ${n};wijk;jaar`);
  const csv = ['id;titel;begrippen;niveau;frequentie', ...rows].join('\n');
  await page.locator('[data-testid="file-input"]').setInputFiles({
    name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(csv),
  });
  await step().waitFor();
  await importButton().click();
  await page.locator('[data-notice="catalog-imported"]').waitFor();
  const unused = page.locator('[data-findings="unused"]');
  assert.match(await unused.locator('h3').innerText(), /\(300\)/);
  assert.equal(await unused.locator('li').count(), 50);
  await unused.getByRole('button', { name: 'Meer tonen (250)' }).click();
  assert.equal(await unused.locator('li').count(), 200);
  await unused.getByRole('button', { name: 'Meer tonen (100)' }).click();
  assert.equal(await unused.locator('li').count(), 300);
  assert.equal(await unused.locator('[data-action="show-more"]').count(), 0);
});

test('the data request, the unused data and the purpose register download as CSV reports', async () => {
  await openExample(app);
  const { page } = app;
  const download = async (action) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-action="${action}"]`).click(),
    ]);
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  const request = await download('report-request');
  assert.match(request.name, /^datavraag-armoede-en-schulden/);
  assert.match(request.text, /^\uFEFFleverancier;begrip;niveau;frequentie;periode;doelgroep;stand;nodig voor\r\n/);
  assert.match(request.text, /\r\n\(nog onbekend\);Kinderen in huishoudens met een laag inkomen;gemeente;jaar;2024-2027;/);
  assert.match(request.text, /GGD Voorbeeldregio;Moeite met rondkomen;wijk;jaar;2024-2027;[^;]*;Te grof: per gemeente, nodig per wijk\./);
  const unused = await download('report-unused');
  const lines = unused.text.split('\r\n');
  assert.equal(lines[0], '\uFEFFid;titel;eigenaar;toegang;let op');
  assert.match(lines[1], /^gem-brp;.*;persoonsgegevens;Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico/);
  const purpose = await download('report-purpose');
  assert.match(purpose.name, /^doelbinding-armoede-en-schulden/);
  assert.match(purpose.text, /^\uFEFFid;titel;eigenaar;toegang;dient de doelen;gebruikt door\r\n/);
  assert.match(purpose.text, /\r\ngem-brp;[^\r]*;\(geen doel in deze redeneerlijn: waarom worden deze persoonsgegevens bewaard\?\);\r\n/);
  await page.getByRole('button', { name: 'English' }).click();
  const english = await download('report-request');
  assert.match(english.text, /^\uFEFFsupplier;concept;level;frequency;period;target group;status;needed for\r\n/);
  await page.getByRole('button', { name: 'Nederlands' }).click();
});

test('the dataset view searches, filters and leads from a dataset to the parts that use it', async () => {
  await openExample(app);
  const { page } = app;
  await page.locator('[data-view="datasets"]').click();
  const view = page.locator('[data-testid="catalog-view"]');
  await view.waitFor();
  assert.equal(await page.locator('[data-testid="catalog-count"]').innerText(), '33 datasets');
  await page.locator('[data-testid="catalog-search"]').fill('wmo');
  await page.locator('[data-testid="catalog-use"]').selectOption('used');
  assert.equal(await page.locator('[data-testid="catalog-count"]').innerText(), '2 van de 33 datasets');
  const row = view.locator('tr[data-dataset="cbs-85984NED"]');
  const user = row.locator('button[data-id]').first();
  const id = await user.getAttribute('data-id');
  await user.click();
  assert.match(await page.locator('[data-testid="node-form"]').innerText(), /Doel|Effect|Interventie/);
  await page.locator('[data-view="canvas"]').click();
  assert.equal(await page.locator('.rl-node--selected').getAttribute('data-id'), id);
  // Personal data nobody uses: the list a privacy officer asks for.
  await page.locator('[data-view="datasets"]').click();
  await page.locator('[data-testid="catalog-search"]').fill('');
  await page.locator('[data-testid="catalog-access"]').selectOption('personal');
  await page.locator('[data-testid="catalog-use"]').selectOption('unused');
  assert.ok(await view.locator('tr[data-dataset="gem-brp"]').count() === 1);
  assert.equal(await view.locator('tr[data-dataset] button[data-id]').count(), 0);
});
