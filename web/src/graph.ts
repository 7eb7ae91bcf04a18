// The graph view: the neighbourhood of a state or instrument from /graph/neighbourhood as of
// the page's date, drawn by cytoscape (loaded on first use, so the other views never wait for
// it). The same nodes and edges are listed in a table beneath, for keyboards and screen
// readers; an edge (in the drawing or the table) opens its evidence, a node re-centres the view.
// Labels are drawn at 12 px or more on screen: the drawing never zooms out below that, it pans.

import type { Core } from "cytoscape";
import type { Matrix, Neighbourhood, GraphNode } from "./api";
import { h } from "./dom";
import { openEvidence } from "./evidence";
import { byName, cutAtWord, showDate } from "./labels";

const NODE_COLOURS: Record<string, string> = {
  State: "#2f7d4a", Instrument: "#1f5fa8", Edition: "#6b8fc7", Document: "#8a8f98", LegalAct: "#b3412e",
  Organization: "#a0701a", Person: "#7a4fa0", Product: "#555", Commitment: "#4a9aa5",
};
const KIND_NAMES: Record<string, string> = { LegalAct: "Legal act", Organization: "Organisation" };
const VERBS: Record<string, string> = {
  SIGNED: "signed", AUTHORED: "authored", OPPOSES: "opposed", SUPPORTS: "supported", MENTIONS: "mentions", CITES: "cites",
  EDITION_OF: "edition of", EXPRESSES: "expresses", REPORTS: "reports", BECAME: "became", AMENDS: "amends", COMMITS_TO: "commits to",
};
const NODE_PX = 13, EDGE_PX = 12, MIN_ZOOM = 0.92;

export interface GraphHandlers { onCentre: (key: string) => void }
/** Signatory counts by edition date, from the page's edition list, to caption editions by date and count. */
export type EditionCounts = Map<string, number>;

let cy: Core | null = null;

export function renderGraphControls(matrix: Matrix, current: string, currentCaption: string | null, depth: number, onShow: (id: string, depth: number) => void): HTMLElement {
  const options: [string, string][] = [
    ...byName(matrix.rows, (r) => r.name ?? r.iso2).map((r): [string, string] => [r.iso2, r.name ?? r.iso2]),
    ...byName(matrix.columns, (c) => c.label ?? "").map((c): [string, string] => [c.id, cutAtWord(c.label ?? "", 80)]),
  ];
  if (!options.some(([v]) => v === current)) options.unshift([current, currentCaption ?? "the node shown"]);
  const select = h("select", { id: "graph-id", name: "id" }, ...options.map(([value, label]) => h("option", { value, selected: value === current }, label)));
  const depthSelect = h("select", { id: "graph-depth" }, ...[1, 2, 3].map((d) => h("option", { value: d, selected: d === depth }, String(d))));
  const form = h("form", { class: "filters", "aria-label": "Neighbourhood" },
    h("div", { class: "field" }, h("label", { for: "graph-id" }, "Around"), select),
    h("div", { class: "field" }, h("label", { for: "graph-depth" }, "Steps"), depthSelect),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onShow(select.value, Number(depthSelect.value));
  });
  return form;
}

function nodeKind(labels: string[]): string {
  return labels.find((l) => l in NODE_COLOURS) ?? labels[0] ?? "Node";
}

/** A node's caption for people: an edition by number, date and signatory count (not its venue). */
export function nodeCaption(node: GraphNode | undefined, counts: EditionCounts): string {
  if (!node) return "unknown";
  if (node.labels.includes("Edition")) {
    const number = /#(\d+)$/.exec(node.key ?? "")?.[1];
    const count = node.date ? counts.get(node.date) : undefined;
    return `Edition ${number ?? ""}${node.date ? `, ${showDate(node.date)}` : ""}${count !== undefined ? `, ${count} signatories` : ""}`.replace("Edition ,", "Edition,");
  }
  return node.caption ?? KIND_NAMES[nodeKind(node.labels)] ?? nodeKind(node.labels);
}

export function verb(type: string): string {
  return VERBS[type] ?? type.toLowerCase().replaceAll("_", " ");
}

