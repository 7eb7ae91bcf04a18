// The evidence dialog: every passage behind one or more facts, with its document
// (language, date, source link) and the load run that brought the document in. A native
// <dialog> opened with showModal() traps focus, closes on Escape and hands focus back.
// The dialog has its own address (#...&evidence=<fact ids>), so a passage can be linked to;
// passages dated after the page's as-of date are left out and counted.

import { api, type EvidenceRow } from "./api";
import { byId, h, quoteInContext } from "./dom";
import { kindLabel, languageName, notAfter, readerLanguage, showDate } from "./labels";

export interface FactGroup { heading: string; factId: string }

/** What the page tells the dialog: the as-of date on screen, how to put the open dialog in
 *  the address, and how to name a node id (state:SE) for a dialog opened from a link. */
export interface EvidenceHost {
  asOf: () => string | null;
  setAddress: (factIds: string[] | null) => void;
  nameOf: (id: string | null) => string;
  citeLine: () => string;
}

let host: EvidenceHost | null = null;
let generation = 0;
const dialog = () => byId<HTMLDialogElement>("evidence");

export function initEvidenceDialog(pageHost: EvidenceHost): void {
  host = pageHost;
  byId("evidence-close").addEventListener("click", () => dialog().close());
  dialog().addEventListener("click", (event) => {
    if (event.target === dialog()) dialog().close(); // a click on the backdrop
  });
  dialog().addEventListener("close", () => host?.setAddress(null));
}

export function closeEvidence(): void {
  if (dialog().open) dialog().close();
}

/** The dialog for facts named only by their ids (a link to it): headings and title from the passages. */
export async function openEvidenceByIds(factIds: string[]): Promise<void> {
  await openEvidence("Evidence", "", factIds.map((factId) => ({ heading: "", factId })), false);
}

export async function openEvidence(title: string, summary: string, groups: FactGroup[], address = true): Promise<void> {
  const gen = ++generation;
  if (address) host?.setAddress(groups.map((g) => g.factId));
  byId("evidence-title").textContent = title;
  const body = byId("evidence-body");
  body.replaceChildren(h("p", { class: "evidence-summary" }, summary), h("p", { class: "loading", role: "status" }, "Loading the passages…"));
  if (!dialog().open) dialog().showModal();
  body.setAttribute("aria-busy", "true");
  try {
    const results = await Promise.all(groups.map(async (g) => ({ group: g, rows: await api.evidence(g.factId) })));
    if (gen !== generation) return;
    const first = results.find((r) => r.rows.length)?.rows[0];
    if (title === "Evidence" && first && host) {
      byId("evidence-title").textContent = `${host.nameOf(first.subject)} — ${verb(first.fact_type)} — ${host.nameOf(first.object)}`;
    }
    body.replaceChildren(
      ...(summary ? [h("p", { class: "evidence-summary" }, summary)] : []),
      ...results.map(({ group, rows }) => renderGroup(group, rows)),
      h("p", { class: "cite" }, h("strong", {}, "Cite this: "), host?.citeLine() ?? location.href));
  } catch (error) {
    if (gen !== generation) return;
    body.replaceChildren(h("p", { class: "error", role: "alert" }, `The evidence could not be loaded: ${(error as Error).message}`));
  } finally {
    if (gen === generation) body.removeAttribute("aria-busy");
  }
}

function verb(factType: string | null): string {
  return ({ SIGNED: "signed", AUTHORED: "authored", OPPOSES: "opposed", SUPPORTS: "supported", MENTIONS: "mentioned", CITES: "cited" } as Record<string, string>)[factType ?? ""]
    ?? (factType ?? "fact").toLowerCase().replaceAll("_", " ");
}

function renderGroup(group: FactGroup, rows: EvidenceRow[]): HTMLElement {
  const asOf = host?.asOf() ?? null;
  // A passage of a document's text before a curated record; of those, the reader's language, then English.
  const reader = readerLanguage();
  const rank = (r: EvidenceRow) => (r.origin === "text" || r.origin === null ? 0 : 4) + (r.lang === reader ? 0 : r.lang === "en" ? 1 : 2);
  const shown = rows.filter((r) => notAfter(r.document_date, asOf)).sort((a, b) => rank(a) - rank(b));
  const later = rows.length - shown.length;
  const heading = group.heading || (rows[0] ? `${verb(rows[0].fact_type)[0].toUpperCase()}${verb(rows[0].fact_type).slice(1)}` : "Fact");
  return h("section", { class: "fact", "data-fact-id": group.factId },
    h("h3", {}, heading),
    shown.length ? h("ol", { class: "passages" }, ...shown.map((row) => renderPassage(row, group.factId)))
      : h("p", {}, later ? "" : "No passage recorded for this fact."),
    later ? h("p", { class: "later-note" }, `${later} passage${later === 1 ? "" : "s"} dated after ${asOf} not shown (the page is as of ${asOf}).`) : null);
}

/** Where a curated record (not a passage of a document) says the fact: in words, never its file path. A record
 *  read from a public page (metadata/sources: its extractor is curated.sources.*) shows the page's own words. */
function curatedText(row: EvidenceRow): HTMLElement {
  if (row.extractor?.startsWith("curated.sources") && row.quote) {
    return h("div", { class: "curated" },
      h("p", {}, "Recorded in the project's curated list from the public page below, which says:"), quoteInContext(row.quote, null));
  }
  return h("p", { class: "curated" }, "Recorded in the project's curated list",
    row.document_date ? ` (${showDate(row.document_date)})` : "", "; no passage of the document's text was read for this.");
}

function renderPassage(row: EvidenceRow, factId: string): HTMLLIElement {
  const languages = row.lang ? languageName(row.lang) : row.languages?.length ? row.languages.map(languageName).join(", ") : "not recorded";
  const source = row.source_url
    ? h("a", { href: row.source_url, rel: "noopener noreferrer", target: "_blank" }, row.source_url)
    : h("span", { class: "muted" }, "no source link recorded");
  const text = row.origin === "text" || row.origin === null;
  const span = row.start !== null && row.end !== null ? `characters ${row.start}–${row.end}` : "whole document (curated)";
  const docLink = h("a", { href: `#view=document&id=${encodeURIComponent(row.document_id)}&fact=${encodeURIComponent(factId)}` }, row.document ?? "the document");
  return h("li", { class: `passage origin-${row.origin ?? "text"}` },
    text ? quoteInContext(row.quote, row.context) : curatedText(row),
    h("dl", { class: "meta" },
      h("dt", {}, "Document"), h("dd", {}, docLink),
      h("dt", {}, "Kind"), h("dd", {}, kindLabel(row.kind)),
      h("dt", {}, "Language"), h("dd", { class: "lang", "data-lang": row.lang ?? "" }, languages),
      h("dt", {}, "Date"), h("dd", { class: "date" }, showDate(row.document_date)),
      h("dt", {}, "Source"), h("dd", {}, source),
      h("dt", {}, "Span"), h("dd", {}, span),
      h("dt", {}, "Confidence"), h("dd", {}, row.confidence !== null ? `${Math.round(row.confidence * 100)} %` : "not recorded"),
      h("dt", {}, "Loaded"), h("dd", { class: "load-run" }, row.loaded_at ? `by the load run of ${loadedAt(row.loaded_at)}` : "—")));
}

/** "2026-11-30T16:10:21.925000000+00:00" -> "2026-11-30 16:10 UTC". */
export function loadedAt(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(stamp);
  return m ? `${m[1]} ${m[2]} UTC` : stamp;
}
