// Loads the WebAssembly app. Kept outside index.html so the Content-Security-Policy needs no inline script.
import init from './pkg/redeneerlijn.js';

init().catch((error) => {
  const root = document.getElementById('app');
  if (root) {
    root.textContent = 'Redeneerlijn kon niet starten / could not start: ' + error;
  }
  console.error(error);
});
