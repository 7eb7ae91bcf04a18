// The explorer: one page, four views (matrix, headline, timeline, graph) over the API.
// What is on screen lives in the URL fragment (#view=matrix&as_of=2024-06-01&...), so a
// view can be bookmarked or shared, and Back steps through what the reader looked at.

import "./style.css";
import { api, type Headline, type Matrix, type Neighbourhood, type Timeline } from "./api";
import { byId, h } from "./dom";
import { initEvidenceDialog } from "./evidence";
import { download, downloadCsv, tablePng } from "./exporting";
import { graphCsv, graphPng, renderGraph, renderGraphControls } from "./graph";
import { headlineCsv, headlinePng, instrumentTitle, renderHeadline } from "./headline";
import { csvRows, pngTable, renderFilters, renderLegend, renderTable, summaryText, type MatrixFilters } from "./matrix";
import { renderTimeline, renderTimelinePicker, timelineCsv, timelinePng } from "./timeline";

type View = "matrix" | "headline" | "timeline" | "graph";
const VIEWS: View[] = ["matrix", "headline", "timeline", "graph"];

interface PageState extends MatrixFilters { view: View; asOf: string | null; timeline: string; node: string; depth: number }

// "" until known: the timeline's default instrument is the one the headline query asks about,
// read once from the API (GET /queries), so the page names no instrument of its own.
let defaultInstrument = "";
const state: PageState = { view: "matrix", asOf: null, column: "", relation: "", region: "", timeline: "", node: "SE", depth: 1 };
let matrix: Matrix | null = null;
let latest: Matrix | null = null; // everything loaded: the columns, rows and edition dates never change with as_of
let headline: Headline = { instrument: "", rows: [] };
let timeline: Timeline | null = null;
let neighbourhood: Neighbourhood | null = null;
let editionDates: { date: string; label: string }[] = [];
let replaying = false;

function readHash(): void {
  const p = new URLSearchParams(location.hash.slice(1));
  const view = p.get("view") as View;
  state.view = VIEWS.includes(view) ? view : "matrix";
  const asOf = p.get("as_of");
  state.asOf = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  state.column = p.get("column") ?? "";
  state.relation = (p.get("stance") ?? "") as PageState["relation"];
  state.region = (p.get("region") ?? "") as PageState["region"];
  state.timeline = p.get("instrument") ?? defaultInstrument;
  state.node = p.get("node") ?? "SE";
  state.depth = Math.min(3, Math.max(1, Number(p.get("depth") ?? 1) || 1));
}

function writeHash(): void {
  const p = new URLSearchParams({ view: state.view });
  const set = (k: string, v: string | null, dflt = "") => v && v !== dflt && p.set(k, v);
  set("as_of", state.asOf);
  set("column", state.column);
  set("stance", state.relation);
  set("region", state.region);
  set("instrument", state.timeline, defaultInstrument);
  if (state.view === "graph") { p.set("node", state.node); p.set("depth", String(state.depth)); }
  const hash = `#${p}`;
  if (hash !== location.hash) history.pushState(null, "", hash);
}

function status(text: string): void {
  byId("status").textContent = text;
}

function showError(error: unknown): void {
  const box = byId("error");
  box.hidden = false;
  box.textContent = `Something went wrong: ${(error as Error).message ?? String(error)}`;
}

async function update(): Promise<void> {
  byId("error").hidden = true;
  writeHash();
  syncControls();
  try {
    [matrix, defaultInstrument] = await Promise.all([api.matrix(state.asOf), defaultInstrument || api.headlineInstrument()]);
    if (!state.timeline) state.timeline = defaultInstrument;
    if (!latest) latest = state.asOf ? await api.matrix(null) : matrix;
    if (!editionDates.length) await loadEditionDates();
    syncControls();
    if (state.view === "matrix") showMatrix();
    else if (state.view === "headline") await showHeadline();
    else if (state.view === "timeline") await showTimeline();
    else await showGraph();
  } catch (error) {
    showError(error);
  }
}

async function loadEditionDates(): Promise<void> {
  const withEditions = latest!.columns.filter((c) => c.type === "instrument" && c.edition !== null);
  const timelines = await Promise.all(withEditions.map((c) => api.timeline(c.id)));
  const seen = new Map<string, string>();
  for (const t of timelines) for (const e of t.events) {
    if (e.kind === "edition" && e.date && !seen.has(e.date)) seen.set(e.date, `${e.title} · ${e.date} · ${e.count}`);
  }
  editionDates = [...seen].sort().map(([date, label]) => ({ date, label }));
  byId("edition-steps").replaceChildren(...editionDates.map(({ date, label }) =>
    h("button", { type: "button", class: "edition-step", "data-date": date, onclick: (() => setAsOf(date)) as EventListener }, label)));
  syncControls();
}

