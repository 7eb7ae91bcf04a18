// The explorer: four views (matrix, headline, timeline, graph) and a page per document,
// state, instrument and legal act, over the API. What is on screen lives in the URL fragment
// (#view=matrix&as_of=2024-06-01&...), so every view, page and evidence dialog can be linked
// to, and Back steps through what the reader looked at.
//
// Each change of what is asked starts a new "generation": the requests it needs start at
// once and in parallel, the older generation's requests are aborted, and an answer that
// arrives for an older generation is dropped, so a slow earlier answer never overwrites a
// newer one. A loading line shows from the first paint (it is in the HTML, see boot.ts) and on every change.

import { api, type DataVersion, type Headline, type InstrumentSummary, type Matrix, type Neighbourhood, type Target, type Timeline } from "./api";
import { byId, h } from "./dom";
import { closeEvidence, initEvidenceDialog, openEvidenceByIds } from "./evidence";
import { download, downloadCsv, tablePng } from "./exporting";
import type { EditionCounts } from "./graph";
import { headlineCsv, headlinePng, instrumentTitle, renderHeadline, targetPhrase } from "./headline";
import { showDate } from "./labels";
import { csvRows, pngTable, renderFilters, renderLegend, renderTable, summaryText, type MatrixFilters } from "./matrix";
import { actPage, documentPage, instrumentPage, organizationPage, statePage } from "./pages";
import { initSearch } from "./search";
import { renderTimeline, renderTimelinePicker, timelineCsv, timelinePng } from "./timeline";
import { instrumentTrace, whyNothing, type InstrumentTrace } from "./unlisted";

type Tab = "matrix" | "headline" | "timeline" | "graph";
type PageKind = "document" | "state" | "instrument" | "act" | "organization";
type View = Tab | PageKind;
const TABS: Tab[] = ["matrix", "headline", "timeline", "graph"];
const PAGES: PageKind[] = ["document", "state", "instrument", "act", "organization"];
const DATE_SETTLE_MS = 600;

interface PageState extends MatrixFilters {
  view: View; asOf: string | null; timeline: string; target: string; node: string; depth: number; id: string; fact: string; evidence: string[];
}

// "" until known: the default instrument (timeline, headline) and act or topic (headline) are the
// template query's parameter defaults, read once from the API (GET /queries), so the page names
// no instrument of its own. state.timeline is the chosen instrument of both views ("instrument=").
let defaultInstrument = "";
let defaultTarget = "";
let instruments: InstrumentSummary[] | null = null; // every instrument the graph holds: what every instrument picker offers
let instrumentsAsked: Promise<InstrumentSummary[]> | null = null;
let targets: Target[] | null = null;
const state: PageState = { view: "matrix", asOf: null, column: "", relation: "", region: "", timeline: "", target: "", node: "SE", depth: 1, id: "", fact: "", evidence: [] };
let matrix: Matrix | null = null;
let latest: Matrix | null = null; // everything loaded: the columns, rows and edition dates never change with as_of
let headline: Headline = { instrument: "", target: "", rows: [] };
let timeline: Timeline | null = null;
let neighbourhood: Neighbourhood | null = null;
let version: DataVersion | null = null;
let editionDates: { date: string; number: string; count: number }[] = [];
const editionCounts: EditionCounts = new Map();
let editionsAsked = false;
let replaying = false;
let generation = 0;
let controller: AbortController | null = null;

function readHash(): void {
  const p = new URLSearchParams(location.hash.slice(1));
  const view = p.get("view") as View;
  state.view = [...TABS, ...PAGES].includes(view) ? view : "matrix";
  const asOf = p.get("as_of");
  state.asOf = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  state.column = p.get("column") ?? "";
  const relation = p.get("stance") ?? "";
  state.relation = (relation.startsWith("oppos") ? "oppose" : relation.startsWith("support") ? "support" : relation) as PageState["relation"];
  state.region = (p.get("region") ?? "") as PageState["region"];
  state.timeline = p.get("instrument") ?? defaultInstrument;
  state.target = p.get("target") ?? "";
  state.node = p.get("node") ?? "SE";
  state.depth = Math.min(3, Math.max(1, Number(p.get("depth") ?? 1) || 1));
  state.id = p.get("id") ?? p.get("iso2") ?? "";
  state.fact = p.get("fact") ?? "";
  state.evidence = (p.get("evidence") ?? "").split(",").filter(Boolean);
}

