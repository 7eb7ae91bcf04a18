// Typed calls to the pledgegraph API on the same origin. Errors are RFC 9457 problems;
// their detail is what the page shows. Every call takes an AbortSignal: a newer question
// cancels the answer to an older one, so a slow answer can never overwrite a newer one.

import { atPrecision } from "./labels";

export type Relation = "signed" | "joined" | "endorsed" | "authored" | "oppose" | "support";

export interface MatrixColumn {
  id: string; label: string | null; short_label: string | null; type: "instrument" | "legal_act";
  kind: string | null; date: string | null; edition: number | null; edition_date: string | null; edition_label: string | null;
}
export interface MatrixRow { iso2: string; name: string | null; eu_member: boolean | null }
export interface MatrixCell {
  state: string; column: string; relation: Relation; date: string | null; first_edition: number | null;
  latest_edition: number | null; latest_date: string | null; editions: number[]; fact_ids: string[];
  via: string | null; provision: string | null;
}
export interface Matrix { as_of: string | null; columns: MatrixColumn[]; rows: MatrixRow[]; cells: MatrixCell[] }

export type EventKind = "edition" | "document" | "authored" | "oppose" | "support" | "act" | "joined" | "endorsed" | "withdrew" | "reported" | "claim";
const EVENT_KINDS: EventKind[] = ["edition", "document", "authored", "act", "joined", "endorsed", "withdrew", "reported", "claim"];
export interface TimelineEvent {
  kind: EventKind; date: string | null; title: string | null; detail: string | null; ref: string | null;
  count: number | null; actors: string[]; actor_names?: string[]; fact_ids: string[];
}
export interface Timeline { instrument: string; as_of: string | null; events: TimelineEvent[] }

/** One row of the named query fact_evidence. */
export interface EvidenceRow {
  fact_type: string | null; subject: string | null; object: string | null; document_id: string; document: string | null;
  kind: string | null; document_date: string | null; source_url: string | null; languages: string[] | null;
  quote: string | null; context: string | null; start: number | null; end: number | null; lang: string | null;
  origin: string | null; confidence: number | null; extractor: string | null; extractor_version: string | null;
  load_run: string | null; loaded_at: string | null;
}

export interface QuotedEvidence {
  document_id: string; document: string | null; document_date: string | null; quote: string | null;
  context: string | null; lang: string | null; origin: string | null; edition?: number | null;
  start?: number | null; end?: number | null; source_url?: string | null;
}
/** A passage of one half of a "signed X, opposed it elsewhere" answer; document_date is the date it counts from. */
export interface HeadlineRow {
  party: string; party_kind: "state" | "organization"; iso2: string | null; name: string; act: string;
  joined_edition: number | null; signed_on: string | null; opposed_act: string; opposed_label: string | null;
  provision: string | null; via: string | null; opposed_as_of: string | null; order: string | null; concerning: string[];
  signing_evidence: QuotedEvidence[]; opposition_evidence: QuotedEvidence[];
}

/** The answer of the template query parties_opposing and the pair it was asked about. */
export interface Headline { instrument: string; target: string; rows: HeadlineRow[] }

/** An act (its lineage counts too) or a topic, as the act-or-topic picker offers it. */
export interface Target { type: "act" | "topic"; id: string; label: string | null; kind: string | null }
export interface InstrumentSummary { instrument_id: string; title: string | null; kind: string | null; editions: number; signatories: number }
/** A document that refers to an instrument, and how (signed, authored, oppose, endorsed, reported, claim, reports, ...). */
export interface ReferringDocument { id: string; title: string | null; date: string | null; kind: string | null; languages: string[] | null;
  source_url: string | null; refers_by: string[] }

interface QueryList { queries: { name: string; parameters: { name: string; default: unknown }[] }[] }
/** The template behind the headline: its parameters' defaults (GET /queries) are the pair shown first. */
const TEMPLATE_QUERY = "parties_opposing";

