// The headline question in one view: signatories of an instrument that also opposed stricter
// EU export rules (the named query signatories_opposing_export_rules), with a passage for each
// half on screen and all passages, document and load run one click away. Which instrument, and
// its title, come from the API (the query's parameters and the matrix's columns), never from here.

import type { Headline, HeadlineRow, Matrix, QuotedEvidence } from "./api";
import { h, quoteInContext } from "./dom";
import type { PngTable } from "./exporting";
import { byName, cutAtWord, languageName, notAfter, quoteText, readerLanguage, showDate } from "./labels";
import { openCellEvidence } from "./matrix";

/** The passage to show first: a passage of a document's text over a curated record, never one
 *  dated after the as-of date; of the same document, the reader's language first, else English. */
export function best(evidence: QuotedEvidence[], asOf: string | null = null): QuotedEvidence | undefined {
  const usable = evidence.filter((e) => notAfter(e.document_date, asOf));
  const text = usable.filter((e) => e.origin === "text");
  if (!text.length) return usable[0];
  const reader = readerLanguage();
  const rank = (e: QuotedEvidence) => (e.lang === reader ? 0 : e.lang === "en" ? 1 : 2);
  const first = text[0];
  const sameDocument = text.filter((e) => e.document_id === first.document_id);
  return [...sameDocument].sort((a, b) => rank(a) - rank(b))[0];
}

function passage(evidence: QuotedEvidence[], asOf: string | null, onMore: () => void, what: string, state: string): HTMLElement {
  const first = best(evidence, asOf);
  if (!first) return h("span", { class: "muted" }, "no passage");
  const count = evidence.filter((e) => notAfter(e.document_date, asOf)).length;
  return h("div", { class: "headline-evidence" },
    first.origin === "text" ? quoteInContext(first.quote, first.context, 240) : h("p", { class: "curated" }, "Recorded in the project's curated list"),
    h("p", { class: "source" },
      h("a", { href: `#view=document&id=${encodeURIComponent(first.document_id)}` }, cutAtWord(first.document ?? "the document", 70)),
      ` · ${first.lang ? languageName(first.lang) : "language not recorded"} · `, h("span", { class: "date" }, showDate(first.document_date))),
    h("button", { type: "button", class: "link-button", "aria-label": `All ${count} passages of ${state}'s ${what}, with documents and load runs`, onclick: onMore as EventListener },
      `All ${count} passage${count === 1 ? "" : "s"}, documents and load runs`));
}

/** The instrument's title as the matrix captions it. */
export function instrumentTitle(matrix: Matrix, instrument: string): string {
  return matrix.columns.find((c) => c.id === instrument)?.label ?? "statement";
}

export function renderHeadline(headline: Headline, matrix: Matrix, asOf: string | null): HTMLElement {
  const rows = byName(headline.rows, (r) => r.name);
  const cellOf = (iso2: string, column: string) => matrix.cells.find((c) => c.state === iso2 && c.column === column);
  const intro = h("p", { class: "summary", id: "headline-summary" },
    h("strong", { "data-headline-count": String(rows.length) }, String(rows.length)),
    ` states signed the ${instrumentTitle(matrix, headline.instrument)} and also opposed stricter EU export rules for surveillance technology${asOf ? `, as of ${asOf}` : ""}.`);
  if (!rows.length) return h("div", {}, h("h2", {}, "Signed, and opposed stricter export rules"), intro);
  const table = h("table", { class: "headline stack-on-phone", id: "headline-table" },
    h("caption", {}, "Each state with the passage that shows its signature and the passage that reports its opposition."),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, "State"), h("th", { scope: "col" }, "Joined the statement"),
      h("th", { scope: "col" }, "Opposed"), h("th", { scope: "col" }, "Evidence: signature"), h("th", { scope: "col" }, "Evidence: opposition"))),
    h("tbody", {}, ...rows.map((row) => {
      const signed = cellOf(row.iso2, headline.instrument);
      const opposed = cellOf(row.iso2, row.opposed_act);
      return h("tr", { "data-state": row.iso2 },
        h("th", { scope: "row" }, h("a", { href: `#view=state&iso2=${row.iso2}` }, row.name)),
        h("td", { "data-label": "Joined" }, `edition ${row.joined_edition ?? "?"}, ${showDate(row.joined_date)}`),
        h("td", { "data-label": "Opposed" }, h("a", { href: `#view=act&id=${encodeURIComponent(row.opposed_act)}` }, row.opposed_label ?? "the proposal"),
          row.via_title ? h("span", { class: "via" }, ` through the ${row.via_title}`) : null),
        h("td", { class: "rel-signed-soft", "data-label": "Signature" }, passage(row.signing_evidence, asOf, () => signed && openCellEvidence(matrix, signed), "signature", row.name)),
        h("td", { class: "rel-oppose-soft", "data-label": "Opposition" }, passage(row.opposition_evidence, asOf, () => opposed && openCellEvidence(matrix, opposed), "opposition", row.name)));
    })));
  return h("div", {}, h("h2", {}, "Signed, and opposed stricter export rules"), intro, table);
}

export function headlineCsv(rows: HeadlineRow[], asOf: string | null): { headers: string[]; rows: string[][] } {
  return {
    headers: ["iso2", "state", "joined_edition", "joined_date", "opposed_act", "opposed_label", "via_title",
      "signing_quote", "signing_passage", "signing_document", "signing_language", "signing_date",
      "opposition_quote", "opposition_passage", "opposition_document", "opposition_language", "opposition_date"],
    rows: byName(rows, (r) => r.name).map((r) => {
      const s = best(r.signing_evidence, asOf), o = best(r.opposition_evidence, asOf);
      return [r.iso2, r.name, String(r.joined_edition ?? ""), showDate(r.joined_date, ""), r.opposed_act, r.opposed_label ?? "", r.via_title ?? "",
        s?.quote ?? "", quoteText(s?.quote, s?.context, 400), s?.document ?? "", s?.lang ?? "", showDate(s?.document_date, ""),
        o?.quote ?? "", quoteText(o?.quote, o?.context, 400), o?.document ?? "", o?.lang ?? "", showDate(o?.document_date, "")];
    }),
  };
}

export function headlinePng(rows: HeadlineRow[], title: string, asOf: string | null): PngTable {
  return {
    title: `Signed the ${title} and opposed stricter EU export rules${asOf ? `, as of ${asOf}` : ""}`,
    headers: ["State", "Joined", "Opposed", "Signature", "Opposition"],
    rows: byName(rows, (r) => r.name).map((r) => {
      const s = best(r.signing_evidence, asOf), o = best(r.opposition_evidence, asOf);
      return [r.name, `ed. ${r.joined_edition ?? "?"}, ${showDate(r.joined_date, "")}`, r.opposed_label ?? "",
        quoteText(s?.quote, s?.context, 160), quoteText(o?.quote, o?.context, 200)];
    }),
    fills: rows.map(() => [null, "#cfe8d5", "#f6d0cf", null, null]),
  };
}