function hashOf(): string {
  const p = new URLSearchParams({ view: state.view });
  const set = (k: string, v: string | null, dflt = "") => v && v !== dflt && p.set(k, v);
  if (state.view === "state") set("iso2", state.id);
  else if (PAGES.includes(state.view as PageKind)) set("id", state.id);
  if (state.view === "document") set("fact", state.fact);
  set("as_of", state.asOf);
  if (state.view === "matrix") {
    set("column", state.column);
    set("stance", state.relation);
    set("region", state.region);
  }
  if (state.view === "timeline" || state.view === "headline") set("instrument", state.timeline, defaultInstrument);
  if (state.view === "headline") set("target", state.target, defaultTarget);
  if (state.view === "graph") { p.set("node", state.node); p.set("depth", String(state.depth)); }
  if (state.evidence.length) p.set("evidence", state.evidence.join(","));
  return `#${p}`;
}

/** One history entry per settled question: nothing is pushed when the address does not change. */
function writeHash(replace = false): void {
  const hash = hashOf();
  if (hash === location.hash) return;
  if (replace) history.replaceState(null, "", hash);
  else history.pushState(null, "", hash);
}

function status(text: string): void {
  byId("status").textContent = text;
}

function showError(error: unknown): void {
  const box = byId("error");
  box.hidden = false;
  box.textContent = `Something went wrong: ${(error as Error).message ?? String(error)}`;
}

function isAbort(error: unknown): boolean {
  return (error as Error)?.name === "AbortError";
}

function panel(): HTMLElement {
  return byId(TABS.includes(state.view as Tab) ? `view-${state.view}` : "view-page");
}

const VIEW_NAMES: Record<View, string> = {
  matrix: "the matrix", headline: "the headline answer", timeline: "the timeline", graph: "the graph",
  document: "the document", state: "the state's page", instrument: "the instrument's page", act: "the legal act's page",
  organization: "the organisation's page",
};

/** The loading line and the busy state of the panel, set at once when a question is asked. */
function setBusy(busy: boolean): void {
  const line = byId("busy");
  const target = panel();
  if (busy) {
    line.textContent = `Loading ${VIEW_NAMES[state.view]}${state.asOf ? ` as of ${state.asOf}` : ""}…`;
    line.hidden = false;
    target.setAttribute("aria-busy", "true");
    target.classList.add("stale");
    const summary = document.getElementById("matrix-summary");
    if (summary && state.view === "matrix" && matrix?.as_of !== state.asOf) summary.textContent = line.textContent;
  } else {
    line.hidden = true;
    line.textContent = "";
    for (const el of document.querySelectorAll("[aria-busy]")) if (el.id !== "evidence-body") el.removeAttribute("aria-busy");
    for (const el of document.querySelectorAll(".stale")) el.classList.remove("stale");
  }
}

