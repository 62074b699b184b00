// A minimal W3C WebDriver client (just what the load-and-render test needs), used for the browsers
// playwright-core cannot drive with Debian's builds: Firefox (geckodriver) and WebKit (WebKitWebDriver).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free loopback port for a driver to listen on. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a driver process in its own process group, so stopping it also stops the browser.
 * `wrapper`: the command is a wrapper such as xvfb-run, which cleans up after itself (its X server,
 * its temporary folder) only when the command it runs ends, not when it is stopped itself.
 */
export async function startDriver(command, args, { wrapper = false } = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return {
    child,
    stderr: () => stderr,
    async stop() {
      if (wrapper && child.exitCode === null) {
        spawnSync('pkill', ['-TERM', '-P', String(child.pid)]);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Opens a session, retrying while the driver is still starting up. */
  static async create(base, capabilities, { timeoutMs = 60000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const value = await command(`${base}/session`, 'POST', { capabilities: { alwaysMatch: capabilities } });
        return new Session(base, value.sessionId);
      } catch (error) {
        lastError = error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    throw new Error(`no WebDriver session at ${base}: ${lastError}`);
  }

  call(path, method = 'GET', body) {
    return command(`${this.base}/session/${this.id}${path}`, method, body);
  }

  navigate(url) {
    return this.call('/url', 'POST', { url });
  }

  execute(script, args = []) {
    return this.call('/execute/sync', 'POST', { script, args });
  }

  async find(selector) {
    const element = await this.call('/element', 'POST', { using: 'css selector', value: selector });
    return element[ELEMENT];
  }

  click(elementId) {
    return this.call(`/element/${elementId}/click`, 'POST', {});
  }

  text(elementId) {
    return this.call(`/element/${elementId}/text`);
  }

  /** Polls `script` (returning a value) until it is truthy. */
  async waitFor(script, { timeoutMs = 30000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const value = await this.execute(script);
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for: ${script}`);
  }

  close() {
    return command(`${this.base}/session/${this.id}`, 'DELETE').catch(() => {});
  }
}

async function command(url, method, body) {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json();
  if (!response.ok || payload.value?.error) {
    throw new Error(`${method} ${url}: ${payload.value?.error ?? response.status} ${payload.value?.message ?? ''}`);
  }
  return payload.value;
}
