// A whole workshop, end to end: the trainer prepares questions from the example line, two
// participants answer in turns on this device and a third on "their own device" (an answers file
// that is loaded, twice: the duplicate is caught), the presentation reveals question by question
// by keyboard, the summary names the most misjudged figure and exports as CSV and a printable
// page; axe-core finds no WCAG 2.1 A/AA violation in presentation mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadApp } from './support/chromium.mjs';
import { assertNoViolations } from './support/axe.mjs';

let app;
before(async () => {
  // bypassCSP only so axe-core can be injected for the scan.
  app = await openApp({ bypassCSP: true, downloads: true });
});
after(async () => {
  await app?.close();
});

function download(action) {
  return app.downloads.from(app.page, `[data-action="${action}"]`);
}

/** One participant answers every question: `estimate` for figures, `level` for links. */
async function answer(name, estimate, level, page = app.page) {
  // On the trainer's device answering starts with a button; a participants' copy starts there.
  if (await page.locator('[data-action="answer-here"]').count()) {
    await page.locator('[data-action="answer-here"]').click();
  }
  await page.locator('#rl-participant-name').fill(name);
  await page.keyboard.press('Enter');
  while (await page.locator('[data-testid="participant-question"]').count()) {
    if (await page.locator('input[type="radio"]').count()) {
      await page.locator(level === 1 ? '#rl-participant-answer' : `#rl-participant-level-${level}`).check();
    } else {
      await page.locator('#rl-participant-answer').fill(estimate);
    }
    await page.keyboard.press('Enter');
  }
  await page.locator('#rl-participant-done').waitFor();
}

/** A participant's own device: a new browser context opens the copy, answers, saves a file. */
async function answerOnOwnDevice(copyPath, name, estimate, level) {
  const context = await app.page.context().browser().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="app-shell"]');
  await page.locator('[data-testid="file-input"]').setInputFiles(copyPath);
  await page.locator('[data-testid="participant"]').waitFor();
  // Nothing of the reveal: no steps, no real values, no way to add answers to this device's copy;
  // nothing of the editor around it either.
  assert.equal(await page.locator('[data-step]').count(), 0);
  assert.equal(await page.locator('[data-testid="findings"], [data-view]').count(), 0);
  assert.equal(await page.locator('[data-action="answers-record"]').count(), 0);
  await answer(name, estimate, level, page);
  const file = await app.downloads.from(page, '[data-action="answers-save"]');
  await context.close();
  return file;
}

