// Words and colours shared by the views, the legend and the PNG export, so a colour
// always means the same relation and never stands alone (each cell also says it in text).

import type { MatrixCell, MatrixColumn, Relation } from "./api";

export const RELATIONS: Record<Relation, { label: string; colour: string; ink: string }> = {
  signed: { label: "Signed", colour: "#cfe8d5", ink: "#0b4d1f" },
  // A state's own act outside an edition's list (its own announcement): a party, never a signature.
  joined: { label: "Joined", colour: "#d2ece8", ink: "#0d4a42" },
  endorsed: { label: "Endorsed", colour: "#e4dcf3", ink: "#3b2270" },
  authored: { label: "Authored", colour: "#d6e4f5", ink: "#123d6b" },
  support: { label: "Supported", colour: "#fbe7b5", ink: "#5c4100" },
  oppose: { label: "Opposed", colour: "#f6d0cf", ink: "#7a1713" },
};

export const KIND_LABELS: Record<string, string> = {
  joint_statement: "joint statement", position_paper: "position paper", proposal: "proposal",
  regulation: "regulation", recommendation: "recommendation", guidelines: "guidelines",
  ngo_statement: "NGO statement", news: "news report", press_release: "press release", curated: "curated record",
  ngo: "NGO", eu_institution: "EU institution",
};

/** A stored kind for people: "joint_statement" -> "joint statement", never the key itself. */
export function kindLabel(kind: string | null | undefined): string {
  return kind ? KIND_LABELS[kind] ?? kind.replaceAll("_", " ").replaceAll("-", " ") : "document";
}

/** A date at the precision it is known: "2018" stays "2018"; a timestamp loses its time zone digits. */
export function showDate(date: string | null | undefined, none = "undated"): string {
  if (!date) return none;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(date);
  return m ? m[1] : date;
}

/** A date cut to the precision the graph records for it ("2025-01-01" known to the year is "2025"). */
export function atPrecision(date: string | null | undefined, precision: string | null | undefined): string | null {
  if (!date) return null;
  return precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date;
}

/** True when a date (at any precision) is not after the as-of date: "2018" is before "2018-06-01"'s end of year only if the year is earlier or equal. */
export function notAfter(date: string | null | undefined, asOf: string | null): boolean {
  if (!asOf || !date) return true;
  return date.slice(0, 10) <= asOf.slice(0, date.slice(0, 10).length);
}

const languageNames = (() => {
  try { return new Intl.DisplayNames(["en"], { type: "language" }); } catch { return null; }
})();

/** "lv" -> "Latvian"; an unknown code is shown as it is. */
export function languageName(code: string | null | undefined): string {
  if (!code) return "language not recorded";
  try { return languageNames?.of(code) ?? code; } catch { return code; }
}

/** The reader's language, as the browser says it ("en" if it says nothing). */
export function readerLanguage(): string {
  return (navigator.language || "en").slice(0, 2).toLowerCase();
}

/** Names sorted as a reader expects (locale-aware, accents folded). */
export function byName<T>(items: T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => name(a).localeCompare(name(b), "en", { sensitivity: "base" }));
}

/** Text cut to about max characters at a word boundary, with "…" where it was cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.5 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:.–-]+$/, "")}…`;
}

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
  return tail ? `${head} … ${tail}` : cutAtWord(text, max - 1);
}

export function columnKind(column: MatrixColumn): string {
  return column.kind ? kindLabel(column.kind) : column.type === "legal_act" ? "legal act" : "instrument";
}

/** What a cell says, in words: the same text on screen, in CSV and in the PNG. */
export function cellText(cell: MatrixCell): string {
  const label = RELATIONS[cell.relation].label;
  if (cell.relation === "signed") {
    const joined = `joined ed. ${cell.first_edition ?? "?"}, ${showDate(cell.date)}`;
    const span = cell.editions.length > 1 ? `; on ed. ${cell.editions.join(", ")}` : "";
    return `${label}: ${joined}${span}`;
  }
  return cell.date ? `${label} (${showDate(cell.date)})` : label;
}

/** The sentence around a quote, cut to about max characters at words with "…": [before, quote, after],
 *  or null when the quote is not in its context. */
export function splitAround(quote: string | null | undefined, context: string | null | undefined, max: number): [string, string, string] | null {
  const q = quote ?? "";
  const at = context && q ? context.indexOf(q) : -1;
  if (!context || at < 0) return null;
  const room = Math.max(0, max - q.length);
  let before = context.slice(0, at), after = context.slice(at + q.length);
  if (before.length > room / 2) { const cut = before.slice(before.length - Math.floor(room / 2)); const i = cut.indexOf(" "); before = `…${i >= 0 ? cut.slice(i) : ""}`; }
  if (after.length > room / 2) { const cut = after.slice(0, Math.floor(room / 2)); const i = cut.lastIndexOf(" "); after = `${i >= 0 ? cut.slice(0, i) : ""}…`; }
  return [before, q, after];
}

/** The quote in its sentence, as text (exports). */
export function quoteText(quote: string | null | undefined, context: string | null | undefined, max = 220): string {
  return splitAround(quote, context, max)?.join("") ?? quote ?? "";
}
