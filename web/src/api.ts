// Typed calls to the pledgegraph API on the same origin. Errors are RFC 9457 problems;
// their detail is what the page shows. Every call takes an AbortSignal: a newer question
// cancels the answer to an older one, so a slow answer can never overwrite a newer one.

export type Relation = "signed" | "authored" | "oppose" | "support";

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

export type EventKind = "edition" | "document" | "authored" | "oppose" | "support" | "act";
export interface TimelineEvent {
  kind: EventKind; date: string | null; title: string | null; detail: string | null; ref: string | null;
  count: number | null; actors: string[]; fact_ids: string[];
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
  start?: number | null; end?: number | null;
}
export interface HeadlineRow {
  iso2: string; name: string; joined_edition: number | null; joined_date: string | null;
  opposed_act: string; opposed_label: string | null; provision: string | null; via: string | null; via_title: string | null;
  signing_evidence: QuotedEvidence[]; opposition_evidence: QuotedEvidence[];
}

/** The headline answer and the instrument it is about (the query's own parameter, defaults filled in by the API). */
export interface Headline { instrument: string; rows: HeadlineRow[] }

interface QueryList { queries: { name: string; parameters: { name: string; default: unknown }[] }[] }
const HEADLINE_QUERY = "signatories_opposing_export_rules";

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
export interface InstrumentRecord {
  instrument: { instrument_id: string; title: string | null; kind: string | null };
  editions: { number: number; date: string | null; label: string | null; signatory_count: number | null }[];
  commitments: { ordinal: number | null; texts: { lang: string | null; text: string | null }[] }[];
}
export interface Signatory { iso2: string; name: string | null; joined: string | null; first_edition: number | null }
export interface SearchHit { id?: string; document_id?: string; title: string | null; date: string | null; kind: string | null; snippet: string | null;
  type?: string; iso2?: string; name?: string | null }
export interface DataVersion { version: number; last_updated: string | null; documents: number | null }

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
  return v.startsWith("oppos") ? "oppose" : v.startsWith("support") ? "support" : v === "authored" ? "authored" : "signed";
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
    const events = raw.events.map((e) => ({ ...e, kind: (["edition", "document", "authored", "act"].includes(e.kind) ? e.kind : relationOf(e.kind)) as EventKind }));
    // An API that does not filter by date yet: nothing dated after as_of is shown all the same.
    const kept = asOf ? events.filter((e) => !e.date || e.date.slice(0, asOf.length) <= asOf) : events;
    return { instrument: raw.instrument_id ?? raw.instrument ?? instrument, as_of: asOf, events: kept };
  },
  evidence: async (factId: string, signal?: AbortSignal) =>
    (await get<{ rows: EvidenceRow[] }>("/queries/fact_evidence", { fact_id: factId }, signal)).rows,
  headline: async (asOf: string | null, signal?: AbortSignal): Promise<Headline> => {
    const body = await get<{ rows: HeadlineRow[]; parameters: Record<string, unknown> }>(`/queries/${HEADLINE_QUERY}`, { as_of: asOf }, signal);
    return { instrument: String(body.parameters.instrument ?? ""), rows: body.rows };
  },
  /** The instrument the headline query asks about unless told otherwise: its parameter's default in GET /queries. */
  headlineInstrument: async (signal?: AbortSignal) => {
    const query = (await get<QueryList>("/queries", {}, signal)).queries.find((q) => q.name === HEADLINE_QUERY);
    return String(query?.parameters.find((p) => p.name === "instrument")?.default ?? "");
  },
  neighbourhood: (id: string, depth: number, asOf: string | null, signal?: AbortSignal) =>
    get<Neighbourhood>("/graph/neighbourhood", { id, depth, limit: 150, as_of: asOf }, signal),
  document: (id: string, signal?: AbortSignal) => get<DocumentRecord>(`/documents/${encodeURIComponent(id)}`, { include_text: "true" }, signal),
  state: (iso2: string, signal?: AbortSignal) => get<StateRecord>(`/states/${encodeURIComponent(iso2)}`, {}, signal),
  instrument: (id: string, signal?: AbortSignal) => get<InstrumentRecord>(`/instruments/${encodeURIComponent(id)}`, {}, signal),
  signatories: async (id: string, asOf: string | null, signal?: AbortSignal) =>
    (await get<{ items: Signatory[] }>(`/instruments/${encodeURIComponent(id)}/signatories`, { as_of: asOf, limit: 500 }, signal)).items,
  query: async <T>(name: string, params: Params, signal?: AbortSignal) => (await get<{ rows: T[] }>(`/queries/${name}`, params, signal)).rows,
  search: async (q: string, signal?: AbortSignal) => (await get<{ items: SearchHit[] }>("/search", { q, limit: 8 }, signal)).items,
  stateName: (q: string, signal?: AbortSignal) => get<{ iso2: string | null; name: string | null }>("/explorer/state-name", { q }, signal),
  version: (signal?: AbortSignal) => get<DataVersion>("/explorer/data-version", {}, signal),
};