function syncControls(): void {
  byId<HTMLInputElement>("as-of").value = state.asOf ?? "";
  for (const b of document.querySelectorAll<HTMLButtonElement>(".edition-step")) b.setAttribute("aria-pressed", String(b.dataset.date === state.asOf));
  byId("as-of-latest").setAttribute("aria-pressed", String(state.asOf === null));
  for (const view of VIEWS) {
    const tab = byId(`tab-${view}`);
    const selected = view === state.view;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    byId(`view-${view}`).hidden = !selected;
  }
}

function showMatrix(): void {
  const panel = byId("view-matrix");
  if (!panel.querySelector("form.filters")) {
    panel.replaceChildren(h("h2", {}, "Who signed, authored, supported or opposed what"),
      renderFilters(latest!, state, (key, value) => { (state as unknown as Record<string, string>)[key] = value; void update(); }),
      renderLegend(), h("div", { id: "matrix-summary-slot" }), h("div", { id: "matrix-slot" }));
  }
  byId("matrix-summary-slot").replaceChildren(summaryText(matrix!));
  byId("matrix-slot").replaceChildren(renderTable(matrix!, state));
  status(byId("matrix-summary").textContent ?? "");
}

async function showHeadline(): Promise<void> {
  headline = await api.headline(state.asOf);
  byId("view-headline").replaceChildren(renderHeadline(headline, matrix!, state.asOf));
  status(byId("headline-summary").textContent ?? "");
}

const timelineHandlers = {
  onInstrument: (id: string) => { state.timeline = id; void update(); },
  onAsOf: (date: string) => { state.view = "matrix"; setAsOf(date); },
};

async function showTimeline(): Promise<void> {
  timeline = await api.timeline(state.timeline);
  byId("view-timeline").replaceChildren(renderTimelinePicker(latest!, state.timeline, timelineHandlers),
    renderTimeline(timeline, latest!, timelineHandlers));
  status(`${timeline.events.length} events on the timeline`);
}

async function showGraph(): Promise<void> {
  const panel = byId("view-graph");
  const centre = (id: string, depth = state.depth) => { state.node = id; state.depth = depth; void update(); };
  panel.replaceChildren(h("h2", {}, "Neighbourhood"), renderGraphControls(latest!, state.node, state.depth, centre), h("div", { id: "graph-slot" }));
  neighbourhood = await api.neighbourhood(state.node, state.depth);
  await renderGraph(byId("graph-slot"), neighbourhood, { onCentre: (key) => centre(key) });
  status(`${neighbourhood.nodes.length} nodes and ${neighbourhood.edges.length} relationships around ${state.node}`);
}

function setAsOf(date: string | null): void {
  state.asOf = date;
  void update();
}

async function replay(): Promise<void> {
  if (replaying || !editionDates.length) return;
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

function exportName(ext: string): string {
  const what = state.view === "timeline" ? `timeline-${state.timeline.replace(/[^\w-]+/g, "-")}` : state.view === "graph" ? `graph-${state.node}` : state.view;
  return `pledgegraph-${what}-${state.asOf ?? "latest"}.${ext}`;
}

function exportCsv(): void {
  const table = state.view === "matrix" ? csvRows(matrix!, state)
    : state.view === "headline" ? headlineCsv(headline.rows)
    : state.view === "timeline" ? timelineCsv(timeline!) : graphCsv(neighbourhood!);
  downloadCsv(exportName("csv"), table.headers, table.rows);
}

async function exportPng(): Promise<void> {
  try {
    const blob = state.view === "matrix" ? await tablePng(pngTable(matrix!, state))
      : state.view === "headline" ? await tablePng(headlinePng(headline.rows, instrumentTitle(latest!, headline.instrument), state.asOf))
      : state.view === "timeline" ? await tablePng(timelinePng(timeline!, latest!.columns.find((c) => c.id === state.timeline)?.label ?? state.timeline))
      : await graphPng();
    download(exportName("png"), blob);
  } catch (error) {
    showError(error);
  }
}

function initTabs(): void {
  const tabs = VIEWS.map((v) => byId(`tab-${v}`));
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => { state.view = VIEWS[i]; void update(); });
    tab.addEventListener("keydown", (event) => {
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const j = (next + tabs.length) % tabs.length;
      tabs[j].focus();
      state.view = VIEWS[j];
      void update();
    });
  });
}

function init(): void {
  initEvidenceDialog();
  initTabs();
  readHash();
  const asOf = byId<HTMLInputElement>("as-of");
  asOf.addEventListener("change", () => setAsOf(asOf.value || null));
  byId("as-of-latest").addEventListener("click", () => setAsOf(null));
  byId("replay").addEventListener("click", () => void replay());
  byId("headline-button").addEventListener("click", () => { state.view = "headline"; void update(); });
  byId("export-csv").addEventListener("click", exportCsv);
  byId("export-png").addEventListener("click", () => void exportPng());
  window.addEventListener("popstate", () => { readHash(); void update(); });
  void update();
}

init();
