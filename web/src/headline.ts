// The headline question in one view: signatories of an instrument that also opposed stricter
// EU export rules (the named query signatories_opposing_export_rules), with a passage for each
// half on screen and all passages, document and load run one click away. Which instrument, and
// its title, come from the API (the query's parameters and the matrix's columns), never from here.

import type { Headline, HeadlineRow, Matrix, QuotedEvidence } from "./api";
import { h, quoteInContext } from "./dom";
import type { PngTable } from "./exporting";
import { openCellEvidence } from "./matrix";

/** The passage to show first: text over curated metadata, the earliest edition first. */
function best(evidence: QuotedEvidence[]): QuotedEvidence | undefined {
  return evidence.find((e) => e.origin === "text") ?? evidence[0];
}

function passage(evidence: QuotedEvidence[], onMore: () => void, what: string, state: string): HTMLElement {
  const first = best(evidence);
  if (!first) return h("span", { class: "muted" }, "no passage");
  return h("div", { class: "headline-evidence" },
    quoteInContext(first.quote, first.context),
    h("p", { class: "source" }, `${first.document ?? first.document_id} · ${first.lang ?? "—"} · ${first.document_date ?? "undated"}`),
    h("button", { type: "button", class: "link-button", "aria-label": `All ${evidence.length} passages of ${state}'s ${what}, with documents and load runs`, onclick: onMore as EventListener },
      `All ${evidence.length} passage${evidence.length === 1 ? "" : "s"}, documents and load runs`));
}

/** The instrument's title as the matrix captions it, else its id. */
export function instrumentTitle(matrix: Matrix, instrument: string): string {
  return matrix.columns.find((c) => c.id === instrument)?.label ?? instrument;
}

export function renderHeadline(headline: Headline, matrix: Matrix, asOf: string | null): HTMLElement {
  const rows = headline.rows;
  const cellOf = (iso2: string, column: string) => matrix.cells.find((c) => c.state === iso2 && c.column === column);
  const intro = h("p", { class: "summary", id: "headline-summary" },
    h("strong", { "data-headline-count": String(rows.length) }, String(rows.length)),
    ` states signed the ${instrumentTitle(matrix, headline.instrument)} and also opposed stricter EU export rules for surveillance technology${asOf ? `, as of ${asOf}` : ""}.`);
  if (!rows.length) return h("div", {}, h("h2", {}, "Signed, and opposed stricter export rules"), intro);
  const table = h("table", { class: "headline", id: "headline-table" },
    h("caption", {}, "Each state with the passage that shows its signature and the passage that reports its opposition."),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, "State"), h("th", { scope: "col" }, "Joined the statement"),
      h("th", { scope: "col" }, "Opposed"), h("th", { scope: "col" }, "Evidence: signature"), h("th", { scope: "col" }, "Evidence: opposition"))),
    h("tbody", {}, ...rows.map((row) => {
      const signed = cellOf(row.iso2, headline.instrument);
      const opposed = cellOf(row.iso2, row.opposed_act);
      return h("tr", { "data-state": row.iso2 },
        h("th", { scope: "row" }, row.name, " ", h("span", { class: "iso" }, row.iso2)),
        h("td", {}, `edition ${row.joined_edition ?? "?"}, ${row.joined_date ?? "undated"}`),
        h("td", {}, row.opposed_label ?? row.opposed_act, row.via_title ? h("span", { class: "via" }, ` via ${row.via_title}`) : null),
        h("td", { class: "rel-signed-soft" }, passage(row.signing_evidence, () => signed && openCellEvidence(matrix, signed), "signature", row.name)),
        h("td", { class: "rel-opposes-soft" }, passage(row.opposition_evidence, () => opposed && openCellEvidence(matrix, opposed), "opposition", row.name)));
    })));
  return h("div", {}, h("h2", {}, "Signed, and opposed stricter export rules"), intro,
    h("div", { class: "table-scroll", role: "region", "aria-label": "Headline answer", tabindex: "0" }, table));
}

export function headlineCsv(rows: HeadlineRow[]): { headers: string[]; rows: string[][] } {
  return {
    headers: ["iso2", "state", "joined_edition", "joined_date", "opposed_act", "opposed_label", "via", "signing_quote", "signing_document", "opposition_quote", "opposition_document"],
    rows: rows.map((r) => {
      const s = best(r.signing_evidence), o = best(r.opposition_evidence);
      return [r.iso2, r.name, String(r.joined_edition ?? ""), r.joined_date ?? "", r.opposed_act, r.opposed_label ?? "", r.via ?? "",
        s?.quote ?? "", s?.document_id ?? "", o?.quote ?? "", o?.document_id ?? ""];
    }),
  };
}

export function headlinePng(rows: HeadlineRow[], title: string, asOf: string | null): PngTable {
  return {
    title: `Signed the ${title} and opposed stricter EU export rules${asOf ? `, as of ${asOf}` : ""}`,
    headers: ["State", "Joined", "Opposed", "Signature", "Opposition"],
    rows: rows.map((r) => [`${r.name} (${r.iso2})`, `ed. ${r.joined_edition ?? "?"}, ${r.joined_date ?? ""}`, r.opposed_label ?? r.opposed_act,
      best(r.signing_evidence)?.quote ?? "", best(r.opposition_evidence)?.quote ?? ""]),
    fills: rows.map(() => [null, "#cfe8d5", "#f6d0cf", null, null]),
  };
}
