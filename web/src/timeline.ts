// The timeline of one instrument: its editions (who joined in each), the documents that
// express or report it, its authors and stances, and the dated acts they lead to. An
// edition's button replays the matrix as of its date.

import type { Matrix, Timeline, TimelineEvent } from "./api";
import { h } from "./dom";
import { openEvidence } from "./evidence";
import type { PngTable } from "./exporting";
import { columnKind, columnShort } from "./labels";

const KIND_TEXT: Record<TimelineEvent["kind"], string> = {
  edition: "Edition", document: "Document", authored: "Authored", opposes: "Opposed", supports: "Supported", act: "Legal act",
};

export interface TimelineHandlers { onInstrument: (id: string) => void; onAsOf: (date: string) => void }

export function renderTimelinePicker(matrix: Matrix, current: string, handlers: TimelineHandlers): HTMLElement {
  const instruments = matrix.columns.filter((c) => c.type === "instrument");
  const select = h("select", { id: "timeline-instrument" },
    ...instruments.map((c) => h("option", { value: c.id, selected: c.id === current }, `${columnShort(c)} (${columnKind(c)})`)));
  select.addEventListener("change", () => handlers.onInstrument(select.value));
  return h("div", { class: "filters" }, h("div", { class: "field" }, h("label", { for: "timeline-instrument" }, "Instrument"), select));
}

export function renderTimeline(timeline: Timeline, matrix: Matrix, handlers: TimelineHandlers): HTMLElement {
  const names = new Map(matrix.rows.map((r) => [r.iso2, r.name ?? r.iso2]));
  const title = matrix.columns.find((c) => c.id === timeline.instrument)?.label ?? timeline.instrument;
  const list = h("ol", { class: "timeline", id: "timeline-list", "aria-label": `Timeline of ${title}` },
    ...timeline.events.map((event) => {
      const actors = [...event.actors].sort().map((a) => names.get(a) ?? a);
      const actions: HTMLElement[] = [];
      if (event.kind === "edition" && event.date) {
        actions.push(h("button", { type: "button", onclick: (() => handlers.onAsOf(event.date!)) as EventListener },
          `Matrix as of ${event.date}`));
      }
      if (event.fact_ids.length) {
        actions.push(h("button", { type: "button", onclick: (() => void openEvidence(
          `${KIND_TEXT[event.kind]}: ${event.title ?? ""}`, `${event.date ?? "undated"}${actors.length ? ` — ${actors.join(", ")}` : ""}`,
          event.fact_ids.map((factId, i) => ({ heading: event.actors[i] ? `${names.get(event.actors[i]) ?? event.actors[i]}` : event.title ?? "Fact", factId })))) as EventListener },
          "Evidence"));
      }
      return h("li", { class: `event event-${event.kind}`, "data-kind": event.kind },
        h("time", { datetime: event.date ?? "" }, event.date ?? "undated"),
        h("div", { class: "event-body" },
          h("span", { class: "event-kind" }, KIND_TEXT[event.kind]),
          h("strong", {}, event.title ?? ""),
          event.count !== null && event.kind === "edition" ? h("span", { class: "event-count" }, ` — ${event.count} signatories`) : null,
          event.detail ? h("span", { class: "event-detail" }, ` · ${event.detail}`) : null,
          actors.length ? h("p", { class: "event-actors" }, event.kind === "edition" ? "Joined: " : "", actors.join(", ")) : null,
          actions.length ? h("div", { class: "event-actions" }, ...actions) : null));
    }));
  return h("div", {}, h("h2", {}, `Timeline: ${title}`), list);
}

export function timelineCsv(timeline: Timeline): { headers: string[]; rows: string[][] } {
  return {
    headers: ["date", "kind", "title", "detail", "count", "actors", "ref"],
    rows: timeline.events.map((e) => [e.date ?? "", e.kind, e.title ?? "", e.detail ?? "", String(e.count ?? ""), e.actors.join(" "), e.ref ?? ""]),
  };
}

export function timelinePng(timeline: Timeline, title: string): PngTable {
  return {
    title: `Timeline: ${title}`,
    headers: ["Date", "Event", "What", "Who"],
    rows: timeline.events.map((e) => [e.date ?? "undated", KIND_TEXT[e.kind], `${e.title ?? ""}${e.kind === "edition" ? ` (${e.count})` : ""}`, e.actors.join(", ")]),
  };
}
