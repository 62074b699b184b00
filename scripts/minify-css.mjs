// Shrinks CSS for dist/: drops comments and the whitespace that carries no meaning (runs become
// one space; none around `{`, `}` and `;`; no `;` before `}`). Strings and selectors keep their
// single spaces, so the rules are unchanged. The sources in styles/ stay commented and readable.
//
// As a script: node scripts/minify-css.mjs <output> <input>... concatenates the inputs, minified.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function minify(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [output, ...inputs] = process.argv.slice(2);
  const css = inputs.map((file) => readFileSync(file, 'utf8')).join('\n');
  writeFileSync(output, minify(css) + '\n');
}
