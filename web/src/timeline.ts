// The timeline of one instrument: its editions (who joined in each), the documents that
// express or report it, its authors and stances, the dated acts they lead to, and the
// participation that is no edition's list (a party's own joining, endorsement or withdrawal;
// a third party's report, marked and never counted; the counts sources state), as of the
// page's date (nothing dated after it). The picker offers every instrument GET /instruments
// lists, so an instrument known only from pages about it has a timeline too; where the graph
// holds nothing dated for it, the view says so instead of showing an empty list.

import type { InstrumentSummary, Matrix, Timeline, TimelineEvent } from "./api";
import { h } from "./dom";
import { instrumentOption } from "./unlisted";
import { openEvidence } from "./evidence";
import type { PngTable } from "./exporting";
import { byName, kindLabel, languageName, showDate } from "./labels";

const KIND_TEXT: Record<TimelineEvent["kind"], string> = {
  edition: "Edition", document: "Document", authored: "Authored", oppose: "Opposed", support: "Supported", act: "Legal act",
  joined: "Joined", endorsed: "Endorsed", withdrew: "Withdrew", reported: "Reported", claim: "A source counts",
};
/** Events that make or end a party by its own act: the running count of parties follows them. */
const OWN_ACTS = new Set<TimelineEvent["kind"]>(["edition", "joined", "endorsed", "withdrew"]);

export interface TimelineHandlers { onInstrument: (id: string) => void; onAsOf: (date: string) => void; onLatest: () => void }

/** Every instrument the graph holds, by title: those with editions, those known from participation
 *  pages only, and those that are themselves documents (a position paper). */
export function renderTimelinePicker(instruments: InstrumentSummary[], current: string, handlers: TimelineHandlers): HTMLElement {
  const select = h("select", { id: "timeline-instrument" },
    ...byName(instruments, (i) => i.title ?? i.instrument_id).map((i) => h("option", { value: i.instrument_id, selected: i.instrument_id === current },
      instrumentOption(i))));
  select.addEventListener("change", () => handlers.onInstrument(select.value));
  return h("div", { class: "filters" }, h("div", { class: "field" }, h("label", { for: "timeline-instrument" }, "Instrument"), select));
}

/** States by name, and documents (an instrument or act that is itself an actor) by title, for an API
 *  that does not send actor_names: never by key. */
function actorTable(matrix: Matrix): Map<string, string> {
  return new Map([...matrix.columns.map((c): [string, string] => [c.id, c.label ?? "a document"]), ...matrix.rows.map((r): [string, string] => [r.iso2, r.name ?? r.iso2])]);
}

/** The event's actors by name, each with its fact id (one per actor where the API sends one), in name order. */
function namedActors(event: TimelineEvent, names: Map<string, string>): { name: string; factId: string | undefined }[] {
  const perActor = event.fact_ids.length === event.actors.length;
  return byName(event.actors.map((a, i) => ({ name: event.actor_names?.[i] ?? names.get(a) ?? "another party", factId: perActor ? event.fact_ids[i] : undefined })),
    (a) => a.name);
}

function actorNames(event: TimelineEvent, names: Map<string, string>): string[] {
  return namedActors(event, names).map((a) => a.name);
}

/** An event's title for people: an edition by its number, date and count (or that no list is loaded), never its venue alone. */
function eventTitle(event: TimelineEvent): string {
  if (event.kind === "edition") {
    const listed = event.count || event.actors.length ? `${event.count ?? "?"} signatories` : "no list of signatories loaded";
    return `${event.title ?? "Edition"} (${showDate(event.date)}, ${listed})`;
  }
  if (event.kind === "claim") return (event.title ?? "").replace(/^Counted:\s*/, "");
  if (event.kind === "reported") return (event.title ?? "").replace(/^Reported as\s*/, "as ");
  if (OWN_ACTS.has(event.kind)) return `by the ${event.actors.length === 1 ? "party's" : "parties'"} own announcement`;
  return event.title ?? "";
}

/** An event's detail in words: a document's kind and languages, a stance's source document, an act's kind, a report's or count's source. */
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
  if (event.kind === "reported" || event.kind === "claim") return `according to ${detail}`;
  return detail;
}

/** Who takes part by their own act after each event (an edition's list, joining, endorsing; a withdrawal ends it),
 *  and who is only reported by others: the participation the timeline can vouch for, over time. */
function participation(events: TimelineEvent[]): { after: Map<TimelineEvent, number>; parties: number; reportedOnly: number; any: boolean } {
  const own = new Set<string>();
  const reported = new Set<string>();
  const after = new Map<TimelineEvent, number>();
  for (const event of events) {
    if (event.kind === "withdrew") event.actors.forEach((a) => own.delete(a));
    else if (OWN_ACTS.has(event.kind)) event.actors.forEach((a) => own.add(a));
    else if (event.kind === "reported") event.actors.forEach((a) => reported.add(a));
    if (OWN_ACTS.has(event.kind)) after.set(event, own.size);
  }
  const any = events.some((e) => OWN_ACTS.has(e.kind) || e.kind === "reported" || e.kind === "claim");
  return { after, parties: own.size, reportedOnly: [...reported].filter((a) => !own.has(a)).length, any };
}

