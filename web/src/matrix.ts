// The matrix view: states as rows, instruments and legal acts as columns, one coloured
// cell per fact. A real <table> (caption, th scope=col/row) so screen readers announce the
// state and column of every cell; each fact is a button, arrow keys move between them.

import type { Matrix, MatrixCell, MatrixColumn, MatrixRow, Relation } from "./api";
import { h, sr } from "./dom";
import { openEvidence } from "./evidence";
import type { PngTable } from "./exporting";
import { RELATIONS, cellText, columnKind, columnShort } from "./labels";

export interface MatrixFilters { column: string; relation: "" | Relation; region: "" | "eu" | "other" }

export interface MatrixViewData { columns: MatrixColumn[]; rows: { row: MatrixRow; cells: (MatrixCell | null)[] }[] }

/** What the table shows under the filters; the export uses the same selection. */
export function visible(matrix: Matrix, filters: MatrixFilters): MatrixViewData {
  const columns = matrix.columns.filter((c) => !filters.column || c.id === filters.column);
  const byKey = new Map(matrix.cells.map((c) => [`${c.state}|${c.column}`, c]));
  const rows = matrix.rows
    .filter((r) => !filters.region || (filters.region === "eu") === (r.eu_member === true))
    .map((row) => ({
      row,
      cells: columns.map((col) => {
        const cell = byKey.get(`${row.iso2}|${col.id}`) ?? null;
        return cell && (!filters.relation || cell.relation === filters.relation) ? cell : null;
      }),
    }))
    .filter((r) => r.cells.some(Boolean));
  return { columns, rows };
}

export function signatoryCount(matrix: Matrix, columnId: string): number {
  return matrix.cells.filter((c) => c.column === columnId && c.relation === "signed").length;
}

export function renderFilters(matrix: Matrix, filters: MatrixFilters, onChange: (key: keyof MatrixFilters, value: string) => void): HTMLElement {
  const select = (id: string, label: string, value: string, options: [string, string][], key: keyof MatrixFilters) =>
    h("div", { class: "field" },
      h("label", { for: id }, label),
      (() => {
        const el = h("select", { id, name: key }, ...options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)));
        el.addEventListener("change", () => onChange(key, el.value));
        return el;
      })());
  return h("form", { class: "filters", "aria-label": "Filter the matrix", onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
    select("filter-column", "Instrument", filters.column,
      [["", "All instruments and acts"], ...matrix.columns.map((c): [string, string] => [c.id, `${columnShort(c)} (${columnKind(c)})`])], "column"),
    select("filter-relation", "Stance", filters.relation,
      [["", "Any"], ...Object.entries(RELATIONS).map(([k, v]): [string, string] => [k, v.label])], "relation"),
    select("filter-region", "Region", filters.region, [["", "All states"], ["eu", "EU member"], ["other", "Other"]], "region"));
}

export function renderLegend(): HTMLElement {
  return h("ul", { class: "legend", "aria-label": "Legend" },
    ...Object.entries(RELATIONS).map(([key, r]) => h("li", { class: `rel-${key}` }, h("span", { class: "swatch", "aria-hidden": "true" }), r.label)));
}

export function summaryText(matrix: Matrix): HTMLElement {
  const parts = matrix.columns.filter((c) => c.type === "instrument" && c.kind === "joint_statement").map((c) =>
    h("span", { class: "summary-item" },
      h("strong", { "data-signatories-for": c.id }, String(signatoryCount(matrix, c.id))),
      ` signatories of ${c.label ?? c.id}`,
      c.edition ? ` (edition ${c.edition}, ${c.edition_date ?? "undated"})` : " (no edition yet)"));
  return h("p", { id: "matrix-summary", class: "summary" },
    matrix.as_of ? `As of ${matrix.as_of}: ` : "Latest: ", ...parts);
}

function headerCell(column: MatrixColumn): HTMLTableCellElement {
  const edition = column.edition ? `ed. ${column.edition} · ${column.edition_date ?? ""}` : column.date ?? "";
  return h("th", { scope: "col", "data-column": column.id, title: column.label ?? column.id },
    h("span", { class: "col-kind" }, columnKind(column)),
    h("span", { class: "col-title", "aria-hidden": "true" }, columnShort(column)),
    sr(column.label ?? column.id),
    edition ? h("span", { class: "col-edition" }, edition) : null);
}

