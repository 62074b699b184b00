// Canvas gestures beyond click and drag, end to end in Chromium: the rubber band (Shift-drag on the
// background) and its keyboard equivalent Ctrl+A, pinch zoom with two real touch points, and the
// editor on a phone-sized screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadApp } from './support/chromium.mjs';

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

const selectedIds = () =>
  app.page.locator('.rl-node--selected').evaluateAll((nodes) => nodes.map((n) => n.dataset.id).sort());

/** Pan and zoom of the drawing, read from the node pane's transform (set through the CSSOM). */
const view = () =>
  app.page.evaluate(() => {
    const [, x, y, zoom] = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/
      .exec(document.querySelector('.rl-canvas__pane').style.transform)
      .map(Number);
    return { x, y, zoom };
  });

/** Opens an example through the address, as a workshop link does, with no autosave around. */
async function openExample(key = 'armoede-gezinnen') {
  await loadApp(app);
  await app.page.evaluate(() => localStorage.clear());
  await app.page.goto(`${app.url}#voorbeeld=${key}`);
  await app.page.reload();
  await app.page.locator('.rl-node').first().waitFor();
}

/** The nodes of the leftmost column (the interventions), top to bottom, with their screen boxes. */
async function leftColumn() {
  const boxes = await app.page.locator('.rl-node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.querySelector('.rl-node__box').getBoundingClientRect();
      return { id: n.dataset.id, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  const left = Math.min(...boxes.map((b) => b.x));
  return boxes.filter((b) => Math.abs(b.x - left) < 1).sort((a, b) => a.y - b.y);
}

/** Drags from `from` to `to` with a modifier held, checking the band is drawn on the way. */
async function band(from, to, modifier) {
  const { page } = app;
  await page.keyboard.down(modifier);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  assert.equal(await page.locator('.rl-canvas__marquee').count(), 1, 'the band is drawn while dragging');
  await page.mouse.up();
  await page.keyboard.up(modifier);
  assert.equal(await page.locator('.rl-canvas__marquee').count(), 0, 'and gone after release');
}

test('Shift-drag on the background selects the nodes the band touches; Ctrl-drag adds', async () => {
  await openExample();
  const { page } = app;
  const [a, b, c] = await leftColumn();
  assert.ok(c, 'the example has at least three interventions');

  // A keyboard move of a goal first, to show below that the band adds nothing to the undo history.
  const node = page.locator('.rl-node[data-id="n1"]');
  const x = async () => Number(/translate\(([-\d.]+)/.exec(await node.evaluate((el) => el.style.transform))[1]);
  await node.focus();
  const x0 = await x();
  await page.keyboard.press('ArrowRight');
  assert.equal(await x(), x0 + 20);

  await page.locator('.rl-node[data-id="n1"]').click();
  assert.deepEqual(await selectedIds(), ['n1']);
  // From the empty canvas above the column, down into the second intervention: the band touches
  // the first two and replaces the selection.
  await band({ x: a.x + a.width / 2, y: a.y - 8 }, { x: b.x + b.width / 2 + 10, y: b.y + b.height / 2 }, 'Shift');
  assert.deepEqual(await selectedIds(), [a.id, b.id].sort());

  // With Ctrl, a band over the third joins the selection. It starts beside the column, in the
  // empty space left of the drawing.
  await band({ x: c.x - 12, y: c.y + c.height / 2 }, { x: c.x + 30, y: c.y + c.height / 2 + 6 }, 'Control');
  assert.deepEqual(await selectedIds(), [a.id, b.id, c.id].sort());
  assert.match(await page.locator('[data-testid="side-panel"]').innerText(), /3 onderdelen geselecteerd/);

  // The selections were no edits: one undo takes back the keyboard move.
  await page.keyboard.press('Control+z');
  assert.equal(await x(), x0);

  // A Shift-drag over empty canvas selects nothing.
  await band({ x: c.x - 30, y: c.y }, { x: c.x - 14, y: c.y + 20 }, 'Shift');
  assert.deepEqual(await selectedIds(), []);
});

test('Ctrl+A on the canvas selects every node; in a text field it stays the browser\'s own', async () => {
  await openExample();
  const { page } = app;
  const count = await page.locator('.rl-node').count();
  await page.locator('.rl-node[data-id="n1"]').focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await selectedIds(), ['n1']);

  // In the side panel's title field, Ctrl+A selects the text, not the drawing.
  const title = page.locator('[data-testid="node-form"] input').first();
  await title.focus();
  await page.keyboard.press('Control+a');
  assert.deepEqual(await selectedIds(), ['n1']);

  await page.locator('.rl-canvas__area').focus();
  await page.keyboard.press('Control+a');
  assert.equal(await page.locator('.rl-node--selected').count(), count);
  assert.match(await page.locator('[data-testid="side-panel"]').innerText(), new RegExp(`${count} onderdelen geselecteerd`));
  // The instructions tell screen-reader users about it.
  assert.match(await page.locator('#rl-canvas-help').textContent(), /Ctrl\+A kiest alle onderdelen/);
});

test('pinching with two touch points zooms around their midpoint', async () => {
  await openExample();
  const { page } = app;
  const area = await page.locator('.rl-canvas__area').boundingBox();
  // Inside the margin "fit" leaves around the drawing: empty canvas, the target of a pinch.
  const mid = { x: area.x + area.width / 2, y: area.y + 12 };
  const fingers = (spread) => [
    { x: mid.x - spread, y: mid.y, id: 1 },
    { x: mid.x + spread, y: mid.y, id: 2 },
  ];
  // Real touch input: Chromium turns it into pointer events with pointerType "touch".
  const cdp = await app.context.newCDPSession(page);
  const pinch = async (from, to) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
    for (let step = 1; step <= 10; step += 1) {
      const spread = from + ((to - from) * step) / 10;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };

  // The canvas point under the fingers' midpoint, which a pinch keeps in place.
  const anchor = ({ x, y, zoom }) => ({ x: (mid.x - area.x - x) / zoom, y: (mid.y - area.y - y) / zoom });
  const start = await view();
  assert.ok(start.zoom > 0.2 && start.zoom <= 1, `fitted zoom ${start.zoom}`);
  await pinch(40, 80);
  const spread = await view();
  assert.ok(Math.abs(spread.zoom / start.zoom - 2) < 0.05, `fingers twice as far apart: zoom ${start.zoom} -> ${spread.zoom}`);
  const [before, during] = [anchor(start), anchor(spread)];
  assert.ok(Math.abs(before.x - during.x) < 2 && Math.abs(before.y - during.y) < 2, 'the midpoint stays put');
  await pinch(80, 40);
  const back = await view();
  assert.ok(Math.abs(back.zoom - start.zoom) < 0.02, `and back together: zoom ${spread.zoom} -> ${back.zoom}`);
});

test('on a phone the toolbar, the canvas and the side panel are all reachable', async () => {
  const { page } = app;
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await openExample();
    await page.locator('.rl-node[data-id="n5"]').click();
    assert.deepEqual(await selectedIds(), ['n5']);

    const width = await page.evaluate(() => innerWidth);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
      'no horizontal scrolling of the page',
    );
    // Every button above the canvas is wholly on screen: none is cut off at the right.
    const buttons = page.locator('.rl-toolbar button, .rl-workspace__bar button');
    assert.ok((await buttons.count()) >= 12);
    for (const button of await buttons.all()) {
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${await button.innerText()} fits`);
      assert.ok(await button.isVisible());
    }

    const canvas = page.locator('.rl-canvas__area');
    await canvas.scrollIntoViewIfNeeded();
    const area = await canvas.boundingBox();
    assert.ok(area.width >= width - 1 && area.height >= 320, `canvas ${area.width}x${area.height}`);
    assert.ok(area.height <= 844, 'the canvas fits the screen, so the page can still be scrolled past it');

    // The details of the chosen node, below the canvas, can be scrolled to and used.
    const title = page.locator('[data-testid="node-form"] input').first();
    await title.scrollIntoViewIfNeeded();
    assert.ok(await title.isVisible());
    const field = await title.boundingBox();
    assert.ok(field.x >= 0 && field.x + field.width <= width);
    await title.fill('Gezinnen met schulden krijgen sneller hulp');
    await title.press('Enter');
    assert.match(await page.locator('.rl-node[data-id="n5"]').innerText(), /sneller hulp/);
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('no console errors and no foreign requests during the gestures', async () => {
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
});
