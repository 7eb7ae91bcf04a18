// The page's entry, kept tiny: the first frame shows the loading line alone, from the HTML and
// its inlined styles (the page's frame waits behind the `booting` class on <html>), so the
// loading line is painted before any of the explorer's script is evaluated. After that frame
// the page's frame is shown and the explorer is imported; if its script cannot be had, the
// loading line says so instead of waiting for ever.

const BOOTING = "booting";

function start(): void {
  // Fields Chromium builds parts for when they are created (a date field: its locale's date format, its calendar
  // icon; measured at 40-60 ms of a cold first paint) are plain text fields in the HTML, given their type here.
  for (const field of document.querySelectorAll<HTMLInputElement>("input[data-type]")) field.type = field.dataset.type ?? "text";
  document.documentElement.classList.remove(BOOTING);
  performance.mark("explorer-frame");
  import("./main").catch(() => {
    const line = document.getElementById("busy");
    if (line) line.textContent = "The explorer's script could not be loaded: reload the page to try again.";
  });
}

// requestAnimationFrame runs just before the next frame is drawn; the timeout, just after it.
if (document.documentElement.classList.contains(BOOTING)) requestAnimationFrame(() => setTimeout(start, 0));
else start();