async function update(options: { push?: boolean } = {}): Promise<void> {
  const gen = ++generation;
  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  byId("error").hidden = true;
  if (options.push !== false) writeHash();
  syncControls();
  setBusy(true);
  try {
    // Every request this question needs starts now, side by side.
    const wantLatest = latest ? Promise.resolve(latest) : api.matrix(null, signal);
    const wantMatrix = state.asOf ? api.matrix(state.asOf, signal) : wantLatest;
    const wantDefault = defaultInstrument ? Promise.resolve(defaultInstrument)
      : api.templateDefaults(signal).then((d) => { defaultTarget = d.target; return d.instrument; });
    if (!version) void api.version().then((v) => { version = v; cite(); }).catch(() => undefined);
    const wantView = startView(signal, wantDefault, wantLatest, wantMatrix);
    // Each is awaited below unless a newer question comes first; then its cancellation is expected, not an error.
    for (const started of [wantLatest, wantMatrix, wantDefault, wantView]) started.catch(() => undefined);
    const [m, l, d] = await Promise.all([wantMatrix, wantLatest, wantDefault]);
    if (gen !== generation) return;
    [matrix, latest, defaultInstrument] = [m, l, d];
    if (!state.timeline) state.timeline = defaultInstrument;
    if (!editionsAsked) { editionsAsked = true; void loadEditionDates(); }
    if (state.view === "graph") await editionsLoaded; // editions are captioned by their signatory counts
    const render = await wantView;
    if (gen !== generation) return;
    await render();
    if (gen !== generation) return;
    syncControls();
    cite();
    if (state.evidence.length && !byId<HTMLDialogElement>("evidence").open) void openEvidenceByIds(state.evidence);
    if (!state.evidence.length) closeEvidence();
  } catch (error) {
    if (gen === generation && !isAbort(error)) showError(error);
  } finally {
    if (gen === generation) setBusy(false);
  }
}

/** Starts the view's own request at once; resolves to the function that draws its answer. */
function startView(signal: AbortSignal, wantDefault: Promise<string>, wantLatest: Promise<Matrix>, wantMatrix: Promise<Matrix>): Promise<() => void | Promise<void>> {
  const asOf = state.asOf;
  switch (state.view) {
    case "matrix": {
      // An instrument picked in the column filter with no column, or no state's fact on it by the date: why, not an empty table.
      const column = state.column;
      return Promise.all([wantLatest, wantMatrix, instrumentList().catch(() => [] as InstrumentSummary[])]).then(async ([l, m]) => {
        const known = l.columns.find((c) => c.id === column);
        const why = column && (!known || (known.type === "instrument" && !m.cells.some((c) => c.column === column)))
          ? await explain(column, asOf, signal, (t) => `The matrix lists states' signatures, own acts of joining or endorsing, authorship and stances, and no state has one on it${asOf ? ` as of ${asOf}` : ""}${t.parties ? "; its parties are organisations, listed on its page" : ""}.`)
          : null;
        return () => showMatrix(why);
      });
    }
    case "headline": {
      // The pair in the address, else the query's own defaults (the API fills them in): asked at once.
      const wantTargets = targets ? Promise.resolve(targets) : api.targets(signal);
      return Promise.all([api.headline(state.timeline || null, state.target || null, asOf, signal), instrumentList(), wantTargets])
        .then(async ([answer, , t]) => {
          targets = t;
          const phrase = targetPhrase(t, answer.target);
          const why = answer.rows.length ? null : await explain(answer.instrument, asOf, signal,
            (trace) => (trace.parties ? `None of them is recorded as having opposed ${phrase}${asOf ? ` by ${asOf}` : ""}.` : null));
          return () => showHeadline(answer, why);
        });
    }
    case "timeline": {
      const wantTimeline = (state.timeline ? Promise.resolve(state.timeline) : wantDefault).then((id) => api.timeline(id, asOf, signal));
      return Promise.all([wantTimeline, instrumentList()]).then(([answer]) => () => showTimeline(answer));
    }
    case "graph":
      return api.neighbourhood(state.node, state.depth, asOf, signal).then((answer) => () => showGraph(answer));
    default: {
      const view = state.view, id = state.id, fact = state.fact || null;
      return Promise.all([wantLatest, wantMatrix]).then(async ([l, m]) => {
        const ctx = { asOf, latest: l, dated: m, signal };
        const page = view === "document" ? await documentPage(id, fact, ctx) : view === "state" ? await statePage(id, ctx)
          : view === "instrument" ? await instrumentPage(id, ctx) : view === "organization" ? await organizationPage(id, ctx) : await actPage(id, ctx);
        return () => showPage(page);
      });
    }
  }
}

