// Loads the WebAssembly app. Kept outside index.html so the Content-Security-Policy needs no inline script.
import init from './pkg/redeneerlijn.js';
import { reportCrash } from './crash.js';

// A trap inside the app surfaces as an uncaught error of an event handler, a timer or a promise.
addEventListener('error', (event) => reportCrash(event.error));
addEventListener('unhandledrejection', (event) => reportCrash(event.reason));

init()
  .then((wasm) => {
    // Read by the browser benchmark (scripts/bench-browser.mjs) to report memory use.
    globalThis.redeneerlijnMemoryBytes = () => wasm.memory.buffer.byteLength;
  })
  .catch((error) => {
    // A trap while starting (restoring the kept work, say) still gets the notice and its download.
    reportCrash(error);
    const root = document.getElementById('app');
    if (root) {
      root.textContent = 'Redeneerlijn kon niet starten / could not start: ' + error;
    }
    console.error(error);
  });