test('prepare, answer, present, summarise and export a workshop', async () => {
  const { page } = app;
  await loadApp(app);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${app.url}#voorbeeld=armoede-gezinnen`);
  await page.reload();
  await page.locator('.rl-node').first().waitFor();
  await page.locator('[data-view="workshop"]').click();
  await page.locator('[data-action="workshop-new"]').click();

  // Prepare: the proposals from the line, then the trainer's own question first.
  await page.locator('[data-action="workshop-propose"]').click();
  const proposals = page.locator('[data-testid="workshop-proposals"] input[type="checkbox"]');
  assert.ok((await proposals.count()) > 10);
  // Keep the first estimate and the first proposed link only, to keep the run short.
  const total = await proposals.count();
  for (let i = 0; i < total; i++) await proposals.nth(i).uncheck();
  await proposals.first().check();
  const firstLink = page.locator('[data-testid="workshop-proposals"] li', { hasText: 'Hoe zeker' }).first();
  await firstLink.locator('input').check();
  await page.locator('[data-action="proposals-add"]').click();
  await page.locator('[data-action="question-add"]').click();
  await page.locator('#rl-question-text').fill('Hoeveel procent van de kinderen in Voorbeeldstad groeit op in een huishouden met een laag inkomen?');
  await page.locator('[data-action="question-save"]').click();
  assert.equal(await page.locator('#rl-question-value-error').innerText(), 'Vul de werkelijke waarde in als getal, zoals 9,4.');
  await page.locator('#rl-question-value').fill('7,5');
  await page.locator('#rl-question-unit').fill('%');
  await page.locator('#rl-question-dataset').fill('cbs-85984NED');
  await page.locator('#rl-question-year').fill('2024');
  await page.locator('[data-action="question-save"]').click();
  const questions = page.locator('.rl-workshop__question');
  assert.equal(await questions.count(), 3);
  await questions.nth(2).locator('[data-action="question-up"]').click();
  await questions.nth(1).locator('[data-action="question-up"]').click();
  assert.match(await questions.first().innerText(), /kinderen in Voorbeeldstad/);

  // Save the workshop file; it opens again as the same workshop.
  const saved = await download('workshop-save');
  assert.equal(JSON.parse(saved.text).format, 'redeneerlijn-workshop');

  // Answers: two participants in turns here, one on "their own device" as a file.
  await page.locator('[data-step="answers"]').click();
  await answer('Anna', '20', 5);
  await page.locator('[data-action="answers-record"]').click();
  await page.locator('[data-action="participant-stop"]').click();
  await answer('', '30', 4);
  await page.locator('[data-action="answers-record"]').click();
  await page.locator('[data-action="participant-stop"]').click();
  // Bram answers on his own device: a fresh browser profile that opens the participants' copy.
  const copy = await download('workshop-save-participants');
  assert.equal(JSON.parse(copy.text).for_participants, true);
  assert.doesNotMatch(copy.text, /"value": 7\.5/, 'the real value is not in the copy');
  const file = await answerOnOwnDevice(copy.path, 'Bram', '15', 2);
  assert.match(file.name, /^antwoorden-bram-p-[0-9a-f]{12}\.json$/);
  await page.locator('[data-testid="answers-input"]').setInputFiles([file.path, file.path]);
  const notice = page.locator('[data-notice="answers-loaded"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /deelnemers erbij: 1/);
  assert.match(await notice.innerText(), /al ingeladen; het telt één keer mee/);
  const rows = page.locator('[data-testid="workshop-answers"] tr[data-participant]');
  assert.deepEqual(
    (await rows.locator('th').allInnerTexts()),
    ['Anna', 'Anonieme deelnemer 2', 'Bram'],
  );

  // Present: by keyboard, question, reveal, ... summary; then axe on the presentation.
  await page.locator('[data-step="present"]').click();
  await page.locator('[data-action="present-start"]').click();
  const presentation = page.locator('[data-testid="presentation"]');
  await presentation.waitFor();
  assert.match(await presentation.innerText(), /Vraag 1 van 3/);
  assert.equal(await presentation.locator('[data-testid="reveal"]').count(), 0, 'nothing revealed yet');
  await page.keyboard.press('ArrowRight');
  const reveal = presentation.locator('[data-testid="reveal"]');
  await reveal.waitFor();
  assert.match(await reveal.innerText(), /Werkelijke waarde\s+7,5 %/);
  assert.match(await reveal.innerText(), /Mediaan van de schattingen\s+20 %/);
  assert.match(await reveal.innerText(), /2,7 keer te hoog/);
  assert.equal(await reveal.locator('svg circle').count(), 3);
  await scanForViolations('presentation with a reveal');
  await page.keyboard.press('End');
  assert.match(await presentation.innerText(), /Samenvatting van de workshop/);
  await page.keyboard.press('Escape');
  await presentation.waitFor({ state: 'detached' });

  // Summary and its exports.
  await page.locator('[data-step="summary"]').click();
  const summary = page.locator('[data-testid="summary-content"]');
  assert.match(await summary.innerText(), /Deelnemers: 3/);
  const csv = await download('summary-csv');
  assert.match(csv.text, /kinderen in Voorbeeldstad/);
  const printed = await download('summary-print');
  assert.match(printed.text, /@page/);
  assert.match(printed.text, /<html lang="nl">/);
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
});

test('the workshop and its answers survive a reload', async () => {
  const { page } = app;
  await page.waitForTimeout(800);
  await page.reload();
  await page.locator('[data-testid="workshop"]').waitFor();
  await page.locator('[data-step="answers"]').click();
  assert.equal(await page.locator('[data-testid="workshop-answers"] tr[data-participant]').count(), 3);
});

const scanForViolations = (state) => assertNoViolations(app.page, state);

test('the example workshop opens from the workshop view, with its ten questions', async () => {
  const { page } = app;
  await page.locator('[data-view="workshop"]').click();
  // Closing costs nothing: the closed workshop comes back with its answers.
  await page.locator('[data-action="workshop-close"]').click();
  await page.locator('[data-action="workshop-reopen"]').click();
  await page.locator('[data-step="answers"]').click();
  assert.equal(await page.locator('[data-testid="workshop-answers"] tr[data-participant]').count(), 3);
  await page.locator('[data-action="workshop-close"]').click();
  await page.locator('[data-action="workshop-example"]').click();
  await page.locator('.rl-workshop__question').first().waitFor();
  assert.equal(await page.locator('.rl-workshop__question').count(), 10);
  assert.match(await page.locator('.rl-workshop__question').first().innerText(), /SCHATTING|Schatting/);
  assert.deepEqual(app.foreignRequests, []);
});
