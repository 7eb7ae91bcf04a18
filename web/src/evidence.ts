// The evidence dialog: every passage behind one or more facts, with its document
// (language, date, source link) and the load run that brought the document in. A native
// <dialog> opened with showModal() traps focus, closes on Escape and hands focus back.

import { api, type EvidenceRow } from "./api";
import { byId, h, quoteInContext } from "./dom";

export interface FactGroup { heading: string; factId: string }

const dialog = () => byId<HTMLDialogElement>("evidence");

export function initEvidenceDialog(): void {
  byId("evidence-close").addEventListener("click", () => dialog().close());
  dialog().addEventListener("click", (event) => {
    if (event.target === dialog()) dialog().close(); // a click on the backdrop
  });
}

export async function openEvidence(title: string, summary: string, groups: FactGroup[]): Promise<void> {
  byId("evidence-title").textContent = title;
  const body = byId("evidence-body");
  body.replaceChildren(h("p", { class: "evidence-summary" }, summary), h("p", { class: "loading" }, "Loading the passages…"));
  if (!dialog().open) dialog().showModal();
  body.setAttribute("aria-busy", "true");
  try {
    const results = await Promise.all(groups.map(async (g) => ({ group: g, rows: await api.evidence(g.factId) })));
    body.replaceChildren(h("p", { class: "evidence-summary" }, summary),
      ...results.map(({ group, rows }) => renderGroup(group, rows)));
  } catch (error) {
    body.replaceChildren(h("p", { class: "error", role: "alert" }, `The evidence could not be loaded: ${(error as Error).message}`));
  } finally {
    body.removeAttribute("aria-busy");
  }
}

function renderGroup(group: FactGroup, rows: EvidenceRow[]): HTMLElement {
  return h("section", { class: "fact", "data-fact-id": group.factId },
    h("h3", {}, group.heading),
    rows.length ? h("ol", { class: "passages" }, ...rows.map(renderPassage))
      : h("p", {}, "No passage recorded for this fact."),
    h("p", { class: "fact-id" }, "fact ", h("code", {}, group.factId)));
}

function renderPassage(row: EvidenceRow): HTMLLIElement {
  const languages = row.lang ?? (row.languages?.length ? row.languages.join(", ") : "—");
  const source = row.source_url
    ? h("a", { href: row.source_url, rel: "noopener noreferrer", target: "_blank" }, row.source_url)
    : h("span", { class: "muted" }, "no source link recorded");
  const span = row.start !== null && row.end !== null ? `characters ${row.start}–${row.end}` : "whole document (curated)";
  return h("li", { class: `passage origin-${row.origin ?? "text"}` },
    quoteInContext(row.quote, row.context),
    h("dl", { class: "meta" },
      h("dt", {}, "Document"), h("dd", {}, row.document ?? row.document_id, " ", h("code", {}, row.document_id)),
      h("dt", {}, "Kind"), h("dd", {}, row.kind ?? "—"),
      h("dt", {}, "Language"), h("dd", { class: "lang" }, languages),
      h("dt", {}, "Date"), h("dd", {}, row.document_date ?? "undated"),
      h("dt", {}, "Source"), h("dd", {}, source),
      h("dt", {}, "Span"), h("dd", {}, span),
      h("dt", {}, "Read by"), h("dd", {}, `${row.extractor ?? "?"} ${row.extractor_version ?? ""} (${row.origin ?? "text"}, confidence ${row.confidence ?? "?"})`),
      h("dt", {}, "Load run"), h("dd", { class: "load-run" }, row.load_run ? `${row.load_run}, loaded ${(row.loaded_at ?? "").replace(/\.\d+/, "").replace("+00:00", "Z")}` : "—")));
}
