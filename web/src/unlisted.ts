// Why a view has nothing to list for an instrument, said in words with links: whether the graph
// holds an edition of it and parties by their own act as of the date, and which documents refer
// to it (GET /instruments/{id}/documents). Every instrument picker offers every instrument the
// graph holds, those with nothing to list too; picking one shows this instead of a blank.

import { api, type InstrumentSummary, type ReferringDocument } from "./api";
import { h } from "./dom";
import { cutAtWord, kindLabel, showDate } from "./labels";

/** What the graph holds about an instrument as of a date: enough to say why nothing is listed. */
export interface InstrumentTrace {
  id: string; title: string; edition: { number: number | null; date: string | null } | null;
  parties: number; reportedOnly: number; documents: ReferringDocument[]; documentTotal: number;
}

export async function instrumentTrace(id: string, title: string, asOf: string | null, signal?: AbortSignal): Promise<InstrumentTrace> {
  const [edition, parties, documents] = await Promise.all([
    api.editionInForce(id, asOf, signal),
    api.parties(id, asOf, signal).catch(() => null),
    api.instrumentDocuments(id, asOf, signal),
  ]);
  return { id, title, edition, parties: parties?.parties ?? 0, reportedOnly: parties?.reported_only ?? 0,
    documents: documents.items, documentTotal: documents.total };
}

/** A picker's words for an instrument: its title and kind, and a warning when the graph holds no edition of it. */
export function instrumentOption(i: InstrumentSummary): string {
  return `${cutAtWord(i.title ?? "an instrument", 90)} (${kindLabel(i.kind)})${i.editions === 0 ? ": no edition in the graph" : ""}`;
}

const HOW: Record<string, string> = {
  expresses: "holds its text", reports: "reports it", claim: "counts its parties", signed: "lists a signature",
  authored: "names its authors", oppose: "states an opposition by, on or through it", support: "states a support by, on or through it",
  joined: "announces a party joining", endorsed: "records an endorsement", withdrew: "records a withdrawal",
  reported: "reports a party", concerns: "says what it concerns", commitment: "holds a commitment",
};

const the = (title: string) => (/^the\s/i.test(title) ? `the ${title.slice(4)}` : `the ${title}`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence on what is held: edition, parties by their own act, participation only reported. */
export function traceSentence(trace: InstrumentTrace, asOf: string | null): string {
  const when = asOf ? ` as of ${asOf}` : "";
  const title = the(trace.title);
  const edition = trace.edition
    ? `The graph holds edition ${trace.edition.number ?? "?"} of ${title} (${showDate(trace.edition.date)})${when}`
    : `No edition of ${title} is in the graph${when}`;
  const parties = trace.parties
    ? `${trace.parties === 1 ? "1 party took part by its own act" : `${trace.parties} parties took part by their own act`} (signed, joined or endorsed)`
    : trace.edition ? "but no list of its signatories is loaded and no party took part by its own act" : "and no party took part by its own act";
  const reported = trace.reportedOnly ? ` ${plural(trace.reportedOnly, "more is", "more are")} only reported by others, not counted.` : "";
  return `${edition}, ${parties}.${reported}`;
}

/** The documents that refer to the instrument (in date order, as the API sorts them), linked to their pages,
 *  each with its date, kind and how it refers. */
export function documentList(trace: InstrumentTrace, asOf: string | null, listId = "referring-documents"): HTMLElement {
  if (!trace.documents.length) {
    return h("p", { class: "muted", id: listId }, `No document in the graph refers to it${asOf ? ` on or before ${asOf}` : ""}.`);
  }
  return h("ul", { class: "page-list", id: listId }, ...trace.documents.map((d) => h("li", { "data-document": d.id },
    h("a", { href: `#view=document&id=${encodeURIComponent(d.id)}` }, cutAtWord(d.title ?? "a document", 110)),
    ` (${showDate(d.date)}, ${kindLabel(d.kind)}): `,
    d.refers_by.map((how) => HOW[how] ?? how.replaceAll("_", " ")).join("; "))));
}

function documentsLine(trace: InstrumentTrace, asOf: string | null): string {
  const when = asOf ? ` on or before ${asOf}` : "";
  return trace.documentTotal
    ? `${plural(trace.documentTotal, "document refers", "documents refer")} to it${when}:`
    : `No document in the graph refers to it${when}.`;
}

/** The empty state of a view asked about an instrument it has nothing to list for: what is missing, why
 *  this view lists nothing (`because`), the documents that refer to it, and where to look next. */
export function whyNothing(trace: InstrumentTrace, asOf: string | null, because: string | null): HTMLElement {
  const id = encodeURIComponent(trace.id);
  return h("section", { class: "why-empty", id: "why-empty", "aria-label": `Why nothing is listed for ${cutAtWord(trace.title, 80)}`,
    "data-edition": trace.edition ? String(trace.edition.number ?? "") : "none", "data-parties": String(trace.parties),
    "data-documents": String(trace.documentTotal) },
  h("p", {}, traceSentence(trace, asOf), because ? ` ${because}` : ""),
  h("p", {}, documentsLine(trace, asOf)),
  trace.documents.length ? documentList(trace, asOf) : null,
  h("p", {}, h("a", { href: `#view=instrument&id=${id}` }, "Its page"), " · ", h("a", { href: `#view=timeline&instrument=${id}` }, "its timeline")));
}
