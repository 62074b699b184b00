// Reports leave the app as files a data team can use: each report as a printable page (A4, its
// own print styles, no network), the drawing as PNG and as a page, the dataset list as JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadApp } from './support/chromium.mjs';

let app;
before(async () => {
  app = await openApp({ downloads: true });
  await loadApp(app, '#voorbeeld=armoede-gezinnen');
  await app.page.locator('.rl-node').first().waitFor();
});
after(async () => {
  await app?.close();
});

function download(action) {
  return app.downloads.from(app.page, `[data-action="${action}"]`);
}

/** Opens a downloaded page on its own (as a user would from disk) and prints it to PDF. */
async function openPrinted(path) {
  const page = await app.page.context().newPage();
  const requests = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await page.goto(`file://${path}`);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  return { page, pdf: pdf.toString('latin1'), requests };
}

/** Width and height in points of every page of a PDF. */
function pageSizes(pdf) {
  return [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

const A4 = [595.3, 841.9];
const near = (a, b) => Math.abs(a - b) < 2;

test('the data request prints on A4 as one table per supplier', async () => {
  const file = await download('report-request-print');
  assert.match(file.name, /^datavraag-armoede-en-schulden.*\.html$/);
  const { page, pdf, requests } = await openPrinted(file.path);
  assert.equal(await page.locator('h1').innerText(), 'Datavraag');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  const suppliers = await page.locator('h2').allInnerTexts();
  assert.ok(suppliers.includes('GGD Voorbeeldregio'), suppliers.join(', '));
  assert.equal(suppliers.at(-1), '(nog onbekend)');
  const ggd = page.locator('section', { has: page.locator('h2', { hasText: 'GGD Voorbeeldregio' }) });
  assert.deepEqual(await ggd.locator('thead th').allInnerTexts(), [
    'begrip', 'niveau', 'frequentie', 'periode', 'doelgroep', 'stand', 'nodig voor',
  ]);
  assert.match(await ggd.locator('tbody').innerText(), /Moeite met rondkomen\twijk\tjaar\t2024-2027/);
  assert.match(await page.locator('dl').innerText(), /Redeneerlijn\s+Armoede en schulden/);
  const sizes = pageSizes(pdf);
  assert.ok(sizes.length >= 1);
  for (const [w, h] of sizes) assert.ok(near(w, A4[0]) && near(h, A4[1]), `page ${w} x ${h} is not A4`);
  assert.deepEqual(requests, []);
  await page.close();
});

test('the unused data and the purpose register print with personal data called out', async () => {
  const unused = await openPrinted((await download('report-unused-print')).path);
  assert.equal(await unused.page.locator('h1').innerText(), 'Ongebruikte data');
  const first = unused.page.locator('tbody tr').first();
  assert.match(await first.innerText(), /^gem-brp\t.*persoonsgegevens\tPersoonsgegevens die geen redeneerlijn nodig heeft/);
  await unused.page.close();
  const purpose = await openPrinted((await download('report-purpose-print')).path);
  assert.equal(await purpose.page.locator('h1').innerText(), 'Doelbinding');
  assert.match(await purpose.page.locator('tbody').innerText(), /gem-brp\t[^\n]*waarom worden deze persoonsgegevens bewaard\?/);
  await purpose.page.close();
});

test('the drawing prints on A4 landscape with its legend and downloads as a sharp PNG', async () => {
  const printed = await openPrinted((await download('report-drawing-print')).path);
  assert.equal(await printed.page.locator('figure svg').count(), 1);
  assert.ok(await printed.page.locator('figure svg text', { hasText: 'Interventie' }).count() > 0);
  for (const [w, h] of pageSizes(printed.pdf)) {
    assert.ok(near(w, A4[1]) && near(h, A4[0]), `page ${w} x ${h} is not A4 landscape`);
  }
  await printed.page.close();

  const svg = await download('report-drawing');
  const width = Number(/width="(\d+)"/.exec(svg.bytes.toString('utf8'))[1]);
  const png = await download('report-drawing-png');
  assert.match(png.name, /^armoede-en-schulden.*\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.bytes.readUInt32BE(16), width * 2, 'PNG is twice the drawing width');
  assert.ok(png.bytes.length > 20_000, `PNG of ${png.bytes.length} bytes is too small to hold the drawing`);
});

test('the dataset list downloads as JSON that the app reads back', async () => {
  const file = await download('export-catalog-json');
  const json = JSON.parse(file.bytes.toString('utf8'));
  assert.equal(json.format, 'redeneerlijn-catalog');
  assert.ok(json.datasets.some((d) => d.id === 'gem-brp'));
  assert.deepEqual(app.consoleErrors, []);
});

test('in English the printed reports speak English', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'English' }).click();
  const printed = await openPrinted((await download('report-request-print')).path);
  assert.equal(await printed.page.locator('h1').innerText(), 'Data request');
  assert.equal(await printed.page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await printed.page.locator('h2').last().innerText(), '(not known yet)');
  await printed.page.close();
  await page.getByRole('button', { name: 'Nederlands' }).click();
});