/** One party of an instrument as of a date (GET /instruments/{id}/parties): its own acts, and reports beside them. */
export interface PartyEvidence { document_id: string; document: string | null; source_url: string | null; publisher?: string | null;
  document_date: string | null; quote: string | null; context: string | null; lang: string | null; origin?: string | null }
export interface PartyRow {
  party: string; party_kind: "state" | "organization"; iso2: string | null; key: string | null; name: string | null;
  organization_kind: string | null; status: "party" | "withdrawn" | "reported"; since: string | null; withdrawn_on: string | null;
  acts: { act: string; date: string | null; date_precision: string | null; edition: number | null; evidence: PartyEvidence[] }[];
  reports: { says: string; reported_on: string | null; reported_precision: string | null; act_date: string | null; document_id: string;
    document: string | null; source_url: string | null; publisher: string | null; quote: string | null }[];
}
export interface Parties { as_of: string | null; parties: number; reported_only: number; items: PartyRow[] }
/** One count a source states (GET /instruments/{id}/sources), with what explains it. */
export interface SourceCount {
  claim: string; what: string; count: number; qualifier: string | null; as_of: string | null; as_of_precision: string | null;
  names_given: string[] | null; note: string | null; source: string | null; source_url: string | null; publisher: string | null;
  source_date: string | null; source_date_precision: string | null; quote: string | null; agrees_with_another_source: boolean;
  same_count: { document: string | null; source_url: string | null; as_of: string | null }[];
  editions: { edition: number; date: string | null; listed: number }[]; graph_own_parties: number; own_parties: string[];
  reported_joins_by_then: string[]; reported_participations_by_then: number;
}

export interface GraphNode { id: string; key: string | null; labels: string[]; caption: string | null; date: string | null; depth: number }
export interface GraphEdge { id: string; type: string; source: string; target: string; fact_id: string | null }
export interface Neighbourhood { root: string; depth: number; as_of: string | null; truncated: boolean; nodes: GraphNode[]; edges: GraphEdge[] }

export interface DocumentRecord {
  document: { id: string; title: string | null; date: string | null; kind: string | null; languages: string[] | null;
    source_url: string | null; text: string | null; sha256?: string | null };
  blocks: { lang: string | null; start: number; end: number }[];
}
export interface StateRecord {
  state: { iso2: string; name: string | null; names: string[] | null; eu_member: boolean | null };
  instruments: { instrument_id: string; title: string | null; kind: string | null; joined: string | null; first_edition: number | null;
    editions: { number: number; date: string | null; fact_id: string | null }[] }[];
  stances: { stance: string; target_id: string | null; target_label: string | null; target_kind: string | null; via: string | null;
    reported: boolean | null; fact_id: string | null; since?: string | null }[];
  mentions: { document_id: string; document_title: string | null; document_date: string | null; fact_id: string | null }[];
}
type Dated = { fact_id: string | null; date?: string | null };
export interface OrganizationRecord {
  organization: { key: string; name: string | null; kind: string | null };
  signed: StateRecord["instruments"];
  participation: (Dated & { act: "joined" | "endorsed" | "withdrew" | "reported"; says: string | null; instrument_id: string; title: string | null })[];
  authored: (Dated & { target_id: string | null; target_kind: string | null; title: string | null })[];
  stances: StateRecord["stances"];
  mentions: StateRecord["mentions"];
}
export interface InstrumentRecord {
  instrument: { instrument_id: string; title: string | null; kind: string | null };
  editions: { number: number; date: string | null; label: string | null; signatory_count: number | null }[];
  commitments: { ordinal: number | null; texts: { lang: string | null; text: string | null }[] }[];
}
export interface Signatory { iso2: string; name: string | null; joined: string | null; first_edition: number | null }
/** A hit of GET /search (an organisation or a document, by its type), or a state the page found by its name. */
export interface SearchHit { type: "organization" | "document" | "state"; key: string; name: string | null; date: string | null;
  kind: string | null; snippet: string | null }
