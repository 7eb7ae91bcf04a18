// "Signed X, and opposed it elsewhere", for any instrument and any act or topic: the template
// named query parties_opposing, with a passage for each half on screen and every passage one
// click away. The pair asked about comes from the pickers (the instrument list and
// GET /explorer/targets) or, by default, from the query's own parameters; never from here.

import type { Headline, HeadlineRow, InstrumentSummary, Matrix, QuotedEvidence, Target } from "./api";
import { h, quoteInContext } from "./dom";
import type { PngTable } from "./exporting";
import { byName, cutAtWord, kindLabel, languageName, notAfter, quoteText, readerLanguage, showDate } from "./labels";
import { openCellEvidence } from "./matrix";
import { instrumentOption } from "./unlisted";

/** What the headline is drawn with: titles of instruments and targets, and the pickers' handler. */
export interface HeadlineContext {
  latest: Matrix; instruments: InstrumentSummary[]; targets: Target[]; asOf: string | null;
  onPick: (instrument: string, target: string) => void;
  /** With no row: why (the instrument's edition, parties and the documents that refer to it). */
  why?: HTMLElement | null;
}

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

/** A curated record quoting a public page shows that page's words; one with no page is said to be curated. */
function quoted(e: QuotedEvidence & { source_url?: string | null }): HTMLElement {
  if (e.origin === "text" || (e.quote && /^https?:\/\//.test(e.source_url ?? ""))) return quoteInContext(e.quote, e.context, 240);
  return h("p", { class: "curated" }, "Recorded in the project's curated list");
}

function sourceLine(e: QuotedEvidence): HTMLElement {
  return h("p", { class: "source" },
    h("a", { href: `#view=document&id=${encodeURIComponent(e.document_id)}` }, cutAtWord(e.document ?? "the document", 70)),
    ` · ${e.lang ? languageName(e.lang) : "language not recorded"} · `, h("span", { class: "date" }, showDate(e.document_date)));
}

function passage(evidence: QuotedEvidence[], asOf: string | null, onMore: (() => void) | null, what: string, party: string): HTMLElement {
  const first = best(evidence, asOf);
  if (!first) return h("span", { class: "muted" }, "no passage");
  const usable = evidence.filter((e) => notAfter(e.document_date, asOf));
  const more = `All ${usable.length} passage${usable.length === 1 ? "" : "s"}, documents and load runs`;
  // A matrix cell holds the facts' ids: its dialog shows load runs; otherwise every passage is listed in place.
  const all = onMore
    ? h("button", { type: "button", class: "link-button", "aria-label": `All ${usable.length} passages of ${party}'s ${what}, with documents and load runs`, onclick: onMore as EventListener }, more)
    : usable.length > 1 ? h("details", { class: "more-passages" }, h("summary", {}, `All ${usable.length} passages of the ${what}`),
      ...usable.map((e) => h("div", { class: "passage" }, quoted(e), sourceLine(e)))) : null;
  return h("div", { class: "headline-evidence" }, quoted(first), sourceLine(first), all);
}

/** An instrument's title as the API gives it (the instrument list, else the matrix's column). */
export function instrumentTitle(ctx: Pick<HeadlineContext, "latest" | "instruments">, instrument: string): string {
  return ctx.instruments.find((i) => i.instrument_id === instrument)?.title
    ?? ctx.latest.columns.find((c) => c.id === instrument)?.label ?? "statement";
}

function theTitle(title: string): string {
  return /^the\s/i.test(title) ? title : `the ${title}`;
}

/** The act or topic in words: an act counts with its lineage, a topic through the acts about it. */
export function targetPhrase(targets: Target[], target: string): string {
  const t = targets.find((x) => x.id === target);
  if (!t) return "the chosen act";
  return t.type === "topic" ? `an EU act about ${(t.label ?? "the topic").toLowerCase()}` : `${t.label ?? "the act"} or an act in its lineage`;
}

/** "signed", or every way the listed parties took part ("signed or endorsed"). */
function verbOf(rows: HeadlineRow[]): string {
  const acts = [...new Set(rows.map((r) => r.act))];
  return acts.length ? acts.join(" or ") : "signed";
}

function partyNoun(rows: HeadlineRow[]): [string, string] {
  return rows.every((r) => r.party_kind === "state") ? ["state", "states"] : ["party", "parties"];
}

function picker(ctx: HeadlineContext, instrument: string, target: string): HTMLElement {
  const instrumentSelect = h("select", { id: "pick-instrument", name: "instrument" },
    ...byName(ctx.instruments, (i) => i.title ?? "").map((i) => h("option", { value: i.instrument_id, selected: i.instrument_id === instrument }, instrumentOption(i))));
  const group = (type: Target["type"], label: string) => {
    const items = ctx.targets.filter((t) => t.type === type);
    return items.length ? h("optgroup", { label }, ...items.map((t) => h("option", { value: t.id, selected: t.id === target },
      t.type === "act" && t.kind ? `${t.label ?? "an act"} (${kindLabel(t.kind)})` : t.label ?? "a topic"))) : null;
  };
  const targetSelect = h("select", { id: "pick-target", name: "target" },
    group("act", "Legal acts (with their lineage)"), group("topic", "Topics (any act about it)"));
  const changed = () => ctx.onPick(instrumentSelect.value, targetSelect.value);
  instrumentSelect.addEventListener("change", changed);
  targetSelect.addEventListener("change", changed);
  return h("form", { class: "filters template-picker", "aria-label": "Choose the instrument and the act or topic", onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
    h("div", { class: "field" }, h("label", { for: "pick-instrument" }, "Took part in"), instrumentSelect),
    h("div", { class: "field" }, h("label", { for: "pick-target" }, "and opposed elsewhere"), targetSelect));
}

export function renderHeadline(headline: Headline, ctx: HeadlineContext): HTMLElement {
  const { asOf, latest } = ctx;
  const rows = byName(headline.rows, (r) => r.name);
  const title = instrumentTitle(ctx, headline.instrument);
  const phrase = targetPhrase(ctx.targets, headline.target);
  const [one, many] = partyNoun(rows);
  const heading = h("h2", {}, "Took part, and opposed it elsewhere");
  const intro = h("p", { class: "summary", id: "headline-summary" },
    h("strong", { "data-headline-count": String(rows.length) }, String(rows.length)),
    ` ${rows.length === 1 ? one : many} ${verbOf(rows)} ${theTitle(title)} and also opposed ${phrase}${asOf ? `, as of ${asOf}` : ""}.`);
  const form = picker(ctx, headline.instrument, headline.target);
  if (!rows.length) return h("div", {}, heading, form, intro, ctx.why ?? null);
  const cellOf = (iso2: string | null, column: string) => iso2 ? latest.cells.find((c) => c.state === iso2 && c.column === column) : undefined;
  const viaTitle = (via: string | null) => via ? latest.columns.find((c) => c.id === via)?.label ?? null : null;
  const table = h("table", { class: "headline stack-on-phone", id: "headline-table" },
    h("caption", {}, "Each party with the passage that shows it took part and the passage that reports its opposition."),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, one === "state" ? "State" : "Party"), h("th", { scope: "col" }, "Took part"),
      h("th", { scope: "col" }, "Opposed"), h("th", { scope: "col" }, "Evidence: taking part"), h("th", { scope: "col" }, "Evidence: opposition"))),
    h("tbody", {}, ...rows.map((row) => {
      const signed = cellOf(row.iso2, headline.instrument);
      const opposed = cellOf(row.iso2, row.opposed_act);
      const via = viaTitle(row.via);
      return h("tr", { "data-state": row.iso2 ?? row.party, "data-party-kind": row.party_kind },
        h("th", { scope: "row" }, row.iso2 ? h("a", { href: `#view=state&iso2=${row.iso2}` }, row.name) : row.name),
        h("td", { "data-label": "Took part" }, `${row.act}${row.joined_edition ? `, edition ${row.joined_edition}` : ""}, ${showDate(row.signed_on)}`),
        h("td", { "data-label": "Opposed" }, h("a", { href: `#view=act&id=${encodeURIComponent(row.opposed_act)}` }, row.opposed_label ?? "the act"),
          via ? h("span", { class: "via" }, ` through the ${via}`) : null,
          row.opposed_as_of ? h("span", { class: "order" }, ` (as of ${showDate(row.opposed_as_of)}, ${row.order ?? ""})`) : null),
        h("td", { class: "rel-signed-soft", "data-label": "Taking part" },
          passage(row.signing_evidence, asOf, signed ? () => openCellEvidence(latest, signed) : null, "signature", row.name)),
        h("td", { class: "rel-oppose-soft", "data-label": "Opposition" },
          passage(row.opposition_evidence, asOf, opposed ? () => openCellEvidence(latest, opposed) : null, "opposition", row.name)));
    })));
  return h("div", {}, heading, form, intro, table);
}

