// Pages one can link to and cite: a document (its text with the quoted span marked), a state,
// an organisation, an instrument and a legal act, each at its own address (#view=document&id=...). Each page is
// as of the page's date where the record is dated: nothing dated after it is listed.

import { api, type EvidenceRow, type InstrumentSummary, type Matrix, type PartyRow, type SourceCount } from "./api";
import { h } from "./dom";
import { loadedAt, openEvidence } from "./evidence";
import { atPrecision, byName, kindLabel, languageName, notAfter, showDate } from "./labels";
import { documentList, instrumentOption, traceSentence, type InstrumentTrace } from "./unlisted";

/** What a page is drawn with: the date, everything loaded (titles), the matrix as of the date (dated EU membership). */
export interface PageContext { asOf: string | null; latest: Matrix; dated: Matrix; signal: AbortSignal }

const link = (href: string, text: string) => h("a", { href }, text);
const stateHref = (iso2: string) => `#view=state&iso2=${encodeURIComponent(iso2)}`;
const instrumentHref = (id: string) => `#view=instrument&id=${encodeURIComponent(id)}`;
const organizationHref = (key: string) => `#view=organization&id=${encodeURIComponent(key)}`;
const actHref = (id: string) => `#view=act&id=${encodeURIComponent(id)}`;
const documentHref = (id: string, fact?: string | null) => `#view=document&id=${encodeURIComponent(id)}${fact ? `&fact=${encodeURIComponent(fact)}` : ""}`;

function evidenceButton(label: string, title: string, factId: string | null | undefined): HTMLElement | null {
  if (!factId) return null;
  return h("button", { type: "button", class: "link-button", "aria-label": `Evidence: ${title}`,
    onclick: (() => void openEvidence(title, "", [{ heading: title, factId }])) as EventListener }, label);
}