/** The data version a reader cites: the newest of GET /versions (one per finished load run). */
export interface DataVersion { version: number; last_updated: string | null }

export class ApiProblem extends Error {
  constructor(public status: number, detail: string) { super(detail); }
}

type Params = Record<string, string | number | null | undefined>;

async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") query.set(k, String(v));
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" }, signal });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try { detail = (await response.json()).detail ?? detail; } catch { /* not a problem body */ }
    throw new ApiProblem(response.status, detail);
  }
  return response.json() as Promise<T>;
}

/** One spelling whatever the API's version: "opposes" and "oppose" are the same stance. */
export function relationOf(value: string): Relation {
  const v = value.toLowerCase();
  return v.startsWith("oppos") ? "oppose" : v.startsWith("support") ? "support" : v === "authored" ? "authored"
    : v === "joined" ? "joined" : v === "endorsed" ? "endorsed" : "signed";
}

type RawColumn = MatrixColumn & { instrument_id?: string | null; act_id?: string | null };

function normaliseMatrix(raw: Omit<Matrix, "columns"> & { columns: RawColumn[] }): Matrix {
  return {
    ...raw,
    columns: raw.columns.map((c) => ({ ...c, id: c.instrument_id ?? c.act_id ?? c.id })),
    cells: raw.cells.map((c) => ({ ...c, relation: relationOf(c.relation) })),
  };
}

