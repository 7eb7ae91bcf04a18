// The graph view: the neighbourhood of a state or instrument from /graph/neighbourhood,
// drawn by cytoscape (loaded on first use, so the matrix does not wait for it). The same
// nodes and edges are listed in a table beneath, for keyboards and screen readers; an edge
// (in the drawing or the table) opens its evidence, a node re-centres the view on it.

import type { Core } from "cytoscape";
import type { Matrix, Neighbourhood } from "./api";
import { h } from "./dom";
import { openEvidence } from "./evidence";
import { columnShort } from "./labels";

const NODE_COLOURS: Record<string, string> = {
  State: "#2f7d4a", Instrument: "#1f5fa8", Edition: "#6b8fc7", Document: "#8a8f98", LegalAct: "#b3412e",
  Organization: "#a0701a", Person: "#7a4fa0", Product: "#555", Commitment: "#4a9aa5",
};

export interface GraphHandlers { onCentre: (key: string) => void }

let cy: Core | null = null;

export function renderGraphControls(matrix: Matrix, current: string, depth: number, onShow: (id: string, depth: number) => void): HTMLElement {
  const options = [
    ...matrix.columns.map((c) => [c.id, `${columnShort(c)}`]),
    ...matrix.rows.map((r) => [r.iso2, `${r.name ?? r.iso2} (${r.iso2})`]),
  ];
  const input = h("input", { id: "graph-id", name: "id", list: "graph-ids", value: current, autocomplete: "off", spellcheck: "false" });
  const depthSelect = h("select", { id: "graph-depth" }, ...[1, 2, 3].map((d) => h("option", { value: d, selected: d === depth }, String(d))));
  const form = h("form", { class: "filters", "aria-label": "Neighbourhood" },
    h("div", { class: "field" }, h("label", { for: "graph-id" }, "State or instrument (key)"), input,
      h("datalist", { id: "graph-ids" }, ...options.map(([value, label]) => h("option", { value }, label)))),
    h("div", { class: "field" }, h("label", { for: "graph-depth" }, "Depth"), depthSelect),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onShow(input.value.trim(), Number(depthSelect.value));
  });
  return form;
}

function nodeKind(labels: string[]): string {
  return labels.find((l) => l in NODE_COLOURS) ?? labels[0] ?? "Node";
}

export async function renderGraph(container: HTMLElement, data: Neighbourhood, handlers: GraphHandlers): Promise<void> {
  const { default: cytoscape } = await import("cytoscape");
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const caption = (id: string) => byId.get(id)?.caption ?? byId.get(id)?.key ?? id;
  const root = byId.get(data.root);
  const canvas = h("div", { id: "graph-canvas", class: "graph-canvas", role: "img",
    "aria-label": `Graph of ${root?.caption ?? "the node"} and ${data.nodes.length - 1} neighbours; the same edges are listed in the table below.` });
  const edgeEvidence = (edgeId: string) => {
    const edge = data.edges.find((e) => e.id === edgeId);
    if (!edge?.fact_id) return;
    void openEvidence(`${caption(edge.source)} ${edge.type} ${caption(edge.target)}`, `A ${edge.type} fact in the graph.`,
      [{ heading: edge.type, factId: edge.fact_id }]);
  };
  const table = h("table", { class: "edges", id: "graph-edges" },
    h("caption", {}, `${data.edges.length} relationships around ${root?.caption ?? ""}${data.truncated ? " (cut at the node limit)" : ""}`),
    h("thead", {}, h("tr", {}, ...["From", "Relationship", "To", "Evidence"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, ...data.edges.map((edge) => h("tr", { "data-edge": edge.id },
      h("td", {}, nodeButton(edge.source)), h("td", {}, edge.type), h("td", {}, nodeButton(edge.target)),
      h("td", {}, edge.fact_id ? h("button", { type: "button", onclick: (() => edgeEvidence(edge.id)) as EventListener }, "Evidence") : "—")))));
  function nodeButton(id: string): HTMLElement {
    const node = byId.get(id);
    if (!node?.key || node.id === data.root) return h("span", {}, caption(id));
    return h("button", { type: "button", class: "link-button", title: "Centre the graph here", onclick: (() => handlers.onCentre(node.key!)) as EventListener }, caption(id));
  }
  const kinds = [...new Set(data.nodes.map((n) => nodeKind(n.labels)))].sort();
  const legend = h("ul", { class: "legend", "aria-label": "Node colours" }, ...kinds.map((kind) =>
    h("li", {}, h("span", { class: "swatch", "aria-hidden": "true", style: `background:${NODE_COLOURS[kind] ?? "#666"}` }), kind)));
  container.replaceChildren(legend, canvas, h("p", { class: "hint" }, "Click a node to centre on it, an edge for its evidence."),
    h("div", { class: "table-scroll" }, table));
  cy?.destroy();
  cy = cytoscape({
    container: canvas,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: truncate(n.caption ?? n.key ?? n.id), kind: nodeKind(n.labels), key: n.key, depth: n.depth } })),
      ...data.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.type, fact: e.fact_id ?? "" } })),
    ],
    style: [
      { selector: "node", style: { "background-color": (n) => NODE_COLOURS[n.data("kind")] ?? "#666", label: "data(label)",
        "font-size": 9, "text-wrap": "wrap", "text-max-width": "110px", "text-valign": "bottom", "text-margin-y": 3, color: "#222",
        "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": "1px", width: 16, height: 16 } },
      { selector: `node[depth = 0]`, style: { width: 30, height: 30, "border-width": 3, "border-color": "#111" } },
      { selector: "edge", style: { width: 1.5, "line-color": "#aab", "target-arrow-color": "#aab", "target-arrow-shape": "triangle",
        "curve-style": "bezier", label: "data(label)", "font-size": 7, color: "#555", "text-rotation": "autorotate",
        "text-background-color": "#fcfcfd", "text-background-opacity": 0.9 } },
      { selector: "edge[fact != '']", style: { "line-color": "#6b7fa8", "target-arrow-color": "#6b7fa8" } },
    ],
    layout: { name: "concentric", concentric: (n) => 10 - Number(n.data("depth")), levelWidth: () => 1, minNodeSpacing: 70, animate: false },
    maxZoom: 1.6,
  });
  cy.on("tap", "edge", (event) => edgeEvidence(event.target.id()));
  cy.on("tap", "node", (event) => {
    const key = event.target.data("key") as string | null;
    if (key && event.target.id() !== data.root) handlers.onCentre(key);
  });
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function graphPng(): Promise<Blob> {
  if (!cy) return Promise.reject(new Error("no graph drawn yet"));
  return cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" });
}

export function graphCsv(data: Neighbourhood): { headers: string[]; rows: string[][] } {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const describe = (id: string) => byId.get(id)?.key ?? id;
  return {
    headers: ["source", "source_caption", "type", "target", "target_caption", "fact_id"],
    rows: data.edges.map((e) => [describe(e.source), byId.get(e.source)?.caption ?? "", e.type, describe(e.target), byId.get(e.target)?.caption ?? "", e.fact_id ?? ""]),
  };
}