export async function renderGraph(container: HTMLElement, data: Neighbourhood, counts: EditionCounts, handlers: GraphHandlers): Promise<void> {
  const { default: cytoscape } = await import("cytoscape");
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const caption = (id: string) => nodeCaption(byId.get(id), counts);
  const root = byId.get(data.root);
  const canvas = h("div", { id: "graph-canvas", class: "graph-canvas", role: "img",
    "aria-label": `Graph of ${caption(data.root)} and ${data.nodes.length - 1} neighbours; the same relationships are listed in the table below.` });
  const edgeEvidence = (edgeId: string) => {
    const edge = data.edges.find((e) => e.id === edgeId);
    if (!edge?.fact_id) return;
    void openEvidence(`${caption(edge.source)} ${verb(edge.type)} ${caption(edge.target)}`, "",
      [{ heading: `${caption(edge.source)} ${verb(edge.type)} ${caption(edge.target)}`, factId: edge.fact_id }]);
  };
  const edges = byName(data.edges, (e) => `${caption(e.source)} ${verb(e.type)} ${caption(e.target)}`);
  const table = h("table", { class: "edges", id: "graph-edges" },
    h("caption", {}, `${data.edges.length} relationships around ${caption(data.root)}${data.as_of ? `, as of ${data.as_of}` : ""}${data.truncated ? " (cut at the node limit)" : ""}`),
    h("thead", {}, h("tr", {}, ...["From", "Relationship", "To", "Evidence"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, ...edges.map((edge) => h("tr", { "data-edge": edge.id, "data-type": edge.type },
      h("td", {}, nodeButton(edge.source)), h("td", {}, verb(edge.type)), h("td", {}, nodeButton(edge.target)),
      h("td", {}, edge.fact_id ? h("button", { type: "button", "aria-label": `Evidence: ${caption(edge.source)} ${verb(edge.type)} ${caption(edge.target)}`, onclick: (() => edgeEvidence(edge.id)) as EventListener }, "Evidence") : "—")))));
  function nodeButton(id: string): HTMLElement {
    const node = byId.get(id);
    if (!node?.key || node.id === data.root) return h("span", {}, caption(id));
    return h("button", { type: "button", class: "link-button", title: "Centre the graph here", onclick: (() => handlers.onCentre(node.key!)) as EventListener }, caption(id));
  }
  const kinds = [...new Set(data.nodes.map((n) => nodeKind(n.labels)))].sort();
  const legend = h("ul", { class: "legend", "aria-label": "Node colours" }, ...kinds.map((kind) =>
    h("li", {}, h("span", { class: "swatch", "aria-hidden": "true", style: `background:${NODE_COLOURS[kind] ?? "#666"}` }), KIND_NAMES[kind] ?? kind)));
  container.replaceChildren(legend, canvas, h("p", { class: "hint" }, "Drag to pan. Click a node to centre on it, an edge for its evidence."),
    h("div", { class: "table-scroll" }, table));
  cy?.destroy();
  cy = cytoscape({
    container: canvas,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: cutAtWord(nodeCaption(n, counts), 38), kind: nodeKind(n.labels), key: n.key, depth: n.depth } })),
      ...data.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: verb(e.type), fact: e.fact_id ?? "" } })),
    ],
    style: [
      { selector: "node", style: { "background-color": (n) => NODE_COLOURS[n.data("kind")] ?? "#666", label: "data(label)",
        "font-size": NODE_PX, "text-wrap": "wrap", "text-max-width": "150px", "text-valign": "bottom", "text-margin-y": 3, color: "#16191d",
        "text-background-color": "#ffffff", "text-background-opacity": 0.9, "text-background-padding": "2px", width: 18, height: 18 } },
      { selector: `node[depth = 0]`, style: { width: 32, height: 32, "border-width": 3, "border-color": "#111" } },
      { selector: "edge", style: { width: 1.5, "line-color": "#aab", "target-arrow-color": "#aab", "target-arrow-shape": "triangle",
        "curve-style": "bezier", label: "data(label)", "font-size": EDGE_PX, color: "#3a4048", "text-rotation": "autorotate",
        "text-background-color": "#fcfcfd", "text-background-opacity": 0.9 } },
      { selector: "edge[fact != '']", style: { "line-color": "#6b7fa8", "target-arrow-color": "#6b7fa8" } },
    ],
    layout: { name: "concentric", concentric: (n) => 10 - Number(n.data("depth")), levelWidth: () => 1, minNodeSpacing: 90, animate: false },
    minZoom: MIN_ZOOM, maxZoom: 2,
  });
  if (cy.zoom() < MIN_ZOOM) cy.zoom(MIN_ZOOM);
  if (root) cy.center(cy.getElementById(root.id));
  canvas.dataset.labelPx = String(Math.round(Math.min(NODE_PX, EDGE_PX) * cy.zoom() * 10) / 10);
  cy.on("zoom", () => { canvas.dataset.labelPx = String(Math.round(Math.min(NODE_PX, EDGE_PX) * cy!.zoom() * 10) / 10); });
  cy.on("tap", "edge", (event) => edgeEvidence(event.target.id()));
  cy.on("tap", "node", (event) => {
    const key = event.target.data("key") as string | null;
    if (key && event.target.id() !== data.root) handlers.onCentre(key);
  });
}

export function graphPng(): Promise<Blob> {
  if (!cy) return Promise.reject(new Error("no graph drawn yet"));
  return cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" });
}

export function graphCsv(data: Neighbourhood, counts: EditionCounts): { headers: string[]; rows: string[][] } {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  return {
    headers: ["from", "relationship", "to", "from_id", "to_id", "fact_id", "as_of"],
    rows: data.edges.map((e) => [nodeCaption(byId.get(e.source), counts), verb(e.type), nodeCaption(byId.get(e.target), counts),
      byId.get(e.source)?.key ?? e.source, byId.get(e.target)?.key ?? e.target, e.fact_id ?? "", data.as_of ?? ""]),
  };
}