export const api = {
  matrix: async (asOf: string | null, signal?: AbortSignal) => normaliseMatrix(await get<Omit<Matrix, "columns"> & { columns: RawColumn[] }>("/matrix", { as_of: asOf }, signal)),
  timeline: async (instrument: string, asOf: string | null, signal?: AbortSignal): Promise<Timeline> => {
    const raw = await get<{ instrument?: string; instrument_id?: string; as_of?: string | null; events: TimelineEvent[] }>(
      "/timeline", { instrument, as_of: asOf }, signal);
    const events = raw.events.map((e) => ({ ...e, kind: (EVENT_KINDS.includes(e.kind) ? e.kind : relationOf(e.kind)) as EventKind }));
    // An API that does not filter by date yet: nothing dated after as_of is shown all the same.
    const kept = asOf ? events.filter((e) => !e.date || e.date.slice(0, asOf.length) <= asOf) : events;
    return { instrument: raw.instrument_id ?? raw.instrument ?? instrument, as_of: asOf, events: kept };
  },
  evidence: async (factId: string, signal?: AbortSignal) =>
    (await get<{ rows: EvidenceRow[] }>("/queries/fact_evidence", { fact_id: factId }, signal)).rows,
  /** Parties of the instrument that also opposed the act (or its lineage) or topic elsewhere; an opposition
   *  passage's date is the date it holds as of. */
  headline: async (instrument: string | null, target: string | null, asOf: string | null, signal?: AbortSignal): Promise<Headline> => {
    const body = await get<{ rows: (Omit<HeadlineRow, "opposition_evidence"> & { opposition_evidence: (QuotedEvidence & { as_of?: string | null; as_of_precision?: string | null })[] })[]; parameters: Record<string, unknown> }>(
      `/queries/${TEMPLATE_QUERY}`, { instrument, target, as_of: asOf, limit: 500 }, signal);
    const rows = body.rows.map((r) => ({ ...r,
      opposed_as_of: atPrecision(r.opposed_as_of, r.opposition_evidence[0]?.as_of_precision),
      opposition_evidence: r.opposition_evidence.map((e) => ({ ...e, document_date: e.document_date ?? atPrecision(e.as_of, e.as_of_precision) })) }));
    return { instrument: String(body.parameters.instrument ?? instrument), target: String(body.parameters.target ?? target), rows };
  },
  /** The pair the template asks about unless told otherwise: its parameters' defaults in GET /queries. */
  templateDefaults: async (signal?: AbortSignal) => {
    const query = (await get<QueryList>("/queries", {}, signal)).queries.find((q) => q.name === TEMPLATE_QUERY);
    const dflt = (name: string) => String(query?.parameters.find((p) => p.name === name)?.default ?? "");
    return { instrument: dflt("instrument"), target: dflt("target") };
  },
  /** Every instrument the graph holds, all pages of GET /instruments, for every instrument picker: those
   *  with nothing to list (no edition, no party) too, so a picker never leaves one out without a word. */
  instruments: async (signal?: AbortSignal): Promise<InstrumentSummary[]> => {
    const items: InstrumentSummary[] = [];
    for (let offset = 0; ; ) {
      const page = await get<{ items: InstrumentSummary[]; total: number; limit: number }>("/instruments", { limit: 500, offset, sort: "title" }, signal);
      items.push(...page.items);
      offset += page.items.length;
      if (!page.items.length || offset >= page.total) return items;
    }
  },
  /** The documents that refer to an instrument (GET /instruments/{id}/documents), none dated after as_of. */
  instrumentDocuments: (id: string, asOf: string | null, signal?: AbortSignal) =>
    get<{ total: number; items: ReferringDocument[] }>(`/instruments/${encodeURIComponent(id)}/documents`, { as_of: asOf, limit: 500 }, signal),
  /** The latest edition dated on or before as_of (null: none), from the signatories' page. */
  editionInForce: async (id: string, asOf: string | null, signal?: AbortSignal) =>
    (await get<{ edition: { number: number | null; date: string | null } | null }>(`/instruments/${encodeURIComponent(id)}/signatories`, { as_of: asOf, limit: 1 }, signal)).edition,
  targets: async (signal?: AbortSignal) => (await get<{ items: Target[] }>("/explorer/targets", {}, signal)).items,
  parties: (id: string, asOf: string | null, signal?: AbortSignal) => get<Parties>(`/instruments/${encodeURIComponent(id)}/parties`, { as_of: asOf }, signal),
  sources: async (id: string, asOf: string | null, signal?: AbortSignal) =>
    (await get<{ items: SourceCount[] }>(`/instruments/${encodeURIComponent(id)}/sources`, { as_of: asOf }, signal)).items,
  neighbourhood: (id: string, depth: number, asOf: string | null, signal?: AbortSignal) =>
    get<Neighbourhood>("/graph/neighbourhood", { id, depth, limit: 150, as_of: asOf }, signal),
  document: (id: string, signal?: AbortSignal) => get<DocumentRecord>(`/documents/${encodeURIComponent(id)}`, { include_text: "true" }, signal),
  state: (iso2: string, signal?: AbortSignal) => get<StateRecord>(`/states/${encodeURIComponent(iso2)}`, {}, signal),
  instrument: (id: string, signal?: AbortSignal) => get<InstrumentRecord>(`/instruments/${encodeURIComponent(id)}`, {}, signal),
  signatories: async (id: string, asOf: string | null, signal?: AbortSignal) =>
    (await get<{ items: Signatory[] }>(`/instruments/${encodeURIComponent(id)}/signatories`, { as_of: asOf, limit: 500 }, signal)).items,
  query: async <T>(name: string, params: Params, signal?: AbortSignal) => (await get<{ rows: T[] }>(`/queries/${name}`, params, signal)).rows,
  search: async (q: string, signal?: AbortSignal) => (await get<{ items: SearchHit[] }>("/search", { q, limit: 10 }, signal)).items,
  organization: (key: string, signal?: AbortSignal) => get<OrganizationRecord>(`/organizations/${encodeURIComponent(key)}`, {}, signal),
  stateName: (q: string, signal?: AbortSignal) => get<{ iso2: string | null; name: string | null }>("/explorer/state-name", { q }, signal),
  version: async (signal?: AbortSignal): Promise<DataVersion> => {
    const body = await get<{ latest: number; last_updated: string | null }>("/versions", { limit: 1 }, signal);
    return { version: body.latest, last_updated: body.last_updated };
  },
};