/** Every instrument the graph holds, asked once and shared by the views (a newer question does not cancel it). */
function instrumentList(): Promise<InstrumentSummary[]> {
  if (instruments) return Promise.resolve(instruments);
  instrumentsAsked ??= api.instruments().then((list) => (instruments = list)).catch((error) => { instrumentsAsked = null; throw error; });
  return instrumentsAsked;
}

/** Why a view lists nothing for an instrument (its edition, parties and the documents that refer to it); null if that cannot be asked. */
async function explain(id: string, asOf: string | null, signal: AbortSignal, because: (trace: InstrumentTrace) => string | null): Promise<HTMLElement | null> {
  try {
    const trace = await instrumentTrace(id, timelineTitle(id), asOf, signal);
    return whyNothing(trace, asOf, because(trace));
  } catch (error) {
    if (isAbort(error)) throw error;
    return null; // the view's own empty line still shows
  }
}

let editionsLoaded: Promise<void> = Promise.resolve();

function loadEditionDates(): Promise<void> {
  editionsLoaded = fetchEditionDates();
  return editionsLoaded;
}

async function fetchEditionDates(): Promise<void> {
  try {
    const withEditions = latest!.columns.filter((c) => c.type === "instrument" && c.edition !== null);
    const timelines = await Promise.all(withEditions.map((c) => api.timeline(c.id, null)));
    const seen = new Map<string, { date: string; number: string; count: number }>();
    for (const t of timelines) for (const e of t.events) {
      // A step per edition with a list of signatories: an edition known with no list (a declaration known
      // from pages about it) has no signatory count to step through.
      if (e.kind === "edition" && e.date && (e.count ?? 0) > 0 && !seen.has(e.date)) {
        seen.set(e.date, { date: e.date, number: (e.title ?? "").replace(/\D+/g, ""), count: e.count ?? 0 });
      }
    }
    editionDates = [...seen.values()].sort((a, b) => a.date.localeCompare(b.date));
    for (const e of editionDates) editionCounts.set(e.date, e.count);
    byId("edition-steps").replaceChildren(...editionDates.map(({ date, number, count }) =>
      h("button", { type: "button", class: "edition-step", "data-date": date, "aria-label": `Edition ${number}: ${date}, ${count} signatories`,
        onclick: (() => setAsOf(date)) as EventListener },
        h("span", { class: "ed-number" }, `Edition ${number}`), h("span", { class: "ed-date" }, date), h("span", { class: "ed-count" }, `${count} signatories`))));
    syncControls();
  } catch (error) {
    editionsAsked = false;
    if (!isAbort(error)) showError(error);
  }
}

function syncControls(): void {
  const input = byId<HTMLInputElement>("as-of");
  if (document.activeElement !== input) input.value = state.asOf ?? "";
  for (const b of document.querySelectorAll<HTMLButtonElement>(".edition-step")) b.setAttribute("aria-pressed", String(b.dataset.date === state.asOf));
  byId("as-of-latest").setAttribute("aria-pressed", String(state.asOf === null));
  const onTab = TABS.includes(state.view as Tab);
  for (const view of TABS) {
    const tab = byId(`tab-${view}`);
    const selected = view === state.view;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected || (!onTab && view === "matrix") ? 0 : -1;
    byId(`view-${view}`).hidden = !selected;
  }
  byId("view-page").hidden = onTab;
  byId("export-csv").hidden = byId("export-png").hidden = !onTab;
}

function showMatrix(why: HTMLElement | null = null): void {
  const target = byId("view-matrix");
  if (!target.querySelector("form.filters")) {
    const columns = new Set(latest!.columns.map((c) => c.id));
    target.replaceChildren(h("h2", {}, "Who signed, joined, authored, supported or opposed what"),
      renderFilters(latest!, state, (key, value) => { (state as unknown as Record<string, string>)[key] = value; void update(); },
        (instruments ?? []).filter((i) => !columns.has(i.instrument_id))),
      renderLegend(), h("div", { id: "matrix-summary-slot" }),
      h("p", { id: "matrix-scroll-hint", class: "scroll-hint", hidden: true }, "The table is wider than the screen: scroll it sideways for more columns →"),
      h("div", { id: "matrix-slot" }));
  }
  byId("matrix-summary-slot").replaceChildren(summaryText(matrix!));
  byId("matrix-slot").replaceChildren(why ?? renderTable(matrix!, state));
  if (why) byId("matrix-scroll-hint").hidden = true; // no table to scroll
  markOverflow();
  document.title = `Matrix${state.asOf ? ` as of ${state.asOf}` : ""} — pledgegraph explorer`;
  status(byId("matrix-summary").textContent ?? "");
}

