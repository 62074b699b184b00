// Large inputs generated for the end-to-end tests and the browser benchmarks.

/**
 * A dataset list in the app's own format of `count` municipal registers (about 14 MB compact for
 * 40,000), as the text of a catalog file; `indent` as for `JSON.stringify`.
 */
export function ownFormatList(count, indent) {
  const datasets = Array.from({ length: count }, (_, i) => ({
    id: `gem-register-${i}`,
    title: `Register ${i} van de gemeente Voorbeeldstad, met een lange beschrijvende titel`,
    owner: 'Team Informatievoorziening',
    source: 'municipality',
    variables: [{ concept: `Kenmerk ${i % 997}`, aliases: [`kenmerk_${i % 997}`] }],
    level: 'neighbourhood',
    frequency: 'year',
    period: { from: 2019, to: 2026 },
    access: 'internal',
  }));
  return JSON.stringify({ format: 'redeneerlijn-catalog', version: 1, title: 'Groot register', datasets }, null, indent);
}

/** Opens the example line afresh (a new document, so earlier runs leave nothing behind). */
export async function openExampleAfresh(app, run) {
  const { page } = app;
  await page.goto('about:blank');
  await page.goto(`${app.url}?run=${run}#voorbeeld=armoede-gezinnen`);
  await page.locator('.rl-node').first().waitFor();
  await page.waitForTimeout(300);
}
