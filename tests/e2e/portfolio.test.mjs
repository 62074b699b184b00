// The portfolio end to end in Chromium: the open example is the first line, two more teams' lines
// join from files (a broken file and the open line itself are named and refused, the others still
// load), the coverage, matrix, data islands and shared gaps show the real figures of the examples,
// the whole portfolio downloads as CSV, and a line can be removed again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, openExample } from './support/chromium.mjs';
import { assertNoViolations } from './support/axe.mjs';

const example = (name) => fileURLToPath(new URL(`../../assets/examples/${name}`, import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const ARMOEDE = 'Armoede en schulden bij gezinnen met kinderen, Voorbeeldstad 2024-2027';
const EENZAAMHEID = 'Eenzaamheid onder ouderen, Voorbeeldstad 2024-2027';
const MEEDOEN = 'Meedoen: sport en cultuur voor kinderen, Voorbeeldstad 2025-2027';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

async function openPortfolio(target = app) {
  await openExample(target);
  await target.page.locator('[data-view="portfolio"]').click();
  await target.page.locator('[data-testid="portfolio-view"]').waitFor();
}

const input = (target = app) => target.page.locator('[data-testid="portfolio-file-input"]');
const table = (kind, target = app) => target.page.locator(`[data-table="${kind}"]`);

/**
 * The rows of a table as arrays of cell texts, laid out as in the CSV: a dataset's row header
 * gives its title and id, a matrix cell `✓` where the line uses the dataset.
 */
async function rows(kind, target = app) {
  return table(kind, target).locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].flatMap((cell) => {
      const id = cell.querySelector('code');
      if (cell.tagName === 'TH' && id) {
        return [cell.querySelector('.rl-portfolio__title').textContent.trim(), id.textContent.trim()];
      }
      if (cell.dataset.uses) return [cell.dataset.uses === 'true' ? '✓' : ''];
      return [cell.textContent.trim()];
    })));
}

async function addThree(target = app) {
  await input(target).setInputFiles([
    example('eenzaamheid-ouderen.json'),
    fixture('meedoen-jeugd.json'),
    fixture('broken-graph.json'),
    example('armoede-gezinnen.json'),
  ]);
  await target.page.locator('[data-testid="portfolio-problems"]').waitFor();
}

test('the open line is the first of the portfolio, with its coverage', async () => {
  await openPortfolio();
  const { page } = app;
  assert.equal(await page.locator('[data-view="portfolio"]').getAttribute('aria-pressed'), 'true');
  const lines = page.locator('[data-testid="portfolio-lines"] li');
  assert.equal(await lines.count(), 1);
  assert.match(await lines.first().innerText(), new RegExp(`${ARMOEDE}\\s+open in de editor`));
  assert.deepEqual(await rows('coverage'), [[ARMOEDE, '65', '23', '38', '4', '0', '35%']]);
  // With one line, every dataset it uses is an island.
  assert.equal(await table('islands').locator('tbody tr').count(), 13);
});