/** A scroll container wider than the screen says so: a visible hint above it and a shadow at the cut edge. */
function markOverflow(): void {
  document.querySelectorAll<HTMLElement>(".table-scroll").forEach((box, i) => {
    const wide = box.scrollWidth > box.clientWidth + 1;
    box.classList.toggle("overflowing", wide);
    let hint = box.dataset.scrollHint ? document.getElementById(box.dataset.scrollHint) : null;
    if (!hint && wide) {
      hint = h("p", { id: `scroll-hint-${i}`, class: "scroll-hint" }, "The table is wider than the screen: scroll it sideways for more columns →");
      box.before(hint);
      box.dataset.scrollHint = hint.id;
    }
    if (hint) hint.hidden = !wide;
    if (wide) {
      // Focusable so a keyboard can scroll it, unless the grid inside already is (one tab stop).
      if (!box.querySelector("[tabindex='0']")) box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Scrollable table");
      box.setAttribute("aria-describedby", hint!.id);
    }
  });
}

const pickPair = (instrument: string, target: string) => { state.timeline = instrument; state.target = target; void update(); };

function showHeadline(answer: Headline, why: HTMLElement | null = null): void {
  headline = answer;
  byId("view-headline").replaceChildren(renderHeadline(headline,
    { latest: latest!, instruments: instruments ?? [], targets: targets ?? [], asOf: state.asOf, onPick: pickPair, why }));
  markOverflow();
  document.title = `Headline${state.asOf ? ` as of ${state.asOf}` : ""} — pledgegraph explorer`;
  status(byId("headline-summary").textContent ?? "");
}

const timelineHandlers = {
  onInstrument: (id: string) => { state.timeline = id; void update(); },
  onAsOf: (date: string) => { state.view = "matrix"; setAsOf(date); },
  onLatest: () => setAsOf(null),
};

/** The instrument's title from GET /instruments (every instrument), else its matrix column. */
function timelineTitle(id: string): string {
  return instruments?.find((i) => i.instrument_id === id)?.title ?? latest?.columns.find((c) => c.id === id)?.label ?? "the instrument";
}

function showTimeline(answer: Timeline): void {
  timeline = answer;
  byId("view-timeline").replaceChildren(renderTimelinePicker(instruments ?? [], answer.instrument, timelineHandlers),
    renderTimeline(timeline, latest!, timelineTitle(answer.instrument), timelineHandlers));
  document.title = `Timeline — pledgegraph explorer`;
  status(timeline.events.length ? `${timeline.events.length} events on the timeline` : "Nothing dated on the timeline");
}

async function showGraph(answer: Neighbourhood): Promise<void> {
  neighbourhood = answer;
  const target = byId("view-graph");
  const centre = (id: string, depth = state.depth) => { state.node = id; state.depth = depth; void update(); };
  const { renderGraph, renderGraphControls, nodeCaption } = await import("./graph");
  const root = answer.nodes.find((n) => n.id === answer.root);
  target.replaceChildren(h("h2", {}, `Around ${nodeCaption(root, editionCounts)}${state.asOf ? `, as of ${state.asOf}` : ""}`),
    renderGraphControls(latest!, state.node, root ? nodeCaption(root, editionCounts) : null, state.depth, centre), h("div", { id: "graph-slot" }));
  await renderGraph(byId("graph-slot"), answer, editionCounts, { onCentre: (key) => centre(key) });
  markOverflow();
  document.title = `Graph — pledgegraph explorer`;
  status(`${answer.nodes.length} nodes and ${answer.edges.length} relationships`);
}

