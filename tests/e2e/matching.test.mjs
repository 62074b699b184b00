// From the officer's own words to the list's datasets: suggestions while typing, picked with the
// keyboard; candidates of open needs linked or rejected, a rejection kept through save, reload
// and reopen; the review of all open candidates; axe-core clean in each state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openExample } from './support/chromium.mjs';
import { assertNoViolations } from './support/axe.mjs';

let app;
before(async () => {
  app = await openApp({ bypassCSP: true, downloads: true });
});
after(async () => {
  await app?.close();
});

const node = (id) => app.page.locator(`.rl-node[data-id="${id}"]`);
const needs = () => app.page.locator('[data-testid="needs"] > li');
const statusOf = (position) => needs().nth(position).getAttribute('data-need-status');

async function select(id) {
  await node(id).click();
  await app.page.locator('[data-testid="indicator"]').first().waitFor();
}

test('a phrase in the officer\'s words offers the dataset; Enter on it links it and the need is covered', async () => {
  await openExample(app, 'armoede-gezinnen');
  const { page } = app;
  await select('n12');
  assert.equal(await statusOf(0), 'covered', 'the example names the list\'s concept exactly');
  const concept = page.locator('#rl-n12-ind0-concept');
  assert.equal(await concept.getAttribute('role'), 'combobox');
  // The officer's own words: no dataset has them as a concept, so the need is no longer covered.
  await concept.fill('hulp van de formulierenbrigade');
  await concept.press('Tab');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="needs"] > li')?.getAttribute('data-need-status') !== 'covered');
  assert.equal(await statusOf(0), 'to-link', 'a suggestion never counts as covered');

  await concept.focus();
  await concept.press('End');
  await concept.press('Backspace');
  await concept.pressSequentially('e');
  const listbox = page.locator('#rl-n12-ind0-concept-suggestions');
  await listbox.waitFor();
  assert.equal(await concept.getAttribute('aria-expanded'), 'true');
  const option = listbox.locator('[data-choice="dataset"][data-dataset="welzijn-deelnemers"]');
  await option.waitFor();
  assert.match(await option.innerText(), /Stichting Welzijn/, 'the owner is shown');
  assert.match(await option.innerText(), /formulierenbrigade/, 'and why it was offered');
  assert.match(await page.locator('#rl-n12-ind0-concept-status').innerText(), /voorstel/);
  await assertNoViolations(page, 'combobox open');

  // Arrow down to the dataset, Enter: linked by hand, the officer's words kept.
  const options = await listbox.locator('[role="option"]').evaluateAll((all) => all.map((o) => o.dataset.dataset ?? ''));
  const at = options.indexOf('welzijn-deelnemers');
  for (let i = 0; i <= at; i += 1) await concept.press('ArrowDown');
  assert.equal(await concept.getAttribute('aria-activedescendant'), await option.getAttribute('id'));
  await concept.press('Enter');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="needs"] > li')?.getAttribute('data-need-status') === 'covered');
  assert.equal(await concept.inputValue(), 'hulp van de formulierenbrigade');
  assert.equal(await concept.getAttribute('aria-expanded'), 'false');
  const linked = needs().first().locator('[data-dataset="welzijn-deelnemers"]');
  assert.match(await linked.innerText(), /gekoppeld met de hand/);

  // Undo takes back the link and the words in one step.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="needs"] > li')?.getAttribute('data-need-status') === 'to-link');
});

test('Escape closes the suggestions, a second Escape brings back the saved words', async () => {
  await openExample(app, 'armoede-gezinnen');
  const { page } = app;
  await select('n12');
  const concept = page.locator('#rl-n12-ind0-concept');
  const saved = await concept.inputValue();
  await concept.fill('');
  await concept.pressSequentially('vrijwilligers');
  await page.locator('#rl-n12-ind0-concept-suggestions').waitFor();
  await concept.press('Escape');
  assert.equal(await concept.getAttribute('aria-expanded'), 'false');
  assert.equal(await concept.inputValue(), 'vrijwilligers');
  await concept.press('Escape');
  assert.equal(await concept.inputValue(), saved);
});

