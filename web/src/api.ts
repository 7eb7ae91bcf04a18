// Typed calls to the pledgegraph API on the same origin. Errors are RFC 9457 problems;
// their detail is what the page shows.

export type Relation = "signed" | "authored" | "opposes" | "supports";

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

export interface TimelineEvent {
  kind: "edition" | "document" | "authored" | "opposes" | "supports" | "act";
  date: string | null; title: string | null; detail: string | null; ref: string | null;
  count: number | null; actors: string[]; fact_ids: string[];
}
export interface Timeline { instrument: string; events: TimelineEvent[] }

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
export interface Neighbourhood { root: string; depth: number; truncated: boolean; nodes: GraphNode[]; edges: GraphEdge[] }

export class ApiProblem extends Error {
  constructor(public status: number, detail: string) { super(detail); }
}

async function get<T>(path: string, params: Record<string, string | number | null | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") query.set(k, String(v));
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try { detail = (await response.json()).detail ?? detail; } catch { /* not a problem body */ }
    throw new ApiProblem(response.status, `${url}: ${detail}`);
  }
  return response.json() as Promise<T>;
}

export const api = {
  matrix: (asOf: string | null) => get<Matrix>("/matrix", { as_of: asOf }),
  timeline: (instrument: string) => get<Timeline>("/timeline", { instrument }),
  evidence: async (factId: string) =>
    (await get<{ rows: EvidenceRow[] }>("/queries/fact_evidence", { fact_id: factId })).rows,
  headline: async (asOf: string | null): Promise<Headline> => {
    const body = await get<{ rows: HeadlineRow[]; parameters: Record<string, unknown> }>(`/queries/${HEADLINE_QUERY}`, { as_of: asOf });
    return { instrument: String(body.parameters.instrument ?? ""), rows: body.rows };
  },
  /** The instrument the headline query asks about unless told otherwise: its parameter's default in GET /queries. */
  headlineInstrument: async () => {
    const query = (await get<QueryList>("/queries")).queries.find((q) => q.name === HEADLINE_QUERY);
    return String(query?.parameters.find((p) => p.name === "instrument")?.default ?? "");
  },
  neighbourhood: (id: string, depth: number) => get<Neighbourhood>("/graph/neighbourhood", { id, depth, limit: 150 }),
};