function dataCell(row: MatrixRow, column: MatrixColumn, cell: MatrixCell | null, matrix: Matrix): HTMLTableCellElement {
  if (!cell) return h("td", { class: "empty", "data-column": column.id }, h("span", { "aria-hidden": "true" }, "·"), sr("none"));
  const text = cellText(cell);
  const button = h("button", {
    type: "button", class: "cell-button", tabindex: "-1",
    "aria-label": `${row.name ?? row.iso2}: ${text} — ${column.label ?? column.id}. Show evidence`,
  }, h("span", { class: "rel" }, RELATIONS[cell.relation].label), h("span", { class: "cell-detail" }, text.replace(/^[^:(]*[:(]\s*/, "").replace(/\)$/, "")));
  button.addEventListener("click", () => openCellEvidence(matrix, cell));
  return h("td", { class: `fact rel-${cell.relation}`, "data-relation": cell.relation, "data-column": column.id, "data-state": row.iso2 }, button);
}

export function renderTable(matrix: Matrix, filters: MatrixFilters): HTMLElement {
  const view = visible(matrix, filters);
  if (!view.rows.length) {
    return h("p", { class: "empty-view" }, matrix.as_of ? `No state has a fact in this view as of ${matrix.as_of}.` : "No state has a fact in this view.");
  }
  const table = h("table", { class: "matrix", id: "matrix-table" },
    h("caption", {}, `States and what they did, ${matrix.as_of ? `as of ${matrix.as_of}` : "latest"}: ${view.rows.length} states, ${view.columns.length} columns. Select a cell for its evidence.`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col", class: "state-col" }, "State"), ...view.columns.map(headerCell))),
    h("tbody", {}, ...view.rows.map(({ row, cells }) => h("tr", { "data-state": row.iso2 },
      h("th", { scope: "row" }, row.name ?? row.iso2, " ", h("span", { class: "iso" }, row.iso2),
        row.eu_member ? h("span", { class: "badge", title: "EU member state" }, "EU") : null),
      ...cells.map((cell, i) => dataCell(row, view.columns[i], cell, matrix))))));
  const first = table.querySelector<HTMLButtonElement>(".cell-button");
  if (first) first.tabIndex = 0; // one tab stop into the grid; arrows move inside it
  table.addEventListener("keydown", (event) => moveFocus(table, event));
  return h("div", { class: "table-scroll", role: "region", "aria-label": "Matrix", tabindex: "0" }, table);
}

/** Arrow keys, Home and End move between the fact buttons of the grid (roving tabindex). */
function moveFocus(table: HTMLTableElement, event: KeyboardEvent): void {
  const current = (event.target as HTMLElement).closest("td");
  if (!current || !(event.target instanceof HTMLButtonElement)) return;
  const rows = [...table.tBodies[0].rows];
  let r = rows.indexOf(current.parentElement as HTMLTableRowElement);
  let c = current.cellIndex;
  const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const buttonAt = (ri: number, ci: number) => rows[ri]?.cells[ci]?.querySelector<HTMLButtonElement>(".cell-button") ?? null;
  let target: HTMLButtonElement | null = null;
  if (event.key in step) {
    const [dr, dc] = step[event.key];
    for (r += dr, c += dc; r >= 0 && r < rows.length && c > 0 && c < rows[r].cells.length; r += dr, c += dc) {
      target = buttonAt(r, c);
      if (target) break;
    }
  } else if (event.key === "Home" || event.key === "End") {
    const buttons = [...table.querySelectorAll<HTMLButtonElement>(".cell-button")];
    target = event.key === "Home" ? buttons[0] : buttons[buttons.length - 1];
  } else return;
  event.preventDefault();
  if (target) {
    table.querySelectorAll<HTMLButtonElement>(".cell-button").forEach((b) => (b.tabIndex = -1));
    target.tabIndex = 0;
    target.focus();
  }
}

export function openCellEvidence(matrix: Matrix, cell: MatrixCell): void {
  const row = matrix.rows.find((r) => r.iso2 === cell.state);
  const column = matrix.columns.find((c) => c.id === cell.column);
  const groups = cell.relation === "signed"
    ? cell.fact_ids.map((factId, i) => ({ heading: `Signature of edition ${cell.editions[i] ?? "?"}`, factId }))
    : cell.fact_ids.map((factId) => ({ heading: `${RELATIONS[cell.relation].label}${cell.via ? ` (known via ${cell.via})` : ""}`, factId }));
  void openEvidence(`${row?.name ?? cell.state} — ${column?.label ?? cell.column}`, cellText(cell), groups);
}

export function csvRows(matrix: Matrix, filters: MatrixFilters): { headers: string[]; rows: string[][] } {
  const view = visible(matrix, filters);
  return {
    headers: ["state", "iso2", "eu_member", ...view.columns.map((c) => c.label ?? c.id)],
    rows: view.rows.map(({ row, cells }) => [row.name ?? "", row.iso2, String(row.eu_member ?? ""), ...cells.map((c) => (c ? cellText(c) : ""))]),
  };
}

export function pngTable(matrix: Matrix, filters: MatrixFilters): PngTable {
  const view = visible(matrix, filters);
  return {
    title: `pledgegraph — states and instruments, ${matrix.as_of ? `as of ${matrix.as_of}` : "latest"}`,
    headers: ["State", ...view.columns.map(columnShort)],
    rows: view.rows.map(({ row, cells }) => [`${row.name ?? row.iso2} (${row.iso2})`, ...cells.map((c) => (c ? cellText(c) : ""))]),
    fills: view.rows.map(({ cells }) => [null, ...cells.map((c) => (c ? RELATIONS[c.relation].colour : null))]),
  };
}
