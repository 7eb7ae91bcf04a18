// The matrix view: states as rows, instruments and legal acts as columns, one coloured
// cell per fact. A real <table> (caption, th scope=col/row) so screen readers announce the
// state and column of every cell; each fact is a button. The grid is one tab stop: arrow keys
// move between every cell, empty ones and the headers included (a roving tabindex).

import type { InstrumentSummary, Matrix, MatrixCell, MatrixColumn, MatrixRow, Relation } from "./api";
import { h, sr } from "./dom";
import { openEvidence } from "./evidence";
import type { PngTable } from "./exporting";
import { RELATIONS, byName, cellText, columnKind, columnShort, showDate } from "./labels";
import { instrumentOption } from "./unlisted";

export interface MatrixFilters { column: string; relation: "" | Relation; region: "" | "eu" | "other" }

export interface MatrixViewData { columns: MatrixColumn[]; rows: { row: MatrixRow; cells: (MatrixCell | null)[] }[] }

/** What the table shows under the filters; the export uses the same selection. */
export function visible(matrix: Matrix, filters: MatrixFilters): MatrixViewData {
  const columns = matrix.columns.filter((c) => !filters.column || c.id === filters.column);
  const byKey = new Map(matrix.cells.map((c) => [`${c.state}|${c.column}`, c]));
  const rows = byName(matrix.rows, (r) => r.name ?? r.iso2)
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

/** ", 1 state by its own announcement (endorsed)": states taking part outside an edition's list, never counted as signatories. */
function ownActs(matrix: Matrix, columnId: string): string {
  const acts = matrix.cells.filter((c) => c.column === columnId && (c.relation === "joined" || c.relation === "endorsed"));
  if (!acts.length) return "";
  const how = [...new Set(acts.map((c) => c.relation))].sort().join(" or ");
  return `, ${acts.length} ${acts.length === 1 ? "state" : "states"} by ${acts.length === 1 ? "its" : "their"} own announcement (${how}),`;
}

/** The filters; the instrument filter also offers the instruments with no column (`others`: no signature,
 *  authorship or stance of a state on them), each of which shows why it has none when picked. */
export function renderFilters(matrix: Matrix, filters: MatrixFilters, onChange: (key: keyof MatrixFilters, value: string) => void,
  others: InstrumentSummary[] = []): HTMLElement {
  const unlisted = others.length ? h("optgroup", { label: "Instruments with no state's fact in the matrix" },
    ...byName(others, (i) => i.title ?? "").map((i) => h("option", { value: i.instrument_id, selected: i.instrument_id === filters.column }, instrumentOption(i)))) : null;
  const select = (id: string, label: string, value: string, options: [string, string][], key: keyof MatrixFilters) =>
    h("div", { class: "field" },
      h("label", { for: id }, label),
      (() => {
        const el = h("select", { id, name: key }, ...options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
          key === "column" ? unlisted : null);
        el.addEventListener("change", () => onChange(key, el.value));
        return el;
      })());
  return h("form", { class: "filters", "aria-label": "Filter the matrix", onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
    select("filter-column", "Instrument", filters.column,
      [["", "All instruments and acts"], ...matrix.columns.map((c): [string, string] => [c.id, `${columnShort(c)} (${columnKind(c)})`])], "column"),
    select("filter-relation", "Stance", filters.relation,
      [["", "Any"], ...Object.entries(RELATIONS).map(([k, v]): [string, string] => [k, v.label])], "relation"),
    select("filter-region", "Region", filters.region, [["", "All states"], ["eu", "EU member on the date"], ["other", "Not an EU member on the date"]], "region"));
}

export function renderLegend(): HTMLElement {
  return h("ul", { class: "legend", "aria-label": "Legend" },
    ...Object.entries(RELATIONS).map(([key, r]) => h("li", { class: `rel-${key}` }, h("span", { class: "swatch", "aria-hidden": "true" }), r.label)));
}

export function summaryText(matrix: Matrix): HTMLElement {
  const parts = matrix.columns.filter((c) => c.type === "instrument" && c.kind === "joint_statement").map((c) =>
    h("span", { class: "summary-item" },
      h("strong", { "data-signatories-for": c.id }, String(signatoryCount(matrix, c.id))),
      ` signatories${ownActs(matrix, c.id)} of ${c.label ?? c.id}`,
      c.edition ? ` (edition ${c.edition}, ${showDate(c.edition_date)})` : " (no edition yet)"));
  return h("p", { id: "matrix-summary", class: "summary" },
    matrix.as_of ? `As of ${matrix.as_of}: ` : "Everything loaded: ", ...parts);
}

/** The address of a column's own page: an instrument's or a legal act's. */
export function columnHref(column: MatrixColumn): string {
  return column.type === "legal_act" ? `#view=act&id=${encodeURIComponent(column.id)}` : `#view=instrument&id=${encodeURIComponent(column.id)}`;
}

function headerCell(column: MatrixColumn): HTMLTableCellElement {
  const edition = column.edition ? `ed. ${column.edition} · ${showDate(column.edition_date, "")}` : column.date ? showDate(column.date) : "";
  return h("th", { scope: "col", "data-column": column.id, title: column.label ?? "" },
    h("span", { class: "col-kind" }, columnKind(column)),
    h("a", { class: "col-title", href: columnHref(column), tabindex: "-1", "aria-label": column.label ?? columnShort(column) }, columnShort(column)),
    edition ? h("span", { class: "col-edition" }, edition) : null);
}

function rowHeader(row: MatrixRow): HTMLTableCellElement {
  const name = row.name ?? row.iso2;
  return h("th", { scope: "row" },
    h("a", { href: `#view=state&iso2=${encodeURIComponent(row.iso2)}`, tabindex: "-1", "aria-label": row.eu_member ? `${name}, EU member` : name }, name),
    h("span", { class: "iso", "aria-hidden": "true" }, row.iso2),
    row.eu_member ? h("span", { class: "badge", title: "EU member state on this date", "aria-hidden": "true" }, "EU") : null);
}

function dataCell(row: MatrixRow, column: MatrixColumn, cell: MatrixCell | null, matrix: Matrix): HTMLTableCellElement {
  if (!cell) return h("td", { class: "empty", "data-column": column.id, "data-state": row.iso2, tabindex: "-1" }, h("span", { "aria-hidden": "true" }, "·"), sr("none"));
  const text = cellText(cell);
  const button = h("button", {
    type: "button", class: "cell-button", tabindex: "-1",
    "aria-label": `${row.name ?? row.iso2}: ${text} — ${column.label ?? columnShort(column)}. Show evidence`,
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
    h("caption", {}, `States and what they did, ${matrix.as_of ? `as of ${matrix.as_of}` : "everything loaded"}: ${view.rows.length} states, ${view.columns.length} columns. Select a cell for its evidence; arrow keys move between cells.`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col", class: "state-col", tabindex: "-1" }, "State"), ...view.columns.map(headerCell))),
    h("tbody", {}, ...view.rows.map(({ row, cells }) => h("tr", { "data-state": row.iso2 },
      rowHeader(row), ...cells.map((cell, i) => dataCell(row, view.columns[i], cell, matrix))))));
  const first = focusTarget(table.tBodies[0].rows[0].cells[1]);
  first.tabIndex = 0; // one tab stop into the grid; arrows move inside it
  table.addEventListener("keydown", (event) => moveFocus(table, event));
  table.addEventListener("focusin", (event) => rove(table, event.target as HTMLElement));
  return h("div", { class: "table-scroll", "data-scroll-hint": "matrix-scroll-hint" }, table);
}

/** What takes focus in a cell: its button or link, else the cell itself. */
function focusTarget(cell: HTMLTableCellElement): HTMLElement {
  return cell.querySelector<HTMLElement>("button, a") ?? cell;
}

function rove(table: HTMLTableElement, target: HTMLElement): void {
  if (!target.closest("td, th")) return;
  for (const el of table.querySelectorAll<HTMLElement>("[tabindex='0']")) if (el !== target) el.tabIndex = -1;
  target.tabIndex = 0;
}

/** Arrow keys move one cell at a time through every cell, headers and empty cells included;
 *  Home and End go to the row's first and last cell, Ctrl+Home and Ctrl+End to the grid's. */
function moveFocus(table: HTMLTableElement, event: KeyboardEvent): void {
  const current = (event.target as HTMLElement).closest<HTMLTableCellElement>("td, th");
  if (!current) return;
  const rows = [...table.rows];
  let r = rows.indexOf(current.parentElement as HTMLTableRowElement);
  let c = current.cellIndex;
  const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  if (event.key in step) {
    r += step[event.key][0];
    c += step[event.key][1];
  } else if (event.key === "Home") {
    if (event.ctrlKey) r = 1;
    c = event.ctrlKey ? 1 : 0;
  } else if (event.key === "End") {
    if (event.ctrlKey) r = rows.length - 1;
    c = rows[r].cells.length - 1;
  } else return;
  event.preventDefault();
  if (r < 0 || r >= rows.length || c < 0 || c >= rows[r].cells.length) return;
  const target = focusTarget(rows[r].cells[c]);
  if (target.tabIndex < 0 || !target.hasAttribute("tabindex")) target.tabIndex = -1;
  rove(table, target);
  target.focus();
  target.scrollIntoView({ block: "nearest", inline: "nearest" });
}

export function openCellEvidence(matrix: Matrix, cell: MatrixCell): void {
  const row = matrix.rows.find((r) => r.iso2 === cell.state);
  const column = matrix.columns.find((c) => c.id === cell.column);
  const groups = cell.relation === "signed"
    ? cell.fact_ids.map((factId, i) => ({ heading: `Signature of edition ${cell.editions[i] ?? "?"}`, factId }))
    : cell.fact_ids.map((factId) => ({ heading: `${RELATIONS[cell.relation].label}${cell.via ? ` (known through ${matrix.columns.find((c) => c.id === cell.via)?.label ?? "another document"})` : ""}`, factId }));
  void openEvidence(`${row?.name ?? cell.state} — ${column ? column.label ?? columnShort(column) : "this column"}`, cellText(cell), groups);
}

export function csvRows(matrix: Matrix, filters: MatrixFilters): { headers: string[]; rows: string[][] } {
  const view = visible(matrix, filters);
  return {
    headers: ["state", "iso2", "eu_member_on_date", ...view.columns.map((c) => c.label ?? c.id)],
    rows: view.rows.map(({ row, cells }) => [row.name ?? "", row.iso2, String(row.eu_member ?? ""), ...cells.map((c) => (c ? cellText(c) : ""))]),
  };
}

export function pngTable(matrix: Matrix, filters: MatrixFilters): PngTable {
  const view = visible(matrix, filters);
  return {
    title: `States and what they did, ${matrix.as_of ? `as of ${matrix.as_of}` : "everything loaded"}`,
    headers: ["State", ...view.columns.map((c) => c.label ?? columnShort(c))],
    rows: view.rows.map(({ row, cells }) => [row.name ?? row.iso2, ...cells.map((c) => (c ? cellText(c) : ""))]),
    fills: view.rows.map(({ cells }) => [null, ...cells.map((c) => (c ? RELATIONS[c.relation].colour : null))]),
  };
}
