// Writes dist/styles/vendor.css: the NL Design System files listed in styles/vendor.txt, in that
// order, with the design-token theme cut down to the custom properties the app's CSS can reach.
// The theme defines some 1,200 tokens for every Utrecht component; the app uses a few dozen, and
// the rest would be most of the stylesheet's download.
//
// A token is kept when a `var(--name)` in the component CSS, in styles/*.css, or in another kept
// token refers to it (transitively). Usage: node scripts/bundle-css.mjs <root> <output>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { minify } from './minify-css.mjs';

const [root, output] = process.argv.slice(2);
const THEME = '@utrecht/design-tokens/dist/theme.css';

const files = readFileSync(join(root, 'styles/vendor.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const text = (file) => readFileSync(join(root, 'node_modules', file), 'utf8');
const references = (css) => [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);

const ownCss = ['styles/tokens.css', 'styles/app.css'].map((f) => readFileSync(join(root, f), 'utf8'));
const componentCss = files.filter((f) => f !== THEME).map(text);

/** The theme's declarations in order: [name, value]. It is one `.utrecht-theme { ... }` block. */
function declarations(css) {
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if ((body.match(/\{/g) ?? []).length !== 1) {
    throw new Error(`${THEME} is no longer one rule; update scripts/bundle-css.mjs`);
  }
  const inner = body.slice(body.indexOf('{') + 1, body.lastIndexOf('}'));
  return [...inner.matchAll(/(--[\w-]+)\s*:\s*([^;]*);/g)].map((m) => [m[1], m[2].trim()]);
}

function prunedTheme(css) {
  const all = new Map(declarations(css));
  const keep = new Set();
  const queue = [...componentCss, ...ownCss].flatMap(references);
  while (queue.length > 0) {
    const name = queue.pop();
    if (keep.has(name) || !all.has(name)) continue;
    keep.add(name);
    queue.push(...references(all.get(name)));
  }
  const kept = [...all].filter(([name]) => keep.has(name));
  const body = kept.map(([name, value]) => `${name}:${value}`).join(';');
  return {
    css: `/* ${THEME}: ${kept.length} of ${all.size} tokens (the ones the app's CSS uses) */\n.utrecht-theme{${body}}`,
    kept: kept.length,
    total: all.size,
  };
}

const parts = files.map((file) => {
  if (file !== THEME) return text(file);
  const theme = prunedTheme(text(file));
  console.log(`vendor.css: kept ${theme.kept} of ${theme.total} design tokens`);
  return theme.css;
});
writeFileSync(output, minify(parts.join('\n')) + '\n');
