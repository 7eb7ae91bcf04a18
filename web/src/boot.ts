// The page's entry, kept tiny: the HTML holds the loading line alone (and its few styles), so a cold page's
// first paint lays out one line. One frame later the entry adds the page's frame and stylesheet (src/frame.ts)
// and imports the explorer (src/main.ts); both files are fetched beside the HTML (modulepreload links). If
// either cannot be had, the loading line says so instead of waiting for ever.

function start(): void {
  import("./frame")
    .then(({ showFrame }) => {
      showFrame();
      performance.mark("explorer-frame");
      return import("./main");
    })
    .catch(() => {
      const line = document.getElementById("busy");
      if (line) line.textContent = "The explorer's script could not be loaded: reload the page to try again.";
    });
}

// requestAnimationFrame runs just before the next frame is drawn; the timeout, just after it. A page opened in a
// background tab draws no frame (and requestAnimationFrame waits until it is shown): it starts at once.
if (document.visibilityState === "hidden") start();
else requestAnimationFrame(() => setTimeout(start, 0));
