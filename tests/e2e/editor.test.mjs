// What an officer does in the editor, end to end in Chromium: open an example, add and connect
// parts by mouse and by keyboard, edit an indicator and see the findings change, undo and redo,
// save, reload and find the work, open a broken file and keep the work, switch language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, loadApp } from './support/chromium.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const nodes = () => app.page.locator('.rl-node');
const edges = () => app.page.locator('.rl-edge');
const findingsCount = async (key) => {
  const heading = await app.page.locator(`[data-findings="${key}"] h3`).innerText();
  return Number(/\((\d+)\)/.exec(heading)?.[1]);
};

async function openExample(key) {
  await loadApp(app);
  // Start from the start screen, not from what the previous test left in autosave.
  await app.page.evaluate(() => localStorage.clear());
  await app.page.reload();
  await app.page.waitForSelector('[data-testid="app-shell"]');
  await app.page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await app.page.locator(`[data-sample="${key}"]`).click();
  await app.page.locator('.rl-node').first().waitFor();
}

test('an example opens drawn, with a badge on every node and findings', async () => {
  await openExample('armoede-gezinnen');
  const count = await nodes().count();
  assert.ok(count >= 8 && count <= 20, `${count} nodes`);
  assert.equal(await app.page.locator('.rl-badge').count(), count);
  assert.ok((await edges().count()) >= count - 1);
  assert.match(await app.page.locator('[data-testid="catalog-name"]').innerText(), /33 datasets/);
  assert.equal(
    await app.page.getByRole('button', { name: /^Doel: Minder kinderen groeien op in armoede\. Data/ }).count(),
    1,
    'a node is a button named by its kind, full title and data status',
  );
  assert.ok((await findingsCount('unused')) >= 3);
});

test('adding and connecting by mouse, and undo/redo', async () => {
  await openExample('armoede-gezinnen');
  const { page } = app;
  const before = await nodes().count();
  const edgesBefore = await edges().count();
  await page.getByRole('button', { name: 'Interventie toevoegen' }).click();
  assert.equal(await nodes().count(), before + 1);
  const added = page.locator('.rl-node--selected');
  const addedId = await added.getAttribute('data-id');
  assert.equal(await page.locator('[data-testid="node-form"] input').first().inputValue(), 'Nieuwe interventie');

  // Drag from the new node's handle onto an outcome.
  await page.getByRole('button', { name: 'Alles tonen' }).click();
  const handle = await page.locator(`.rl-node[data-id="${addedId}"] .rl-node__handle`).boundingBox();
  const target = await page.locator('.rl-node[data-id="n9"] .rl-node__box').boundingBox();
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 20, target.y + 20, { steps: 8 });
  await page.mouse.up();
  assert.equal(await edges().count(), edgesBefore + 1);

  // A refused connection says why and changes nothing.
  await page.locator('.rl-node[data-id="n1"]').click();
  const goalHandle = await page.locator('.rl-node[data-id="n1"] .rl-node__handle').boundingBox();
  const intervention = await page.locator(`.rl-node[data-id="${addedId}"] .rl-node__box`).boundingBox();
  await page.mouse.move(goalHandle.x + 5, goalHandle.y + 5);
  await page.mouse.down();
  await page.mouse.move(intervention.x + 20, intervention.y + 20, { steps: 8 });
  await page.mouse.up();
  assert.match(await page.locator('[data-testid="notice"]').innerText(), /kan niet bijdragen aan een interventie/);
  assert.equal(await edges().count(), edgesBefore + 1);

  await page.keyboard.press('Control+z');
  assert.equal(await edges().count(), edgesBefore);
  await page.keyboard.press('Control+z');
  assert.equal(await nodes().count(), before);
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await nodes().count(), before + 1);
  await page.keyboard.press('Control+y');
  assert.equal(await edges().count(), edgesBefore + 1);
});

test('dragging a node moves it and is one undo step', async () => {
  await openExample('eenzaamheid-ouderen');
  const { page } = app;
  const node = page.locator('.rl-node[data-id="n1"] .rl-node__box');
  const start = await node.boundingBox();
  await page.mouse.move(start.x + 60, start.y + 30);
  await page.mouse.down();
  await page.mouse.move(start.x + 120, start.y + 90, { steps: 10 });
  await page.mouse.up();
  const moved = await node.boundingBox();
  assert.ok(Math.abs(moved.x - start.x - 60) < 2 && Math.abs(moved.y - start.y - 60) < 2, 'the node followed');
  await page.keyboard.press('Control+z');
  const back = await node.boundingBox();
  assert.ok(Math.abs(back.x - start.x) < 1 && Math.abs(back.y - start.y) < 1, 'one undo puts it back');
});

