// When the WebAssembly app stops (a trap: a panic or running out of memory, which the app is built
// never to cause), the page would freeze without a word. This says what happened, in the page's
// language, covers the controls that no longer answer, and offers the copy of the reasoning line
// that autosave keeps in this browser as a file, so the work can be taken along even if a reload
// were to stop again. Plain JS on purpose: the Rust side cannot be trusted to run any more.

// Written by src/ui/hooks/use_autosave.rs: { file_name, graph } with `graph` in the file format.
const AUTOSAVE_KEY = 'redeneerlijn.autosave';

const TEXT = {
  nl: {
    title: 'Redeneerlijn is gestopt',
    body:
      'Er ging iets mis in de app en hij reageert niet meer. Je werk wordt automatisch bewaard in deze ' +
      'browser: laad de pagina opnieuw om verder te gaan. Wijzigingen van de laatste seconde kunnen ontbreken.',
    reload: 'Pagina opnieuw laden',
    download: 'Bewaarde redeneerlijn downloaden',
    nothingKept: 'Er is in deze browser geen redeneerlijn bewaard.',
  },
  en: {
    title: 'Redeneerlijn has stopped',
    body:
      'Something went wrong in the app and it no longer responds. Your work is saved automatically in ' +
      'this browser: reload the page to continue. Changes from the last second may be missing.',
    reload: 'Reload the page',
    download: 'Download the kept reasoning line',
    nothingKept: 'No reasoning line is kept in this browser.',
  },
};

let shown = false;

/** Shows the notice for `error` if it is the app stopping; other page errors are left alone. */
export function reportCrash(error) {
  if (shown || !(error instanceof WebAssembly.RuntimeError)) return;
  shown = true;
  const text = TEXT[document.documentElement.lang] ?? TEXT.nl;
  const kept = keptLine();

  const dialog = element('div', { class: 'rl-crash__dialog', role: 'alertdialog', 'aria-modal': 'true' });
  dialog.setAttribute('aria-labelledby', 'rl-crash-title');
  dialog.setAttribute('aria-describedby', 'rl-crash-body');
  const title = element('h2', { id: 'rl-crash-title', class: 'rl-crash__title' }, text.title);
  const body = element('p', { id: 'rl-crash-body' }, text.body);
  const actions = element('div', { class: 'rl-crash__actions' });
  const reload = element('button', { type: 'button', class: 'utrecht-button utrecht-button--primary-action' }, text.reload);
  reload.dataset.action = 'crash-reload';
  reload.addEventListener('click', () => location.reload());
  actions.append(reload);
  if (kept) {
    const download = element('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action' }, text.download);
    download.dataset.action = 'crash-download';
    download.addEventListener('click', () => offer(kept.name, kept.text));
    actions.append(download);
  }
  dialog.append(title, body, actions);
  if (!kept) dialog.append(element('p', {}, text.nothingKept));

  const overlay = element('div', { class: 'rl-crash', 'data-testid': 'crash' });
  overlay.append(dialog);
  // The frozen app stays visible behind the overlay but out of reach of the keyboard too.
  document.getElementById('app')?.setAttribute('inert', '');
  document.body.append(overlay);
  // Into the dialog, onto the way out: screen readers read its title and text on the way.
  reload.focus();
}

function keptLine() {
  try {
    const snapshot = JSON.parse(localStorage.getItem(AUTOSAVE_KEY) ?? 'null');
    if (typeof snapshot?.graph !== 'string') return null;
    const name = typeof snapshot.file_name === 'string' && snapshot.file_name ? snapshot.file_name : 'redeneerlijn.json';
    return { name, text: snapshot.graph };
  } catch {
    return null;
  }
}

function offer(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = element('a', { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function element(name, attributes, text) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