test('lines from files join; a broken file and the open line itself are named and refused', async () => {
  await openPortfolio();
  const { page } = app;
  await addThree();
  const problems = await page.locator('[data-testid="portfolio-problems"]').innerText();
  assert.match(problems, /Niet toegevoegd/);
  assert.match(problems, /broken-graph\.json: .*doel/);
  assert.match(problems, /armoede-gezinnen\.json: Dit is de redeneerlijn die al open is in de editor\./);
  assert.doesNotMatch(problems, /eenzaamheid-ouderen\.json|meedoen-jeugd\.json/);
  const names = await page.locator('[data-testid="portfolio-lines"] .rl-portfolio__name').allInnerTexts();
  assert.deepEqual(names, [ARMOEDE, EENZAAMHEID, MEEDOEN]);

  // Coverage per line: the figures of the examples (tests/examples.rs) and the fixture.
  assert.deepEqual(await rows('coverage'), [
    [ARMOEDE, '65', '23', '38', '4', '0', '35%'],
    [EENZAAMHEID, '56', '16', '28', '0', '12', '29%'],
    [MEEDOEN, '14', '0', '9', '3', '2', '0%'],
  ]);

  // The matrix: a column per line under a caption, a row per dataset some line uses.
  const matrix = table('matrix');
  assert.match(await matrix.locator('caption').innerText(), /Datasets \(rijen\) en de redeneerlijnen/);
  const headers = await matrix.locator('thead th').evaluateAll((ths) =>
    ths.map((th) => [th.getAttribute('scope'), th.textContent.trim()]));
  assert.deepEqual(headers, [
    ['col', 'Dataset'], ['col', ARMOEDE], ['col', EENZAAMHEID], ['col', MEEDOEN],
    ['col', 'Aantal redeneerlijnen'],
  ]);
  assert.equal(await matrix.locator('tbody th[scope="row"]').count(), 20);
  const matrixRows = await rows('matrix');
  const row = (id) => matrixRows.find((r) => r[1] === id);
  assert.deepEqual(row('cbs-85984NED'), ['Kerncijfers wijken en buurten 2024', 'cbs-85984NED', '✓', '', '✓', '2']);
  assert.deepEqual(row('gem-wijkteam'), ['Registratie wijkteams', 'gem-wijkteam', '✓', '✓', '', '2']);
  assert.deepEqual(row('gem-leerplicht').slice(2), ['', '', '✓', '1']);
  assert.equal(row('gem-bag'), undefined, 'nobody uses the BAG');
  // The mark is a picture for the eye; screen readers hear a word.
  assert.equal(await matrix.locator('[data-uses="true"] .rl-visually-hidden').first().textContent(), 'ja');
  assert.equal(await matrix.locator('[data-uses="true"] [aria-hidden="true"]').count(), 13 + 9 + 3);

  // Islands with their owner, and the gaps two lines share.
  const islands = await rows('islands');
  assert.equal(islands.length, 15);
  assert.deepEqual(islands.find((r) => r[1] === 'gem-leerplicht'),
    ['Leerplichtregistratie', 'gem-leerplicht', 'Team Leerplicht', 'persoonsgegevens', MEEDOEN]);
  assert.deepEqual(await rows('shared-gaps'), [
    ['kinderen in huishoudens met een laag inkomen', `${ARMOEDE} | ${MEEDOEN}`, '2'],
    ['kinderen met een bijdrage van het jeugdfonds sport & cultuur', `${ARMOEDE} | ${MEEDOEN}`, '2'],
  ]);

  // The same line again, under another name, is not added twice.
  await input().setInputFiles({
    name: 'kopie-eenzaamheid.json',
    mimeType: 'application/json',
    buffer: await readFile(example('eenzaamheid-ouderen.json')),
  });
  await page.getByText('kopie-eenzaamheid.json').waitFor();
  assert.match(await page.locator('[data-testid="portfolio-problems"]').innerText(),
    /kopie-eenzaamheid\.json: Deze redeneerlijn staat al in het portfolio, uit eenzaamheid-ouderen\.json\./);
  assert.equal(await page.locator('[data-testid="portfolio-lines"] li').count(), 3);
});

