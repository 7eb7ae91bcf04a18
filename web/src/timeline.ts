// The timeline of one instrument: its editions (who joined in each), the documents that
// express or report it, its authors and stances, and the dated acts they lead to, as of the
// page's date (nothing dated after it). An edition's button replays the matrix as of its date.

import type { Matrix, Timeline, TimelineEvent } from "./api";
import { h } from "./dom";
import { openEvidence } from "./evidence";
import type { PngTable } from "./exporting";
import { byName, columnKind, columnShort, kindLabel, languageName, showDate } from "./labels";

const KIND_TEXT: Record<TimelineEvent["kind"], string> = {
  edition: "Edition", document: "Document", authored: "Authored", oppose: "Opposed", support: "Supported", act: "Legal act",
};

export interface TimelineHandlers { onInstrument: (id: string) => void; onAsOf: (date: string) => void }

export function renderTimelinePicker(matrix: Matrix, current: string, handlers: TimelineHandlers): HTMLElement {
  const instruments = byName(matrix.columns.filter((c) => c.type === "instrument"), (c) => c.label ?? "");
  const select = h("select", { id: "timeline-instrument" },
    ...instruments.map((c) => h("option", { value: c.id, selected: c.id === current }, `${columnShort(c)} (${columnKind(c)})`)));
  select.addEventListener("change", () => handlers.onInstrument(select.value));
  return h("div", { class: "filters" }, h("div", { class: "field" }, h("label", { for: "timeline-instrument" }, "Instrument"), select));
}

/** States by name, and documents (an instrument or act that is itself an actor) by title: never by key. */
function actorTable(matrix: Matrix): Map<string, string> {
  return new Map([...matrix.columns.map((c): [string, string] => [c.id, c.label ?? "a document"]), ...matrix.rows.map((r): [string, string] => [r.iso2, r.name ?? r.iso2])]);
}

function actorNames(event: TimelineEvent, names: Map<string, string>): string[] {
  return byName(event.actors.map((a) => names.get(a) ?? "another party"), (n) => n);
}

/** An event's title for people: an edition by its number, date and count, never its venue alone. */
function eventTitle(event: TimelineEvent): string {
  if (event.kind === "edition") return `${event.title ?? "Edition"} (${showDate(event.date)}, ${event.count ?? "?"} signatories)`;
  return event.title ?? "";
}

/** An event's detail in words: a document's kind and languages, a stance's source document, an act's kind. */
function eventDetail(event: TimelineEvent, matrix: Matrix): string {
  const detail = event.detail ?? "";
  if (!detail) return "";
  if (event.kind === "document") {
    const [kind, languages] = detail.split(" · ");
    return [kindLabel(kind), languages ? languages.split(/,\s*/).map(languageName).join(", ") : ""].filter(Boolean).join(", ");
  }
  if (event.kind === "oppose" || event.kind === "support") {
    const via = detail.replace(/^via\s+/, "");
    return `through the ${matrix.columns.find((c) => c.id === via)?.label ?? "document that reports it"}`;
  }
  if (event.kind === "act") return kindLabel(detail);
  return detail;
}

export function renderTimeline(timeline: Timeline, matrix: Matrix, handlers: TimelineHandlers): HTMLElement {
  const names = actorTable(matrix);
  const title = matrix.columns.find((c) => c.id === timeline.instrument)?.label ?? "the instrument";
  const list = h("ol", { class: "timeline", id: "timeline-list", "aria-label": `Timeline of ${title}` },
    ...timeline.events.map((event) => {
      const actors = actorNames(event, names);
      const actions: HTMLElement[] = [];
      if (event.kind === "edition" && event.date) {
        actions.push(h("button", { type: "button", onclick: (() => handlers.onAsOf(event.date!)) as EventListener },
          `Matrix as of ${showDate(event.date)}`));
      }
      if (event.fact_ids.length) {
        actions.push(h("button", { type: "button", onclick: (() => void openEvidence(
          `${KIND_TEXT[event.kind]}: ${eventTitle(event)}`, `${showDate(event.date)}${actors.length ? ` — ${actors.join(", ")}` : ""}`,
          event.fact_ids.map((factId, i) => ({ heading: event.actors[i] ? `${names.get(event.actors[i]) ?? "Fact"}` : event.title ?? "Fact", factId })))) as EventListener },
          "Evidence"));
      }
      return h("li", { class: `event event-${event.kind}`, "data-kind": event.kind },
        h("time", { datetime: showDate(event.date, "") }, showDate(event.date)),
        h("div", { class: "event-body" },
          h("span", { class: "event-kind" }, KIND_TEXT[event.kind]),
          h("strong", {}, eventTitle(event)),
          event.detail ? h("span", { class: "event-detail" }, ` · ${eventDetail(event, matrix)}`) : null,
          actors.length ? h("p", { class: "event-actors" }, event.kind === "edition" ? "Joined: " : "", actors.join(", ")) : null,
          actions.length ? h("div", { class: "event-actions" }, ...actions) : null));
    }));
  return h("div", {}, h("h2", {}, `Timeline: ${title}`),
    h("p", { class: "summary", id: "timeline-summary" }, timeline.as_of ? `Events up to ${timeline.as_of}; later ones are not shown.` : "Every dated event loaded."),
    list);
}

export function timelineCsv(timeline: Timeline, matrix: Matrix): { headers: string[]; rows: string[][] } {
  const names = actorTable(matrix);
  return {
    headers: ["date", "kind", "title", "detail", "count", "actors", "actor_codes"],
    rows: timeline.events.map((e) => [showDate(e.date, ""), KIND_TEXT[e.kind], eventTitle(e), eventDetail(e, matrix), String(e.count ?? ""),
      actorNames(e, names).join("; "), e.actors.join(" ")]),
  };
}

export function timelinePng(timeline: Timeline, matrix: Matrix, title: string): PngTable {
  const names = actorTable(matrix);
  return {
    title: `Timeline: ${title}${timeline.as_of ? `, as of ${timeline.as_of}` : ""}`,
    headers: ["Date", "Event", "What", "Who"],
    rows: timeline.events.map((e) => [showDate(e.date), KIND_TEXT[e.kind], eventTitle(e), actorNames(e, names).join(", ")]),
  };
}