function showPage(page: HTMLElement): void {
  const target = byId("view-page");
  target.replaceChildren(page);
  const title = page.querySelector("h2")?.textContent ?? "Page";
  target.setAttribute("aria-label", title);
  document.title = `${title} — pledgegraph explorer`;
  markOverflow();
  document.getElementById("quoted-span")?.scrollIntoView({ block: "center" });
  status(title);
}

/** The line a reader cites: what, as of when, from which data version, at which address. */
function citeLine(): string {
  const data = version ? `data version ${version.version}${version.last_updated ? `, last updated ${showDate(version.last_updated)}` : ""}` : "data version unknown";
  const today = new Date().toISOString().slice(0, 10);
  return `pledgegraph explorer, ${document.title.replace(/ — pledgegraph explorer$/, "")}, ${state.asOf ? `as of ${state.asOf}` : "everything loaded"}; ${data}; ${location.href} (viewed ${today}).`;
}

function cite(): void {
  byId("cite").replaceChildren(h("strong", {}, "Cite this: "), h("span", { id: "cite-text" }, citeLine()));
}

function setAsOf(date: string | null): void {
  window.clearTimeout(dateTimer);
  state.asOf = date;
  void update();
}

async function replay(): Promise<void> {
  if (replaying) return;
  await editionsLoaded;
  if (!editionDates.length) return;
  replaying = true;
  const button = byId("replay");
  button.setAttribute("aria-pressed", "true");
  state.view = "matrix";
  for (const { date } of editionDates) {
    state.asOf = date;
    await update();
    await new Promise((resolve) => setTimeout(resolve, 1200));
  }
  state.asOf = null;
  await update();
  button.setAttribute("aria-pressed", "false");
  replaying = false;
}

/** The file name says the date the file holds: every view's data is as of state.asOf. */
function exportName(ext: string): string {
  const what = state.view === "timeline" ? `timeline-${state.timeline.replace(/[^\w-]+/g, "-")}`
    : state.view === "headline" ? `headline-${headline.instrument.replace(/[^\w-]+/g, "-")}-${headline.target.replace(/[^\w-]+/g, "-")}` : state.view === "graph" ? `graph-${state.node.replace(/[^\w-]+/g, "-")}` : state.view;
  return `pledgegraph-${what}-${state.asOf ? `as-of-${state.asOf}` : "latest"}.${ext}`;
}

function sourceColumns(): string[] {
  return [state.asOf ?? "latest", version ? String(version.version) : "", version?.last_updated ? showDate(version.last_updated) : "", location.href];
}

function exportCsv(): void {
  const table = state.view === "matrix" ? csvRows(matrix!, state)
    : state.view === "headline" ? headlineCsv(headline, state.asOf)
    : state.view === "timeline" ? timelineCsv(timeline!, latest!) : null;
  const final = table ?? { headers: [] as string[], rows: [] as string[][] };
  const write = (t: { headers: string[]; rows: string[][] }) =>
    downloadCsv(exportName("csv"), [...t.headers, "as_of", "data_version", "data_last_updated", "source"], t.rows.map((r) => [...r, ...sourceColumns()]));
  if (table) write(final);
  else void import("./graph").then(({ graphCsv }) => write(graphCsv(neighbourhood!, editionCounts)));
}

function pngFooter(): string[] {
  const data = version ? `data version ${version.version}${version.last_updated ? ` (last updated ${showDate(version.last_updated)})` : ""}` : "";
  return [`Source: pledgegraph explorer, ${location.href}`,
    `Data ${state.asOf ? `as of ${state.asOf}` : "as of the latest load (everything loaded)"}${data ? `, ${data}` : ""}; exported ${new Date().toISOString().slice(0, 10)}.`];
}

