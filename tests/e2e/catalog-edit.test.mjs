// Editing the dataset list in the app: complete what an import had to assume, add a dataset with
// its problems named at the fields, remove one, and undo each change (an import too), all by
// keyboard as well as by mouse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openApp, openExample } from './support/chromium.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const view = () => app.page.locator('[data-testid="catalog-view"]');
const form = () => app.page.locator('[data-testid="dataset-form"]');
const count = () => app.page.locator('[data-testid="catalog-count"]').innerText();
const catalogLine = () => app.page.locator('[data-testid="catalog-name"]').innerText();
const row = (id) => view().locator(`tr[data-dataset="${id}"]`);

async function openDatasets() {
  await openExample(app);
  await app.page.locator('[data-view="datasets"]').click();
  await view().waitFor();
}

async function importCkan() {
  const file = fileURLToPath(new URL('../fixtures/ckan/package_search-donl.json', import.meta.url));
  await app.page.locator('[data-testid="file-input"]').setInputFiles(file);
  await app.page.locator('[data-notice="catalog-imported"]').waitFor();
}

test('what an import assumed is listed, completed in the form, and the change can be undone', async () => {
  await openDatasets();
  await importCkan();
  const { page } = app;
  await page.locator('[data-testid="catalog-incomplete"]').check();
  assert.equal(await count(), '1 van de 3 datasets');
  const enquete = row('c0ffee00-0000-4000-8000-000000000003');
  assert.deepEqual(await enquete.locator('.rl-catalog__badges li').allInnerTexts(), [
    'niveau aangenomen', 'frequentie aangenomen', 'toegang aangenomen', 'geen begrippen',
  ]);
  await enquete.locator('[data-action="edit-dataset"]').click();
  await form().waitFor();
  // The form opens with the title field focused, the assumptions explained.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rl-dataset-title');
  assert.match(await form().locator('[data-assumed="level"]').innerText(), /gemeente aangenomen/);
  await page.locator('#rl-dataset-level').selectOption('district');
  assert.ok(await page.locator('#rl-dataset-confirm-level').isChecked(), 'choosing a level confirms it');
  await page.locator('#rl-dataset-confirm-frequency').check();
  // The portal record says nothing about access: internal was assumed, to confirm.
  assert.match(await form().locator('[data-assumed="access"]').innerText(), /persoonsgegevens/);
  await page.locator('#rl-dataset-confirm-access').check();
  await page.locator('#rl-dataset-concepts').fill('Tevredenheid met de buurt | Buurttevredenheid');
  await page.locator('[data-action="dataset-save"]').click();
  await form().waitFor({ state: 'detached' });
  assert.equal(await count(), '0 van de 3 datasets');
  // Completed, the dataset leaves the filtered list, so focus goes to "add" rather than nowhere.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'add-dataset');
  await page.locator('[data-testid="catalog-incomplete"]').uncheck();
  assert.match(await enquete.innerText(), /wijk, jaar/);
  assert.match(await enquete.innerText(), /Tevredenheid met de buurt/);
  assert.equal(await enquete.locator('.rl-catalog__badges').count(), 0);
  await page.locator('[data-action="catalog-undo"]').click();
  assert.match(await enquete.innerText(), /gemeente, jaar/);
  assert.equal(await enquete.locator('.rl-catalog__badges li').count(), 4);
  // Undoing the import itself brings back the example's own list.
  await page.locator('[data-action="catalog-undo"]').click();
  assert.equal(await count(), '33 datasets');
  assert.ok(await page.locator('[data-action="catalog-undo"]').isDisabled());
  assert.doesNotMatch(await catalogLine(), /package_search/);
  assert.deepEqual(app.consoleErrors, []);
});

test('a new dataset is checked as a whole, problems named at their fields, then added', async () => {
  await openDatasets();
  const { page } = app;
  await page.locator('[data-action="add-dataset"]').click();
  await form().waitFor();
  await page.locator('#rl-dataset-from').fill('2024');
  await page.locator('#rl-dataset-to').fill('2020');
  await page.locator('#rl-dataset-title').fill('');
  await page.keyboard.press('Enter');
  assert.match(await form().locator('[role="alert"]').innerText(), /Niet opgeslagen/);
  assert.equal(await page.locator('#rl-dataset-title').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#rl-dataset-title-error').innerText(), 'Geef de dataset een titel.');
  assert.equal(await page.locator('#rl-dataset-to-error').innerText(), 'Het laatste jaar ligt voor het eerste.');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rl-dataset-title');
  await page.locator('#rl-dataset-title').fill('Jeugdmonitor <b>Voorbeeldstad</b>');
  await page.locator('#rl-dataset-to').fill('2026');
  await page.locator('#rl-dataset-owner').fill('Team Onderzoek en Statistiek');
  await page.locator('#rl-dataset-level').selectOption('neighbourhood');
  await page.locator('#rl-dataset-access').selectOption('open');
  await page.locator('#rl-dataset-concepts').fill('Jongeren met overgewicht\nJongeren die sporten | sportdeelname jeugd');
  await page.locator('[data-action="dataset-save"]').click();
  await form().waitFor({ state: 'detached' });
  assert.equal(await count(), '34 datasets');
  const added = row('jeugdmonitor-b-voorbeeldstad-b');
  assert.match(await added.innerText(), /Jeugdmonitor <b>Voorbeeldstad<\/b>/);
  assert.match(await added.innerText(), /buurt, jaar, 2024–2026/);
  // Removing it, by keyboard; then undoing the removal.
  await added.locator('[data-action="edit-dataset"]').focus();
  await page.keyboard.press('Enter');
  await form().waitFor();
  await form().locator('[data-action="dataset-remove"]').click();
  assert.equal(await count(), '33 datasets');
  await page.locator('[data-action="catalog-undo"]').click();
  assert.equal(await count(), '34 datasets');
  assert.deepEqual(app.consoleErrors, []);
});

// Regression: the example link stayed in the address, so a reload opened the example as shipped
// instead of the autosaved work done on it.
test('Escape closes the form without a change and the list survives a reload', async () => {
  await openDatasets();
  const { page } = app;
  const brp = row('gem-brp');
  await brp.locator('[data-action="edit-dataset"]').click();
  await page.locator('#rl-dataset-title').fill('Iets anders');
  await page.keyboard.press('Escape');
  await form().waitFor({ state: 'detached' });
  assert.doesNotMatch(await brp.innerText(), /Iets anders/);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-dataset-id')), 'gem-brp');
  // A saved change is autosaved with the list.
  await brp.locator('[data-action="edit-dataset"]').click();
  await page.locator('#rl-dataset-owner').fill('Team Burgerzaken (gewijzigd)');
  await page.locator('[data-action="dataset-save"]').click();
  await page.waitForTimeout(1500);
  await page.reload();
  await page.locator('[data-view="datasets"]').click();
  await view().waitFor();
  assert.match(await row('gem-brp').innerText(), /Team Burgerzaken \(gewijzigd\)/);
});