function meta(pairs: [string, Node | string][]): HTMLElement {
  return h("dl", { class: "meta page-meta" }, ...pairs.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

/** A document's page: its text with the quoted span marked (from the fact in the address). */
export async function documentPage(id: string, factId: string | null, ctx: PageContext): Promise<HTMLElement> {
  const [record, rows] = await Promise.all([api.document(id, ctx.signal), factId ? api.evidence(factId, ctx.signal) : Promise.resolve([] as EvidenceRow[])]);
  const doc = record.document;
  const passage = rows.find((r) => r.document_id === id && r.start !== null);
  const anyRow = rows.find((r) => r.document_id === id) ?? rows[0];
  const text = doc.text ?? "";
  const body = h("div", { class: "document-text", id: "document-text", lang: doc.languages?.length === 1 ? doc.languages[0] : "" });
  if (passage && passage.start !== null && passage.end !== null && text) {
    body.append(text.slice(0, passage.start), h("mark", { id: "quoted-span" }, text.slice(passage.start, passage.end)), text.slice(passage.end));
  } else {
    body.append(text || "The text of this document is not stored.");
  }
  const source = doc.source_url ? h("a", { href: doc.source_url, rel: "noopener noreferrer", target: "_blank" }, doc.source_url) : "no source address recorded";
  return h("article", { class: "page", "data-page": "document" },
    h("h2", {}, doc.title ?? "Untitled document"),
    meta([
      ["Kind", kindLabel(doc.kind)],
      ["Language", doc.languages?.length ? doc.languages.map(languageName).join(", ") : "not recorded"],
      ["Date", showDate(doc.date)],
      ["Source", source],
      ["Loaded", anyRow?.loaded_at ? `by the load run of ${loadedAt(anyRow.loaded_at)}` : "—"],
      ...(passage ? [["Quoted span", `characters ${passage.start}–${passage.end}`] as [string, string]] : []),
    ]),
    ctx.asOf && !notAfter(doc.date, ctx.asOf) ? h("p", { class: "later-note" }, `This document is dated after ${ctx.asOf}, the date the page is set to.`) : null,
    body);
}

/** A state's page: what it signed, joined or endorsed by its own announcement, authored, supported and opposed,
 *  as of the page's date (its own acts as the dated matrix counts them: from their day, until a withdrawal). */
export async function statePage(iso2: string, ctx: PageContext): Promise<HTMLElement> {
  const record = await api.state(iso2, ctx.signal);
  const name = record.state.name ?? iso2;
  const asOf = ctx.asOf;
  const instruments = byName(record.instruments.filter((i) => notAfter(i.joined, asOf)), (i) => i.title ?? "");
  const stances = byName(record.stances.filter((s) => notAfter(s.since ?? null, asOf)), (s) => s.target_label ?? "");
  const mentions = byName(record.mentions.filter((m) => notAfter(m.document_date, asOf)), (m) => m.document_title ?? "");
  const authored = ctx.latest.cells.filter((c) => c.state === iso2 && c.relation === "authored");
  const ownActs = ctx.dated.cells.filter((c) => c.state === iso2 && (c.relation === "joined" || c.relation === "endorsed"));
  const label = (id: string) => ctx.latest.columns.find((c) => c.id === id)?.label ?? "the document";
  return h("article", { class: "page", "data-page": "state" },
    h("h2", {}, name),
    h("p", { class: "summary" }, asOf ? `As of ${asOf}.` : "Everything loaded.",
      ctx.dated.rows.find((r) => r.iso2 === iso2)?.eu_member ? ` An EU member state${asOf ? " on that date" : ""}.` : ""),
    h("h3", {}, "Signed"),
    instruments.length ? h("ul", { class: "page-list", id: "state-signed" }, ...instruments.map((i) => {
      const editions = i.editions.filter((e) => notAfter(e.date, asOf));
      return h("li", {}, link(instrumentHref(i.instrument_id), i.title ?? "a joint statement"),
        ` — joined edition ${i.first_edition ?? "?"} (${showDate(i.joined)}); on edition${editions.length === 1 ? "" : "s"} ${editions.map((e) => e.number).join(", ")} `,
        evidenceButton("evidence", `${name} signed ${i.title ?? "the statement"}`, editions[editions.length - 1]?.fact_id));
    })) : h("p", { class: "muted" }, "Nothing signed on this date."),
    h("h3", {}, "Joined or endorsed, by its own announcement"),
    ownActs.length ? h("ul", { class: "page-list", id: "state-own-acts" }, ...byName(ownActs, (c) => label(c.column)).map((c) =>
      h("li", {}, link(instrumentHref(c.column), label(c.column)), ` — ${c.relation} (${showDate(c.date)}) `,
        evidenceButton("evidence", `${name} ${c.relation} ${label(c.column)}`, c.fact_ids[0]))))
      : h("p", { class: "muted" }, "Nothing joined or endorsed outside an edition's list on this date."),
    h("h3", {}, "Authored"),
    authored.length ? h("ul", { class: "page-list" }, ...authored.filter((c) => notAfter(c.date, asOf)).map((c) =>
      h("li", {}, link(instrumentHref(c.column), label(c.column)), ` (${showDate(c.date)}) `,
        evidenceButton("evidence", `${name} authored ${label(c.column)}`, c.fact_ids[0])))) : h("p", { class: "muted" }, "Nothing authored."),
    h("h3", {}, "Supported and opposed"),
    stances.length ? h("ul", { class: "page-list", id: "state-stances" }, ...stances.map((s) =>
      h("li", {}, s.stance.startsWith("oppos") ? "Opposed " : "Supported ",
        s.target_id ? link(s.target_kind === "LegalAct" ? actHref(s.target_id) : instrumentHref(s.target_id), s.target_label ?? "a proposal") : s.target_label ?? "",
        s.via ? ` (through ${label(s.via)})` : "", s.since ? ` since ${showDate(s.since)} ` : " ",
        evidenceButton("evidence", `${name} ${s.stance.startsWith("oppos") ? "opposed" : "supported"} ${s.target_label ?? ""}`, s.fact_id)))) : h("p", { class: "muted" }, "No stance recorded on this date."),
    h("h3", {}, "Mentioned in"),
    mentions.length ? h("ul", { class: "page-list" }, ...mentions.map((m) =>
      h("li", {}, link(documentHref(m.document_id, m.fact_id), m.document_title ?? "a document"), ` (${showDate(m.document_date)})`))) : h("p", { class: "muted" }, "No mention on this date."));
}

const PARTICIPATION_WORDS: Record<string, string> = { joined: "Joined", endorsed: "Endorsed", withdrew: "Withdrew from" };

/** An organisation's page (NGO, company, international organisation, EU institution): what it signed, its own acts
 *  of joining, endorsing or withdrawing, what others report (marked, never counted), what it authored, its stances. */
export async function organizationPage(key: string, ctx: PageContext): Promise<HTMLElement> {
  const record = await api.organization(key, ctx.signal);
  const name = record.organization.name ?? "An organisation";
  const asOf = ctx.asOf;
  const signed = byName(record.signed.filter((i) => notAfter(i.joined, asOf)), (i) => i.title ?? "");
  const dated = <T extends { date?: string | null }>(rows: T[]) => rows.filter((r) => notAfter(r.date ?? null, asOf));
  const own = dated(record.participation.filter((p) => p.act !== "reported"));
  const reported = dated(record.participation.filter((p) => p.act === "reported"));
  const authored = dated(record.authored);
  const stances = byName(record.stances.filter((s) => notAfter(s.since ?? null, asOf)), (s) => s.target_label ?? "");
  const mentions = byName(record.mentions.filter((m) => notAfter(m.document_date, asOf)), (m) => m.document_title ?? "");
  const none = (text: string) => h("p", { class: "muted" }, text);
  const when = (date: string | null | undefined) => date ? ` (${showDate(date)}) ` : " ";
  return h("article", { class: "page", "data-page": "organization" },
    h("h2", {}, name),
    h("p", { class: "summary" }, `Organisation${record.organization.kind ? ` (${kindLabel(record.organization.kind)})` : ""}. ${asOf ? `As of ${asOf}.` : "Everything loaded."}`),
    h("h3", {}, "Signed"),
    signed.length ? h("ul", { class: "page-list", id: "organization-signed" }, ...signed.map((i) => {
      const editions = i.editions.filter((e) => notAfter(e.date, asOf));
      return h("li", {}, link(instrumentHref(i.instrument_id), i.title ?? "an instrument"), ` — edition ${i.first_edition ?? "?"} (${showDate(i.joined)}) `,
        evidenceButton("evidence", `${name} signed ${i.title ?? "the instrument"}`, editions[editions.length - 1]?.fact_id));
    })) : none("Nothing signed on this date."),
    h("h3", {}, "Joined, endorsed or withdrew, by its own act"),
    own.length ? h("ul", { class: "page-list", id: "organization-own-acts" }, ...own.map((p) =>
      h("li", {}, `${PARTICIPATION_WORDS[p.act] ?? p.act} `, link(instrumentHref(p.instrument_id), p.title ?? "an instrument"), when(p.date),
        evidenceButton("evidence", `${name} ${p.act} ${p.title ?? ""}`, p.fact_id)))) : none("No act of its own on this date."),
    h("h3", {}, "Reported by others as taking part (not counted)"),
    reported.length ? h("ul", { class: "page-list", id: "organization-reported" }, ...reported.map((p) =>
      h("li", {}, link(instrumentHref(p.instrument_id), p.title ?? "an instrument"), p.says ? ` — reported as ${p.says}` : "", when(p.date),
        evidenceButton("evidence", `${name} reported in ${p.title ?? "the instrument"}`, p.fact_id)))) : none("No report on this date."),
    h("h3", {}, "Authored"),
    authored.length ? h("ul", { class: "page-list", id: "organization-authored" }, ...authored.map((a) =>
      h("li", {}, a.target_id ? link(a.target_kind === "Instrument" ? instrumentHref(a.target_id) : documentHref(a.target_id, a.fact_id), a.title ?? "a document") : a.title ?? "",
        when(a.date), evidenceButton("evidence", `${name} authored ${a.title ?? "a document"}`, a.fact_id)))) : none("Nothing authored on this date."),
    h("h3", {}, "Supported and opposed"),
    stances.length ? h("ul", { class: "page-list", id: "organization-stances" }, ...stances.map((s) =>
      h("li", {}, s.stance.startsWith("oppos") ? "Opposed " : "Supported ",
        s.target_id ? link(s.target_kind === "LegalAct" ? actHref(s.target_id) : instrumentHref(s.target_id), s.target_label ?? "a proposal") : s.target_label ?? "", " ",
        evidenceButton("evidence", `${name} ${s.stance.startsWith("oppos") ? "opposed" : "supported"} ${s.target_label ?? ""}`, s.fact_id)))) : none("No stance recorded on this date."),
    h("h3", {}, "Mentioned in"),
    mentions.length ? h("ul", { class: "page-list" }, ...mentions.map((m) =>
      h("li", {}, link(documentHref(m.document_id, m.fact_id), m.document_title ?? "a document"), ` (${showDate(m.document_date)})`))) : none("No mention on this date."));
}

const ACT_WORDS: Record<string, string> = { signed: "signed", joined: "joined", endorsed: "endorsed", withdrew: "withdrew" };
const STATUS_WORDS: Record<PartyRow["status"], string> = {
  party: "Party, by its own act", withdrawn: "Withdrawn", reported: "Reported only: not counted",
};

function sourceLink(title: string | null, url: string | null, documentId?: string): Node {
  if (url && /^https?:\/\//.test(url)) return h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, title ?? url);
  return documentId ? link(documentHref(documentId), title ?? "a document") : h("span", {}, title ?? "a source");
}

/** Parties as of the date by their own acts (signed, joined, endorsed), with what third parties report beside them, marked. */
function partiesTable(rows: PartyRow[], asOf: string | null): HTMLElement {
  const counted = rows.filter((r) => r.status === "party").length;
  const reported = rows.filter((r) => r.status === "reported").length;
  const name = (r: PartyRow) => r.iso2 ? link(stateHref(r.iso2), r.name ?? r.iso2) : r.key ? link(organizationHref(r.key), r.name ?? "an organisation") : h("span", {}, r.name ?? "an organisation");
  return h("section", { class: "parties", "aria-labelledby": "parties-heading" },
    h("h3", { id: "parties-heading" }, `Parties ${asOf ? `as of ${asOf}` : "on everything loaded"}`),
    h("p", { class: "summary", id: "parties-summary" }, h("strong", { "data-parties": String(counted) }, String(counted)),
      ` by their own act (listed in an edition, or their own announcement that they joined or endorsed it); `,
      h("strong", { "data-reported-only": String(reported) }, String(reported)), " more only reported by others, shown marked and not counted."),
    rows.length ? h("div", { class: "table-scroll" }, h("table", { class: "parties-table stack-on-phone", id: "parties-table" },
      h("caption", { class: "sr-only" }, "Parties, their own acts and what others report"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Party"), h("th", { scope: "col" }, "Status"),
        h("th", { scope: "col" }, "Own acts"), h("th", { scope: "col" }, "Reported by others"))),
      h("tbody", {}, ...rows.map((r) => h("tr", { "data-party": r.iso2 ?? r.key ?? r.party, "data-status": r.status, class: `status-${r.status}` },
        h("th", { scope: "row" }, name(r), r.party_kind === "organization" && r.organization_kind ? h("span", { class: "muted" }, ` (${kindLabel(r.organization_kind)})`) : null),
        h("td", { "data-label": "Status" }, h("span", { class: `status-tag status-tag-${r.status}` }, STATUS_WORDS[r.status])),
        h("td", { "data-label": "Own acts" }, r.acts.length ? h("ul", { class: "plain" }, ...r.acts.map((a) => h("li", {},
          `${ACT_WORDS[a.act] ?? a.act}${a.edition ? ` (edition ${a.edition})` : ""}, `, h("span", { class: "date" }, showDate(atPrecision(a.date, a.date_precision))),
          a.evidence[0] ? h("span", {}, " — ", sourceLink(a.evidence[0].document, a.evidence[0].source_url, a.evidence[0].document_id)) : null)))
          : h("span", { class: "muted" }, "none")),
        h("td", { "data-label": "Reported" }, r.reports.length ? h("ul", { class: "plain" }, ...r.reports.map((rep) => h("li", { class: "reported" },
          h("span", { class: "reported-tag" }, "reported: "), `${rep.says}`, rep.act_date ? `, ${showDate(atPrecision(rep.act_date, rep.reported_precision))}` : "", " — ",
          sourceLink(rep.publisher ? `${rep.publisher}: ${rep.document ?? ""}` : rep.document, rep.source_url, rep.document_id),
          ` (${showDate(atPrecision(rep.reported_on, rep.reported_precision))})`)))
          : h("span", { class: "muted" }, "none"))))))) : h("p", { class: "muted" }, "No party on this date."));
}

const WHAT_WORDS: Record<string, string> = { states: "states", attending_states: "states attending", parties: "parties", signatories: "signatories" };
const QUALIFIER_WORDS: Record<string, string> = { exactly: "", at_least: "at least ", over: "over ", about: "about " };

/** The counts sources state, side by side, each with the sources that agree and what the graph holds by the day it holds for. */
function sourcesTable(rows: SourceCount[], asOf: string | null): HTMLElement {
  const counts = [...new Set(rows.filter((r) => r.what === "states").map((r) => r.count))].sort((a, b) => a - b);
  return h("section", { class: "sources", "aria-labelledby": "sources-heading" },
    h("h3", { id: "sources-heading" }, `What sources say${asOf ? `, known by ${asOf}` : ""}`),
    h("p", { class: "summary", id: "sources-summary" }, counts.length > 1
      ? `Sources disagree: they count ${counts.join(", ")} states. Each count is shown with the day it holds for; the editions and the joins reported by then explain a larger count.`
      : counts.length ? `Sources count ${counts[0]} states.` : "No source states a count on this date."),
    rows.length ? h("div", { class: "table-scroll" }, h("table", { class: "sources-table stack-on-phone", id: "sources-table" },
      h("caption", { class: "sr-only" }, "Counts stated by each source, side by side"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Count"), h("th", { scope: "col" }, "Holds for"), h("th", { scope: "col" }, "Source"),
        h("th", { scope: "col" }, "Agrees with"), h("th", { scope: "col" }, "What explains it"))),
      h("tbody", {}, ...rows.map((r) => h("tr", { "data-count": String(r.count), "data-what": r.what, class: r.agrees_with_another_source ? "agrees" : "differs" },
        h("th", { scope: "row" }, `${QUALIFIER_WORDS[r.qualifier ?? ""] ?? ""}${r.count} ${WHAT_WORDS[r.what] ?? r.what.replaceAll("_", " ")}`),
        h("td", { "data-label": "Holds for" }, h("span", { class: "date" }, showDate(atPrecision(r.as_of, r.as_of_precision)))),
        h("td", { "data-label": "Source" }, sourceLink(r.publisher ? `${r.publisher}: ${r.source ?? ""}` : r.source, r.source_url),
          ` (${showDate(atPrecision(r.source_date, r.source_date_precision))})`, r.quote ? h("blockquote", { class: "quote" }, r.quote) : null),
        h("td", { "data-label": "Agrees with" }, r.same_count.length ? h("ul", { class: "plain" }, ...r.same_count.map((o) =>
          h("li", {}, sourceLink(o.document, o.source_url), o.as_of ? ` (${showDate(o.as_of)})` : ""))) : h("span", { class: "muted" }, "no other source")),
        h("td", { "data-label": "Explained by" },
          r.editions.length ? `Editions by then: ${r.editions.map((e) => `${e.edition} (${showDate(e.date)})`).join(", ")}. ` : "No edition by then. ",
          `Parties by their own act in the graph: ${r.graph_own_parties}. `,
          r.reported_joins_by_then.length ? `Reported as joining by then: ${[...r.reported_joins_by_then].sort().join(", ")}. ` : "",
          r.note ? h("span", { class: "muted" }, `Note: ${r.note}.`) : null))))))
      : null);
}

function instrumentPicker(choices: InstrumentSummary[], current: string): HTMLElement | null {
  if (choices.length < 2) return null;
  const select = h("select", { id: "pick-page-instrument", name: "instrument" },
    ...byName(choices, (i) => i.title ?? "").map((i) => h("option", { value: i.instrument_id, selected: i.instrument_id === current }, instrumentOption(i))));
  select.addEventListener("change", () => { location.hash = instrumentHref(select.value).slice(1) + (location.hash.match(/&as_of=[\d-]+/)?.[0] ?? ""); });
  return h("form", { class: "filters", "aria-label": "Choose the instrument", onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
    h("div", { class: "field" }, h("label", { for: "pick-page-instrument" }, "Instrument"), select));
}

/** An instrument's page: its editions, signatories by edition as of the date, parties by their own acts beside what
 *  others report, the counts sources give side by side, its commitments in every language, and the documents that
 *  refer to it; an instrument with nothing to list says so in words (no edition, no party by its own act). */
export async function instrumentPage(id: string, ctx: PageContext): Promise<HTMLElement> {
  const [record, signatories, parties, sources, choices, documents] = await Promise.all([api.instrument(id, ctx.signal), api.signatories(id, ctx.asOf, ctx.signal).catch(() => []),
    api.parties(id, ctx.asOf, ctx.signal).then((p) => p.items).catch(() => [] as PartyRow[]),
    api.sources(id, ctx.asOf, ctx.signal).catch(() => [] as SourceCount[]), api.instruments(ctx.signal).catch(() => [] as InstrumentSummary[]),
    api.instrumentDocuments(id, ctx.asOf, ctx.signal).catch(() => ({ total: 0, items: [] }))]);
  const title = record.instrument.title ?? "Instrument";
  const editions = record.editions.filter((e) => notAfter(e.date, ctx.asOf));
  const byEdition = new Map<number, typeof signatories>();
  for (const s of signatories) byEdition.set(s.first_edition ?? 0, [...(byEdition.get(s.first_edition ?? 0) ?? []), s]);
  const last = editions.at(-1);
  const trace: InstrumentTrace = { id, title, edition: last ? { number: last.number, date: last.date } : null,
    parties: parties.filter((p) => p.status === "party").length, reportedOnly: parties.filter((p) => p.status === "reported").length,
    documents: documents.items, documentTotal: documents.total };
  const nothingListed = !editions.length && !signatories.length && !trace.parties;
  return h("article", { class: "page", "data-page": "instrument" },
    h("h2", {}, title),
    instrumentPicker(choices, id),
    h("p", { class: "summary" }, `${kindLabel(record.instrument.kind)}; ${ctx.asOf ? `as of ${ctx.asOf}` : "everything loaded"}: ${signatories.length} signatories listed in its editions.`),
    nothingListed ? h("p", { class: "summary", id: "instrument-trace" }, traceSentence(trace, ctx.asOf),
      ` ${documents.total ? `What the graph knows of it comes from the ${documents.total === 1 ? "document" : `${documents.total} documents`} listed below.` : "No document refers to it."}`) : null,
    editions.length ? h("h3", {}, "Editions and who joined in each") : null,
    editions.length ? h("ol", { class: "page-list", id: "instrument-editions" }, ...editions.map((e) => {
      const joined = byName(byEdition.get(e.number) ?? [], (s) => s.name ?? s.iso2);
      return h("li", {}, h("strong", {}, `Edition ${e.number}, ${showDate(e.date)}, ${e.signatory_count ? `${e.signatory_count} signatories` : "no list of signatories loaded"}`),
        e.label ? h("span", { class: "muted" }, ` · ${e.label}`) : null,
        joined.length ? h("p", {}, "Joined: ", ...joined.flatMap((s, i) => [i ? ", " : "", link(stateHref(s.iso2), s.name ?? s.iso2)])) : null);
    })) : null,
    !editions.length && signatories.length ? h("ul", { class: "page-list" }, ...byName(signatories, (s) => s.name ?? s.iso2).map((s) => h("li", {}, link(stateHref(s.iso2), s.name ?? s.iso2)))) : null,
    partiesTable(parties, ctx.asOf),
    sourcesTable(sources, ctx.asOf),
    record.commitments.length ? h("h3", {}, "Commitments, in every language loaded") : null,
    ...record.commitments.map((c, i) => h("section", { class: "commitment" },
      h("h4", {}, `Commitment ${c.ordinal ?? i + 1}`),
      ...byName(c.texts, (t) => (t.lang === "en" ? "" : languageName(t.lang))).map((t) =>
        h("blockquote", { class: "quote", lang: t.lang ?? "" }, h("span", { class: "lang-tag" }, `${languageName(t.lang)}: `), t.text ?? "")))),
    h("section", { "aria-labelledby": "referring-heading" },
      h("h3", { id: "referring-heading" }, `Documents that refer to it${ctx.asOf ? `, on or before ${ctx.asOf}` : ""}`),
      documentList(trace, ctx.asOf)));
}

interface LineageRow { from_id: string; from_label: string | null; relation: string; to_id: string; to_label: string | null }
interface StanceRow { actor_kind: string; actor_key: string; actor_name: string | null; stance: string; act_label: string | null; via: string | null; since: string | null }

/** A legal act's page: its lineage (proposal -> regulation) and who opposed or supported it, as of the date. */
export async function actPage(id: string, ctx: PageContext): Promise<HTMLElement> {
  const [lineage, opposed, supported] = await Promise.all([
    api.query<LineageRow>("legal_act_lineage", { act: id }, ctx.signal),
    api.query<StanceRow>("stances_as_of", { act: id, stance: "oppose", as_of: ctx.asOf }, ctx.signal),
    api.query<StanceRow>("stances_as_of", { act: id, stance: "support", as_of: ctx.asOf }, ctx.signal),
  ]);
  const column = ctx.latest.columns.find((c) => c.id === id);
  const title = column?.label ?? lineage.find((r) => r.from_id === id)?.from_label ?? lineage.find((r) => r.to_id === id)?.to_label ?? "Legal act";
  const actor = (r: StanceRow) => r.actor_kind === "state" ? link(stateHref(r.actor_key), r.actor_name ?? r.actor_key) : h("span", {}, r.actor_name ?? "an organisation");
  const stanceList = (rows: StanceRow[], listId: string) => rows.length
    ? h("ul", { class: "page-list", id: listId }, ...byName(rows, (r) => r.actor_name ?? "").map((r) =>
      h("li", {}, actor(r), r.since ? ` (since ${showDate(r.since)})` : "", r.act_label && r.act_label !== title ? ` — on ${r.act_label}` : "")))
    : h("p", { class: "muted" }, "None recorded on this date.");
  return h("article", { class: "page", "data-page": "act" },
    h("h2", {}, title),
    column ? h("p", { class: "summary" }, `${kindLabel(column.kind)}${column.date ? `, ${showDate(column.date)}` : ""}.`) : null,
    h("h3", {}, "Lineage"),
    lineage.length ? h("ul", { class: "page-list" }, ...lineage.map((r) => h("li", {},
      link(actHref(r.from_id), r.from_label ?? "an act"), ` ${r.relation.toLowerCase().replaceAll("_", " ")} `, link(actHref(r.to_id), r.to_label ?? "an act"))))
      : h("p", { class: "muted" }, "No lineage recorded."),
    h("h3", {}, `Opposed${ctx.asOf ? `, as of ${ctx.asOf}` : ""}`), stanceList(opposed, "act-opposed"),
    h("h3", {}, `Supported${ctx.asOf ? `, as of ${ctx.asOf}` : ""}`), stanceList(supported, "act-supported"));
}