async function exportPng(): Promise<void> {
  try {
    const footer = pngFooter();
    let blob: Blob;
    if (state.view === "matrix") blob = await tablePng({ ...pngTable(matrix!, state), footer });
    else if (state.view === "headline") blob = await tablePng({ ...headlinePng(headline, instrumentTitle({ latest: latest!, instruments: instruments ?? [] }, headline.instrument),
      targetPhrase(targets ?? [], headline.target), state.asOf), footer });
    else if (state.view === "timeline") blob = await tablePng({ ...timelinePng(timeline!, latest!, timelineTitle(timeline!.instrument)), footer });
    else blob = await withFooter(await (await import("./graph")).graphPng(), footer);
    download(exportName("png"), blob);
  } catch (error) {
    showError(error);
  }
}

/** The graph's own PNG with the source and date lines drawn under it. */
async function withFooter(image: Blob, footer: string[]): Promise<Blob> {
  const bitmap = await createImageBitmap(image);
  const line = 34;
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(bitmap.width, 1400);
  canvas.height = bitmap.height + line * footer.length + 24;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, 0, 0);
  ctx.fillStyle = "#333";
  ctx.font = "24px system-ui, sans-serif";
  ctx.textBaseline = "top";
  footer.forEach((text, i) => ctx.fillText(text, 16, bitmap.height + 12 + i * line));
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("canvas export failed"))), "image/png"));
}

function initTabs(): void {
  const tabs = TABS.map((v) => byId(`tab-${v}`));
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => { state.view = TABS[i]; state.evidence = []; void update(); });
    tab.addEventListener("keydown", (event) => {
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const j = (next + tabs.length) % tabs.length;
      tabs[j].focus();
      state.view = TABS[j];
      void update();
    });
  });
}

let dateTimer = 0;

/** The date field asks only once the typed value has settled: no request or history entry per keystroke. */
function initDateField(): void {
  const input = byId<HTMLInputElement>("as-of");
  const settle = (delay: number) => {
    window.clearTimeout(dateTimer);
    const value = input.value || null;
    if (value && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < "1950-01-01")) return; // a year still being typed
    if (value === state.asOf) return;
    dateTimer = window.setTimeout(() => setAsOf(value), delay);
  };
  input.addEventListener("input", () => settle(DATE_SETTLE_MS));
  input.addEventListener("change", () => settle(DATE_SETTLE_MS));
  input.addEventListener("keydown", (event) => { if (event.key === "Enter") settle(0); });
  input.addEventListener("blur", () => settle(0));
}

function init(): void {
  initEvidenceDialog({
    asOf: () => state.asOf,
    setAddress: (factIds) => {
      state.evidence = factIds ?? [];
      writeHash(factIds === null);
    },
    nameOf: (id) => {
      const key = (id ?? "").replace(/^[a-z]+:/, "");
      return latest?.rows.find((r) => r.iso2 === key)?.name ?? latest?.columns.find((c) => c.id === key)?.label ?? "—";
    },
    citeLine,
  });
  initTabs();
  initDateField();
  initSearch(() => latest);
  readHash();
  byId("as-of-latest").addEventListener("click", () => setAsOf(null));
  byId("replay").addEventListener("click", () => void replay());
  byId("headline-button").addEventListener("click", () => { state.view = "headline"; state.evidence = []; void update(); });
  byId("export-csv").addEventListener("click", exportCsv);
  byId("export-png").addEventListener("click", () => void exportPng());
  window.addEventListener("popstate", () => { readHash(); void update({ push: false }); });
  window.addEventListener("resize", markOverflow);
  // A link to another page keeps the date the reader is looking at (it is added as the link is followed).
  document.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#view="]');
    const href = link?.getAttribute("href") ?? "";
    if (link && state.asOf && !href.includes("as_of=")) link.setAttribute("href", `${href}&as_of=${state.asOf}`);
  }, true);
  // A link inside the page (a state, a document) is a new address: read it like Back/Forward.
  window.addEventListener("hashchange", () => { if (location.hash !== hashOf()) { readHash(); void update({ push: false }); } });
  void update({ push: false });
}

init();