test('the portfolio downloads as CSV, each table under its heading', async () => {
  await openPortfolio();
  const { page } = app;
  await addThree();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="portfolio-csv"]').click(),
  ]);
  assert.equal(download.suggestedFilename(),
    'portfolio-datasetlijst-gemeente-voorbeeldstad-sociaal-domein-voorbeeld.csv');
  const text = await readFile(await download.path(), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  assert.deepEqual(lines.slice(0, 6), [
    'Dekking per redeneerlijn',
    'Redeneerlijn;Databehoeften;Gedekt;Deels gedekt;Te koppelen;Ontbreekt;Aandeel gedekt',
    `${ARMOEDE};65;23;38;4;0;35%`,
    `${EENZAAMHEID};56;16;28;0;12;29%`,
    `${MEEDOEN};14;0;9;3;2;0%`,
    '',
  ]);
  assert.equal(lines[6], 'Welke redeneerlijn gebruikt welke dataset');
  assert.equal(lines[7], `Dataset;Id;${ARMOEDE};${EENZAAMHEID};${MEEDOEN};Aantal redeneerlijnen`);
  assert.ok(lines.includes('Kerncijfers wijken en buurten 2024;cbs-85984NED;ja;;ja;2'));
  assert.ok(lines.includes('Data-eilanden: datasets die maar één redeneerlijn gebruikt'));
  assert.ok(lines.includes(
    `Leerplichtregistratie;gem-leerplicht;Team Leerplicht;persoonsgegevens;${MEEDOEN}`));
  assert.ok(lines.includes(
    `kinderen in huishoudens met een laag inkomen;${ARMOEDE} | ${MEEDOEN};2`));
  // 4 headings + 4 header rows + 3 lines + 21 datasets + 16 islands + 2 gaps + 3 blank rows.
  assert.equal(text.trim().split('\r\n').length, 51);

  // One table alone, in English once the interface is.
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await table('coverage').locator('h3').innerText(), /Coverage per reasoning line/);
  const [matrix] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="portfolio-matrix-csv"]').click(),
  ]);
  const matrixText = await readFile(await matrix.path(), 'utf8');
  assert.match(matrixText, new RegExp(`^\\uFEFFDataset;Id;${ARMOEDE};${EENZAAMHEID};${MEEDOEN};Number of reasoning lines\\r\\n`));
  assert.match(matrixText, /\r\nKerncijfers wijken en buurten 2024;cbs-85984NED;yes;;yes;2\r\n/);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
});

test('the printable page holds every table, and the dataset view names the other lines', async () => {
  await openPortfolio();
  const { page } = app;
  await addThree();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="portfolio-print"]').click(),
  ]);
  const html = await readFile(await download.path(), 'utf8');
  assert.match(html, /@page\{size:A4 landscape;/);
  for (const heading of ['Dekking per redeneerlijn', 'Welke redeneerlijn gebruikt welke dataset']) {
    assert.ok(html.includes(`<h2>${heading}</h2>`), heading);
  }
  assert.ok(html.includes('<td>Leerplichtregistratie</td>'));
  // "In which graphs": the dataset view lists the portfolio's other lines that use a dataset.
  await page.locator('[data-view="datasets"]').click();
  const cbs = page.locator('tr[data-dataset="cbs-85984NED"] [data-testid="used-elsewhere"]');
  assert.equal(await cbs.innerText(), `Ook gebruikt in: ${MEEDOEN}`);
  const leerplicht = page.locator('tr[data-dataset="gem-leerplicht"] [data-testid="used-elsewhere"]');
  assert.equal(await leerplicht.innerText(), `Ook gebruikt in: ${MEEDOEN}`);
  await page.locator('[data-view="portfolio"]').click();
});

test('a removed line leaves every table', async () => {
  await openPortfolio();
  const { page } = app;
  await addThree();
  await page.locator('[data-testid="portfolio-lines"] li', { hasText: MEEDOEN })
    .getByRole('button', { name: `Verwijderen: ${MEEDOEN}` }).click();
  assert.equal(await page.locator('[data-testid="portfolio-lines"] li').count(), 2);
  assert.equal(await page.locator('[data-testid="portfolio-problems"]').count(), 0);
  assert.deepEqual((await rows('coverage')).map((r) => r[0]), [ARMOEDE, EENZAAMHEID]);
  assert.equal(await table('matrix').locator('thead th').count(), 4);
  assert.match(await table('shared-gaps').innerText(), /Geen gedeelde tekorten/);
});

test('the portfolio passes an axe-core scan (WCAG 2.1 AA)', async () => {
  const scanned = await openApp({ bypassCSP: true });
  try {
    await openPortfolio(scanned);
    await addThree(scanned);
    await assertNoViolations(scanned.page, 'portfolio');
  } finally {
    await scanned.close();
  }
});
