// A tiny element builder. Text always goes in through textContent, never innerHTML, so a
// quote or title from a loaded document cannot inject markup into the page.

import { cutAtWord, splitAround } from "./labels";

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.replace(/^on/, ""), value);
    else if (key === "class") el.className = String(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

/** Screen-reader-only text. */
export function sr(text: string): HTMLSpanElement {
  return h("span", { class: "sr-only" }, text);
}

/** The quote marked inside its sentence, built from text nodes. A long sentence is cut at
 *  word boundaries around the quote, each cut shown by "…", so no word is ever half shown. */
export function quoteInContext(quote: string | null, context: string | null, max = 320): HTMLElement {
  const block = h("blockquote", { class: "quote" });
  const parts = splitAround(quote, context, max);
  if (parts) {
    block.append(parts[0], h("mark", {}, parts[1]), parts[2]);
  } else {
    block.append(h("mark", {}, quote || "(no quote)"));
    if (context) block.append(h("span", { class: "context" }, ` — ${cutAtWord(context, max)}`));
  }
  return block;
}