test('adding, moving, connecting and deleting with the keyboard only', async () => {
  await openExample('eenzaamheid-ouderen');
  const { page } = app;
  const before = await nodes().count();
  const edgesBefore = await edges().count();
  await page.getByRole('button', { name: 'Effect toevoegen' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await nodes().count(), before + 1);
  const id = await page.locator('.rl-node--selected').getAttribute('data-id');

  const node = page.locator(`.rl-node[data-id="${id}"]`);
  await node.focus();
  // A node is placed by a CSS transform (set through the CSSOM): translate(Xpx, Ypx).
  const x = async () => Number(/translate\(([-\d.]+)/.exec(await node.evaluate((el) => el.style.transform))[1]);
  const x0 = await x();
  await page.keyboard.press('ArrowRight');
  assert.equal(await x(), x0 + 20);

  await page.keyboard.press('c');
  assert.match(await page.locator('.rl-canvas__mode').innerText(), /Kies het onderdeel/);
  await page.locator('.rl-node[data-id="n1"]').focus();
  await page.keyboard.press('Enter');
  assert.equal(await edges().count(), edgesBefore + 1);

  await node.focus();
  await page.keyboard.press('Delete');
  assert.equal(await nodes().count(), before);
  assert.equal(await edges().count(), edgesBefore);
});

test('an edge can be chosen and edited from the keyboard', async () => {
  await openExample('eenzaamheid-ouderen');
  const { page } = app;
  await page.locator('.rl-node[data-id="n1"]').focus();
  await page.keyboard.press('Enter');
  const edgeButton = page.locator('[data-testid="node-form"] [data-edge]').first();
  const id = await edgeButton.getAttribute('data-edge');
  await edgeButton.focus();
  await page.keyboard.press('Enter');
  const form = page.locator('[data-testid="edge-form"]');
  await form.waitFor();
  const assumption = form.locator('textarea');
  await assumption.fill('Wie vaker contact heeft, voelt zich minder eenzaam.');
  await assumption.press('Tab');
  await form.locator('select').selectOption('research-based');
  await page.waitForSelector(`.rl-edge--research[data-id="${id}"]`, { state: 'attached' });
});

test('editing an indicator changes the findings', async () => {
  await openExample('armoede-gezinnen');
  const { page } = app;
  // Datasets fit its words, but none is linked or names it exactly: to link, not missing.
  const toLink = await findingsCount('to-link');
  assert.ok(toLink >= 1);
  await page.locator('[data-findings="to-link"] button', { hasText: 'Kinderen in huishoudens met een laag inkomen' }).click();
  const concept = page.locator('[data-testid="indicator"]').nth(1).locator('input').first();
  assert.equal(await concept.inputValue(), 'Kinderen in huishoudens met een laag inkomen');
  // The list's own concept: an exact match, so the need leaves "to link".
  await concept.fill('Huishoudens met een laag inkomen');
  await concept.press('Enter');
  await page.waitForFunction((before) => {
    const text = document.querySelector('[data-findings="to-link"] h3')?.textContent ?? '';
    return Number(/\((\d+)\)/.exec(text)?.[1]) === before - 1;
  }, toLink);
  assert.ok((await page.locator('[data-need-status]').count()) >= 2, 'the node lists its data needs');
});

test('save downloads the graph file and a reload restores the work', async () => {
  await openExample('eenzaamheid-ouderen');
  const { page } = app;
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  const count = await nodes().count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  assert.equal(download.suggestedFilename(), 'eenzaamheid-ouderen.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.format, 'redeneerlijn');
  assert.equal(saved.nodes.length, count);

  await page.waitForTimeout(600); // the autosave waits for a pause in editing
  await page.reload();
  await page.locator('.rl-node').first().waitFor();
  assert.equal(await nodes().count(), count);
});

test('when the browser refuses the autosave copy, the officer is told', async () => {
  await openExample('eenzaamheid-ouderen');
  const { page } = app;
  // What a full storage does: every write throws a QuotaExceededError.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  const notice = page.locator('[data-notice="autosave-failed"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Automatisch bewaren lukt niet/);
  assert.match(await notice.innerText(), /Sla je werk op als bestand/);
  assert.match(await notice.innerText(), /The quota has been exceeded\./, 'the browser\'s reason, not a debug dump');
  await page.reload(); // restores the real Storage for the next tests
  await page.waitForSelector('[data-testid="app-shell"]');
});

test('a broken file gives a clear message and leaves the work untouched', async () => {
  await openExample('armoede-gezinnen');
  const { page } = app;
  const count = await nodes().count();
  const file = new URL('./fixtures/broken-graph.json', import.meta.url);
  await page.locator('[data-testid="file-input"]').setInputFiles(file.pathname);
  const notice = page.locator('[data-notice="load-failed"]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /broken-graph\.json/);
  assert.match(text, /nodes\[0\]\.kind/);
  assert.match(text, /niet veranderd/);
  assert.equal(await nodes().count(), count);
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await notice.innerText(), /has not changed/);
  assert.equal(await page.getByRole('button', { name: 'Add goal' }).count(), 1);
  await page.getByRole('button', { name: 'Nederlands' }).click();
});

test('the outline lists the same line and selects like the canvas', async () => {
  await openExample('armoede-gezinnen');
  const { page } = app;
  await page.locator('[data-view="outline"]').click();
  const items = page.locator('.rl-outline__node');
  assert.ok((await items.count()) >= (await page.evaluate(() => 1)));
  await page.locator('.rl-outline__node[data-id="n5"]').first().click();
  assert.match(await page.locator('[data-testid="node-form"]').innerText(), /Effect/);
  await page.locator('[data-view="canvas"]').click();
  assert.equal(await page.locator('.rl-node--selected').getAttribute('data-id'), 'n5');
});

test('no console errors and no foreign requests during editing', async () => {
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
});
