// The explorer's frame (header, tabs, toolbar, panels, evidence dialog, footer) and its full stylesheet, put into
// the page one frame after the loading line was painted: the HTML a cold load parses and lays out before its first
// paint is that line alone (index.html), not the whole page (bench/explorer_paint.py). The markup is the
// project's own (src/frame.html), never data, so it is parsed as HTML here.

import FRAME from "./frame.html?raw";
import STYLE from "./style.css?inline";

/** Adds the stylesheet and the frame before the scripts at the end of <body>; the live loading line (already on
 *  screen, possibly already saying something) takes the place of the frame's own. */
export function showFrame(): void {
  const style = document.createElement("style");
  style.textContent = STYLE;
  document.head.append(style);
  const template = document.createElement("template");
  template.innerHTML = FRAME;
  const live = document.getElementById("busy");
  const slot = template.content.getElementById("busy");
  if (live && slot) slot.replaceWith(live);
  document.body.prepend(template.content);
}