export function headlineCsv(headline: Headline, asOf: string | null): { headers: string[]; rows: string[][] } {
  return {
    headers: ["instrument", "target", "iso2", "party", "party_kind", "act", "joined_edition", "joined_date", "opposed_act", "opposed_label",
      "opposed_as_of", "order", "signing_quote", "signing_passage", "signing_document", "signing_language", "signing_date",
      "opposition_quote", "opposition_passage", "opposition_document", "opposition_language", "opposition_date"],
    rows: byName(headline.rows, (r) => r.name).map((r) => {
      const s = best(r.signing_evidence, asOf), o = best(r.opposition_evidence, asOf);
      return [headline.instrument, headline.target, r.iso2 ?? "", r.name, r.party_kind, r.act, String(r.joined_edition ?? ""), showDate(r.signed_on, ""),
        r.opposed_act, r.opposed_label ?? "", showDate(r.opposed_as_of, ""), r.order ?? "",
        s?.quote ?? "", quoteText(s?.quote, s?.context, 400), s?.document ?? "", s?.lang ?? "", showDate(s?.document_date, ""),
        o?.quote ?? "", quoteText(o?.quote, o?.context, 400), o?.document ?? "", o?.lang ?? "", showDate(o?.document_date, "")];
    }),
  };
}

export function headlinePng(headline: Headline, title: string, phrase: string, asOf: string | null): PngTable {
  const rows = byName(headline.rows, (r) => r.name);
  return {
    title: `${verbOf(rows)[0].toUpperCase()}${verbOf(rows).slice(1)} ${theTitle(title)} and opposed ${phrase}${asOf ? `, as of ${asOf}` : ""}`,
    headers: [partyNoun(rows)[0] === "state" ? "State" : "Party", "Joined", "Opposed", "Signature", "Opposition"],
    rows: rows.map((r) => {
      const s = best(r.signing_evidence, asOf), o = best(r.opposition_evidence, asOf);
      return [r.name, `${r.act}${r.joined_edition ? `, ed. ${r.joined_edition}` : ""}, ${showDate(r.signed_on, "")}`, r.opposed_label ?? "",
        quoteText(s?.quote, s?.context, 160), quoteText(o?.quote, o?.context, 200)];
    }),
    fills: rows.map(() => [null, "#cfe8d5", "#f6d0cf", null, null]),
  };
}
