// axe-core scans for the end-to-end tests: WCAG 2.1 A and AA, zero violations. The page must be
// opened with `bypassCSP: true`, only so axe-core can be injected.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Scans `page` as it is now; `state` names it in the failure message. */
export async function assertNoViolations(page, state) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  const violations = result.violations.map(
    (v) => `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(violations, [], violations.join('\n'));
  assert.ok(result.passes.length > 10, 'axe actually checked the page');
}