test('a rejected candidate stays rejected after save, reload and reopening the file', async () => {
  await openExample(app, 'armoede-gezinnen');
  const { page } = app;
  await select('n1');
  const need = needs().nth(1);
  assert.equal(await need.getAttribute('data-need-status'), 'to-link');
  assert.match(await need.innerText(), /Mogelijk bruikbaar/);
  const candidate = need.locator('.rl-needs__datasets > li').first();
  const dataset = await candidate.getAttribute('data-dataset');
  assert.match(await candidate.innerText(), /Waarom: /, 'each candidate says why');
  await assertNoViolations(page, 'needs with candidates');
  await candidate.locator('[data-action="reject-dataset"]').click();
  const rejected = need.locator(`[data-testid="rejected-datasets"] [data-dataset="${dataset}"]`);
  await rejected.waitFor();
  assert.equal(await need.locator(`.rl-needs__datasets > li[data-dataset="${dataset}"]`).count(), 0);

  const saved = await app.downloads.from(page, page.getByRole('button', { name: 'Opslaan' }));
  const file = JSON.parse(saved.text);
  assert.equal(file.version, 3);
  const indicator = file.nodes.find((n) => n.id === 'n1').indicators[1];
  assert.deepEqual(indicator.rejected_datasets, [dataset]);

  await page.waitForTimeout(600); // the autosave waits for a pause in editing
  await page.reload();
  await select('n1');
  await rejected.waitFor();
  assert.equal(await need.locator(`.rl-needs__datasets > li[data-dataset="${dataset}"]`).count(), 0);

  await openExample(app, 'armoede-gezinnen');
  await page.locator('[data-testid="file-input"]').setInputFiles(saved.path);
  await page.locator('.rl-node').first().waitFor();
  await select('n1');
  await rejected.waitFor();
  // And it can be offered again.
  await rejected.locator('[data-action="offer-again"]').click();
  await need.locator(`.rl-needs__datasets > li[data-dataset="${dataset}"]`).waitFor();
});

test('the review walks through every need to link, by keyboard, with progress', async () => {
  await openExample(app, 'armoede-gezinnen');
  const { page } = app;
  // A second need in the officer's own words, besides the example's own one.
  await select('n12');
  await page.locator('#rl-n12-ind0-concept').fill('hulp van de formulierenbrigade');
  await page.locator('#rl-n12-ind0-concept').press('Tab');
  await page.keyboard.press('Escape');
  const start = page.locator('[data-action="review-links"]');
  await start.waitFor();
  const total = Number(/\((\d+)\)/.exec(await start.innerText())[1]);
  assert.ok(total >= 2, `needs to link: ${total}`);
  await start.focus();
  await page.keyboard.press('Enter');
  const review = page.locator('[data-testid="link-review"]');
  await review.waitFor();
  const progress = review.locator('[data-testid="review-progress"]');
  assert.equal(await progress.innerText(), `Behoefte 1 van ${total} · 0 afgehandeld`);
  await assertNoViolations(page, 'review');
  const where = (el) => `${el.dataset.node}/${el.dataset.indicator}`;
  const first = await review.locator('.rl-review__item').evaluate(where);
  // Focus is on the need's heading; Tab reaches the first candidate's "Koppelen".
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'link-dataset');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    /· 1 afgehandeld/.test(document.querySelector('[data-testid="review-progress"]')?.textContent ?? ''));
  const item = review.locator('.rl-review__item');
  await page.waitForFunction((before) => {
    const el = document.querySelector('.rl-review__item');
    return el && `${el.dataset.node}/${el.dataset.indicator}` !== before;
  }, first);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('rl-review__need')), true,
    'after a decision the focus is on the next need');
  // Reject every candidate of the next need with the keyboard.
  const second = await item.evaluate(where);
  for (;;) {
    if ((await item.count()) === 0 || (await item.evaluate(where)) !== second) break;
    if ((await item.locator('[data-action="reject-dataset"]').count()) === 0) break;
    await item.locator('[data-action="reject-dataset"]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(() =>
    /· 2 afgehandeld/.test(document.querySelector('[data-testid="review-progress"]')?.textContent ?? ''));
  await page.keyboard.press('Escape');
  await review.waitFor({ state: 'detached' });
  if (total === 2) {
    assert.equal(await start.count(), 0, 'nothing left to review');
  } else {
    assert.equal(Number(/\((\d+)\)/.exec(await start.innerText())[1]), total - 2);
  }
});
