// axe-core scans of the main states: WCAG 2.1 A and AA, zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadApp } from './support/chromium.mjs';
import { assertNoViolations } from './support/axe.mjs';

let app;
before(async () => {
  app = await openApp({ bypassCSP: true });
});
after(async () => {
  await app?.close();
});

const scan = (state) => assertNoViolations(app.page, state);

async function fresh() {
  await loadApp(app);
  await app.page.evaluate(() => localStorage.clear());
  await app.page.reload();
  await app.page.waitForSelector('[data-testid="app-shell"]');
}

test('start screen', async () => {
  await fresh();
  await scan('start');
  await app.page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await scan('start with examples');
});

test('example open, node selected, edge selected, outline, English', async () => {
  await fresh();
  const { page } = app;
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page.locator('[data-sample="armoede-gezinnen"]').click();
  await page.locator('.rl-node').first().waitFor();
  await scan('example open');
  await page.locator('.rl-node[data-id="n5"]').click();
  await scan('node selected');
  await page.locator('.rl-edge').first().dispatchEvent('pointerdown', { button: 0 });
  await page.locator('[data-testid="edge-form"]').waitFor();
  await scan('edge selected');
  await page.locator('[data-view="outline"]').click();
  await scan('outline');
  await page.getByRole('button', { name: 'English' }).click();
  await scan('outline in English');
});

test('importing a dataset list from a spreadsheet: mapping step and result', async () => {
  await fresh();
  const { page } = app;
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page.locator('[data-sample="armoede-gezinnen"]').click();
  await page.locator('.rl-node').first().waitFor();
  const csv = new URL('../fixtures/csv/onbekende-kolommen.csv', import.meta.url).pathname;
  await page.locator('[data-testid="file-input"]').setInputFiles(csv);
  await page.locator('[data-testid="csv-import"]').waitFor();
  await scan('column mapping with a required field missing');
  await page.getByLabel('Gegeven: Wat zit erin').selectOption('concepts');
  await page.locator('[data-action="csv-import"]').click();
  await page.locator('[data-notice="catalog-imported"]').waitFor();
  await scan('dataset list imported');
  await page.locator('[data-view="datasets"]').click();
  await page.locator('[data-testid="catalog-view"]').waitFor();
  await scan('dataset view');
});

test('dataset form, reports, workshop steps and a participant answering', async () => {
  await fresh();
  const { page } = app;
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page.locator('[data-sample="armoede-gezinnen"]').click();
  await page.locator('.rl-node').first().waitFor();
  await page.locator('[data-testid="reports"]').scrollIntoViewIfNeeded();
  await scan('reports and exports');
  await page.locator('[data-view="datasets"]').click();
  await page.locator('[data-action="add-dataset"]').click();
  await page.locator('[data-action="dataset-save"]').click();
  await page.locator('#rl-dataset-title-error').waitFor();
  await scan('dataset form with a problem');
  await page.keyboard.press('Escape');
  await page.locator('[data-view="workshop"]').click();
  await scan('workshop start');
  await page.locator('[data-action="workshop-new"]').click();
  await page.locator('[data-action="workshop-propose"]').click();
  await scan('workshop proposals');
  await page.locator('[data-action="proposals-add"]').click();
  await page.locator('[data-action="question-add"]').click();
  await scan('workshop question form');
  await page.locator('[data-action="question-cancel"]').click();
  await page.locator('[data-step="answers"]').click();
  await page.locator('[data-action="answer-here"]').click();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="participant-question"]').waitFor();
  await scan('participant at an estimate question');
  await page.locator('[data-step="summary"]').click();
  await scan('workshop summary without answers');
});
