// One search box for states, organisations, instruments, acts and documents, answering as one
// types: names the page already holds (states, instruments, acts, matched at the start of any
// word) at once, then the API's /search (organisations by a name in any language, case and
// accents aside, then documents by full text in every loaded language, with snippets) and a
// state found by an inflected name where the API knows it. A newer keystroke cancels the older question.

import { api, type Matrix, type SearchHit } from "./api";
import { byId, h } from "./dom";
import { kindLabel, showDate } from "./labels";

const DELAY_MS = 200;

export function initSearch(latest: () => Matrix | null): void {
  const input = byId<HTMLInputElement>("search");
  const results = byId("search-results");
  let timer = 0;
  let controller: AbortController | null = null;
  const close = () => { results.hidden = true; };
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { controller?.abort(); close(); return; }
    const local = localHits(latest(), q);
    show(results, input, q, local, null);
    timer = window.setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const quiet = <T>(error: unknown, none: T): T => { if ((error as Error).name === "AbortError") throw error; return none; };
        const [hits, named] = await Promise.all([api.search(q, controller.signal),
          api.stateName(q, controller.signal).catch((error) => quiet(error, null))]);
        const state: SearchHit[] = named?.iso2 ? [{ type: "state", key: named.iso2, name: named.name, date: null, kind: null, snippet: null }] : [];
        if (input.value.trim() === q) show(results, input, q, local, [...state, ...hits]);
      } catch (error) {
        if ((error as Error).name !== "AbortError" && input.value.trim() === q) show(results, input, q, local, []);
      }
    }, DELAY_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") { close(); input.value = ""; }
    if (event.key === "ArrowDown") { event.preventDefault(); results.querySelector<HTMLElement>("a")?.focus(); }
  });
  results.addEventListener("keydown", (event) => {
    const links = [...results.querySelectorAll<HTMLElement>("a")];
    const i = links.indexOf(document.activeElement as HTMLElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const j = i + (event.key === "ArrowDown" ? 1 : -1);
      (j < 0 ? input : links[Math.min(j, links.length - 1)]).focus();
    } else if (event.key === "Escape") { close(); input.focus(); }
  });
  results.addEventListener("click", (event) => { if ((event.target as HTMLElement).closest("a")) close(); });
  window.addEventListener("hashchange", close);
}

interface Hit { href: string; title: string; detail: string; snippet?: string | null }

function words(text: string): string[] {
  return text.toLocaleLowerCase().normalize("NFD").replace(/\p{M}/gu, "").split(/[^\p{L}\p{N}]+/u);
}

/** Names on the page that have a word starting with every word typed. */
function localHits(matrix: Matrix | null, q: string): Hit[] {
  if (!matrix) return [];
  const typed = words(q).filter(Boolean);
  const matches = (name: string) => { const w = words(name); return typed.every((t) => w.some((x) => x.startsWith(t))); };
  return [
    ...matrix.rows.filter((r) => matches(r.name ?? "")).map((r) => ({ href: `#view=state&iso2=${r.iso2}`, title: r.name ?? "", detail: "state" })),
    ...matrix.columns.filter((c) => matches(`${c.label ?? ""} ${c.short_label ?? ""}`)).map((c) => ({
      href: c.type === "legal_act" ? `#view=act&id=${encodeURIComponent(c.id)}` : `#view=instrument&id=${encodeURIComponent(c.id)}`,
      title: c.label ?? "", detail: kindLabel(c.kind) })),
  ].slice(0, 8);
}

function apiHit(hit: SearchHit): Hit {
  if (hit.type === "state") return { href: `#view=state&iso2=${hit.key}`, title: hit.name ?? hit.key, detail: "state", snippet: hit.snippet };
  if (hit.type === "organization") return { href: `#view=organization&id=${encodeURIComponent(hit.key)}`, title: hit.name ?? hit.key,
    detail: hit.kind ? `organisation, ${kindLabel(hit.kind)}` : "organisation" };
  return { href: `#view=document&id=${encodeURIComponent(hit.key)}`, title: hit.name ?? "Untitled document",
    detail: `${kindLabel(hit.kind)}, ${showDate(hit.date)}`, snippet: hit.snippet };
}

function show(results: HTMLElement, _input: HTMLInputElement, q: string, local: Hit[], remote: SearchHit[] | null): void {
  const hits = [...local, ...(remote ?? []).map(apiHit)].filter((hit, i, all) => all.findIndex((o) => o.href === hit.href) === i);
  results.replaceChildren(
    h("p", { class: "search-count", role: "status" }, remote === null ? `Searching for “${q}”…` : `${hits.length} result${hits.length === 1 ? "" : "s"} for “${q}”`),
    ...(hits.length ? [h("ul", {}, ...hits.map((hit) => h("li", {},
      h("a", { href: hit.href }, hit.title), h("span", { class: "muted" }, ` — ${hit.detail}`),
      hit.snippet ? h("p", { class: "snippet" }, trimSnippet(hit.snippet)) : null)))] : []));
  results.hidden = false;
}

/** A snippet cut out of a longer text, shown from its first whole word to its last, with "…" at each cut. */
function trimSnippet(snippet: string): string {
  const first = snippet.indexOf(" "), last = snippet.lastIndexOf(" ");
  return first >= 0 && last > first ? `…${snippet.slice(first + 1, last)}…` : snippet;
}