function participationSummary(timeline: Timeline, title: string): HTMLElement {
  const { parties, reportedOnly, any } = participation(timeline.events);
  const when = timeline.as_of ? ` on ${timeline.as_of}` : "";
  if (!any) {
    return h("p", { class: "summary", id: "timeline-participation", "data-parties": "" },
      `No signature, joining, endorsement or count of parties of ${title} is loaded${when}; the events below are what the graph holds about it.`);
  }
  return h("p", { class: "summary", id: "timeline-participation", "data-parties": String(parties) },
    "Parties by their own act", when, ": ", h("strong", { "data-parties-count": String(parties) }, String(parties)),
    " (listed in an edition, or joined or endorsed by their own announcement; a withdrawal ends it)",
    reportedOnly ? `; ${reportedOnly} more only reported by others, not counted` : "", ".");
}

function emptyState(timeline: Timeline, title: string, handlers: TimelineHandlers): HTMLElement {
  return h("div", { class: "empty-view", id: "timeline-empty", role: "note" },
    h("p", {}, timeline.as_of
      ? `The graph holds nothing about ${title} dated on or before ${timeline.as_of}: no edition, signature, joining, endorsement, report, count of parties, document or stance.`
      : `The graph holds nothing dated about ${title}: no edition, signature, joining, endorsement, report, count of parties, document or stance. Its page may still list what is known without a date.`),
    timeline.as_of ? h("button", { type: "button", id: "timeline-latest", onclick: (() => handlers.onLatest()) as EventListener }, "Show everything loaded") : null);
}

export function renderTimeline(timeline: Timeline, matrix: Matrix, title: string, handlers: TimelineHandlers): HTMLElement {
  const names = actorTable(matrix);
  const heading = h("h2", {}, `Timeline: ${title}`);
  const summary = h("p", { class: "summary", id: "timeline-summary" },
    timeline.as_of ? `Events up to ${timeline.as_of}; later ones are not shown.` : "Every dated event loaded.");
  if (!timeline.events.length) return h("div", {}, heading, summary, emptyState(timeline, title, handlers));
  const { after } = participation(timeline.events);
  // Beside an edition's own count the running figure says nothing new; it does once parties join outside the lists.
  const running = timeline.events.some((e) => e.kind === "joined" || e.kind === "endorsed" || e.kind === "withdrew");
  const list = h("ol", { class: "timeline", id: "timeline-list", "aria-label": `Timeline of ${title}` },
    ...timeline.events.map((event) => {
      const actors = namedActors(event, names);
      const actions: HTMLElement[] = [];
      if (event.kind === "edition" && event.date && (event.count || event.actors.length)) { // an edition with a list is on the matrix
        actions.push(h("button", { type: "button", onclick: (() => handlers.onAsOf(event.date!)) as EventListener },
          `Matrix as of ${showDate(event.date)}`));
      }
      if (event.fact_ids.length) {
        const source = event.kind === "claim" || event.kind === "document" ? event.detail ?? event.title ?? "Source" : event.title ?? "Fact";
        const groups = actors.some((a) => a.factId)
          ? actors.filter((a) => a.factId).map((a) => ({ heading: a.name, factId: a.factId! }))
          : event.fact_ids.map((factId) => ({ heading: source, factId }));
        actions.push(h("button", { type: "button", onclick: (() => void openEvidence(
          `${KIND_TEXT[event.kind]}: ${eventTitle(event)}`, `${showDate(event.date)}${actors.length ? ` — ${actors.map((a) => a.name).join(", ")}` : ""}`,
          groups)) as EventListener }, "Evidence"));
      }
      const partiesAfter = after.get(event);
      const detail = eventDetail(event, matrix);
      const sourceLink = (event.kind === "reported" || event.kind === "claim") && event.ref
        ? h("a", { href: `#view=document&id=${encodeURIComponent(event.ref)}` }, detail) : null;
      return h("li", { class: `event event-${event.kind}`, "data-kind": event.kind },
        h("time", { datetime: showDate(event.date, "") }, showDate(event.date)),
        h("div", { class: "event-body" },
          h("span", { class: "event-kind" }, KIND_TEXT[event.kind]),
          h("strong", {}, eventTitle(event)),
          detail ? h("span", { class: "event-detail" }, " · ", sourceLink ?? detail) : null,
          actors.length ? h("p", { class: "event-actors" }, event.kind === "edition" ? "Joined: " : "", actors.map((a) => a.name).join(", ")) : null,
          event.kind === "reported" ? h("p", { class: "event-note" }, "Reported only: not counted as a party.") : null,
          partiesAfter !== undefined && running
            ? h("p", { class: "event-note", "data-parties-after": String(partiesAfter) }, `Parties by their own act from then: ${partiesAfter}`) : null,
          actions.length ? h("div", { class: "event-actions" }, ...actions) : null));
    }));
  return h("div", {}, heading, summary, participationSummary(timeline, title), list);
}

export function timelineCsv(timeline: Timeline, matrix: Matrix): { headers: string[]; rows: string[][] } {
  const names = actorTable(matrix);
  const { after } = participation(timeline.events);
  return {
    headers: ["date", "kind", "title", "detail", "count", "actors", "actor_codes", "parties_after"],
    rows: timeline.events.map((e) => [showDate(e.date, ""), KIND_TEXT[e.kind], eventTitle(e), eventDetail(e, matrix), String(e.count ?? ""),
      actorNames(e, names).join("; "), e.actors.join(" "), String(after.get(e) ?? "")]),
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
