// Load-and-render in Firefox and in WebKit (Safari's engine), through their WebDriver servers.
// Officers use whatever browser their municipality gives them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/serve.mjs';
import { DIST } from './support/chromium.mjs';
import { freePort, startDriver, Session } from './support/webdriver.mjs';

const WEBKIT_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const BROWSERS = {
  firefox: async (port) => ({
    driver: await startDriver(process.env.GECKODRIVER ?? 'geckodriver', ['--port', String(port), '--host', '127.0.0.1']),
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs: { 'network.proxy.type': 0 } },
    },
  }),
  webkit: async (port) => ({
    // WebKitGTK has no headless mode: it draws into a virtual X display.
    driver: await startDriver('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { wrapper: true }),
    capabilities: {
      'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] },
    },
  }),
};

let site;
before(async () => {
  site = await serve(DIST);
});
after(async () => {
  await new Promise((done) => site.server.close(done));
});

for (const [name, launch] of Object.entries(BROWSERS)) {
  test(`${name}: the app loads, renders in Dutch and switches to English`, { timeout: 120000 }, async () => {
    const port = await freePort();
    const { driver, capabilities } = await launch(port);
    let session;
    try {
      session = await Session.create(`http://127.0.0.1:${port}`, capabilities);
      await session.navigate(site.url);
      const heading = await session.waitFor("return document.querySelector('h1')?.textContent ?? null");
      assert.equal(heading, 'Begin een redeneerlijn');
      assert.equal(await session.execute("return document.documentElement.lang"), 'nl');
      assert.equal(await session.execute('return typeof WebAssembly'), 'object');

      await session.click(await session.find("button[data-lang='en']"));
      const english = await session.waitFor(
        "const h = document.querySelector('h1')?.textContent; return h === 'Start a reasoning line' ? h : null",
      );
      assert.equal(english, 'Start a reasoning line');
      assert.equal(await session.execute('return document.documentElement.lang'), 'en');
    } catch (error) {
      error.message += `\n${name} driver said:\n${driver.stderr().slice(-2000)}`;
      throw error;
    } finally {
      await session?.close();
      await driver.stop();
    }
  });
}
