// Words and colours shared by the views, the legend and the PNG export, so a colour
// always means the same relation and never stands alone (each cell also says it in text).

import type { MatrixCell, MatrixColumn, Relation } from "./api";

export const RELATIONS: Record<Relation, { label: string; colour: string; ink: string }> = {
  signed: { label: "Signed", colour: "#cfe8d5", ink: "#0b4d1f" },
  authored: { label: "Authored", colour: "#d6e4f5", ink: "#123d6b" },
  supports: { label: "Supported", colour: "#fbe7b5", ink: "#5c4100" },
  opposes: { label: "Opposed", colour: "#f6d0cf", ink: "#7a1713" },
};

export const KIND_LABELS: Record<string, string> = {
  joint_statement: "joint statement", position_paper: "position paper", proposal: "proposal",
  regulation: "regulation", recommendation: "recommendation", guidelines: "guidelines",
};

/** A long title cut in the middle, keeping its first two words and as much of its end as fits:
 *  "Council Regulation … of Dual-Use Goods" says more than its first 46 characters. */
export function columnShort(column: MatrixColumn, max = 48): string {
  const text = column.short_label ?? column.label ?? column.id;
  if (text.length <= max) return text;
  const words = text.split(/\s+/);
  const head = words.slice(0, 2).join(" ");
  let tail = "";
  for (let i = words.length - 1; i >= 2; i--) {
    const next = tail ? `${words[i]} ${tail}` : words[i];
    if (head.length + 3 + next.length > max) break;
    tail = next;
  }
  return tail ? `${head} … ${tail}` : `${text.slice(0, max - 1)}…`;
}

export function columnKind(column: MatrixColumn): string {
  return KIND_LABELS[column.kind ?? ""] ?? column.kind ?? (column.type === "legal_act" ? "legal act" : "instrument");
}

/** What a cell says, in words: the same text on screen, in CSV and in the PNG. */
export function cellText(cell: MatrixCell): string {
  const label = RELATIONS[cell.relation].label;
  if (cell.relation === "signed") {
    const joined = `joined ed. ${cell.first_edition ?? "?"}, ${cell.date ?? "undated"}`;
    const span = cell.editions.length > 1 ? `; on ed. ${cell.editions.join(", ")}` : "";
    return `${label}: ${joined}${span}`;
  }
  return cell.date ? `${label} (${cell.date.slice(0, 4)})` : label;
}
