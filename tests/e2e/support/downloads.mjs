// Files the app offers for download, kept under their own names (a page opened from disk is read
// as HTML only with its extension; a file input shows the name it was given) in one temporary
// folder per test file, removed when its tests are done.
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class Downloads {
  #root;
  #count = 0;

  constructor(root) {
    this.#root = root;
  }

  static async create() {
    return new Downloads(await mkdtemp(join(tmpdir(), 'redeneerlijn-e2e-')));
  }

  /** Clicks `trigger` (a locator or a selector on `page`) and keeps the file it downloads. */
  async from(page, trigger) {
    const locator = typeof trigger === 'string' ? page.locator(trigger) : trigger;
    const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
    return this.keep(file);
  }

  /** Keeps a playwright download; each in a folder of its own, so equal names never collide. */
  async keep(file) {
    const folder = join(this.#root, String(++this.#count));
    await mkdir(folder);
    const name = file.suggestedFilename();
    const path = join(folder, name);
    await file.saveAs(path);
    const bytes = await readFile(path);
    return { name, path, bytes, text: bytes.toString('utf8') };
  }

  async remove() {
    await rm(this.#root, { recursive: true, force: true });
  }
}
