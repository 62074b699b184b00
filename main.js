// Loads the WebAssembly app. Kept outside index.html so the Content-Security-Policy needs no inline script.
import init from './pkg/redeneerlijn.js';

init()
  .then((wasm) => {
    // Read by the browser benchmark (scripts/bench-browser.mjs) to report memory use.
    globalThis.redeneerlijnMemoryBytes = () => wasm.memory.buffer.byteLength;
  })
  .catch((error) => {
    const root = document.getElementById('app');
    if (root) {
      root.textContent = 'Redeneerlijn kon niet starten / could not start: ' + error;
    }
    console.error(error);
  });
