// Export of the current view, offline: CSV built from the same rows the page shows, and
// PNG drawn on a canvas (tables by a small renderer here, the graph by cytoscape's png()).

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(headers: string[], rows: string[][]): string {
  return [headers, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function downloadCsv(filename: string, headers: string[], rows: string[][]): void {
  download(filename, new Blob([toCsv(headers, rows)], { type: "text/csv;charset=utf-8" }));
}

export interface PngTable {
  title: string;
  headers: string[];
  rows: string[][];
  /** Background colour per cell, or null for white. */
  fills?: (string | null)[][];
  /** Lines under the table: where the data came from, as of which date, when exported. */
  footer?: string[];
}

const FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const BOLD = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const SMALL = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const PAD = 8, LINE = 17, MAX_COL = 340, MAX_LINES = 6;

/** Text broken into lines of at most width pixels at word boundaries; a word wider than the
 *  line is broken by characters. Beyond maxLines the last line ends in "…" at a word boundary. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width) { line = next; continue; }
    if (line) lines.push(line);
    line = word;
    while (ctx.measureText(line).width > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(" ") && ctx.measureText(`${last}…`).width > width) last = last.slice(0, last.lastIndexOf(" "));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** A table drawn on a canvas at twice the pixel density, as a PNG blob: full column headers
 *  (wrapped, never cut), wrapped cells, and a source and date line under it. */
export function tablePng(table: PngTable): Promise<Blob> {
  const scale = 2;
  const probe = document.createElement("canvas").getContext("2d")!;
  const widths = table.headers.map((header, i) => {
    probe.font = BOLD;
    let w = Math.max(...header.split(/\s+/).map((word) => probe.measureText(word).width), Math.min(probe.measureText(header).width, 160));
    probe.font = FONT;
    for (const row of table.rows) w = Math.max(w, Math.min(MAX_COL - 2 * PAD, probe.measureText(row[i] ?? "").width));
    return Math.min(MAX_COL, Math.ceil(w) + 2 * PAD);
  });
  const width = Math.max(widths.reduce((a, b) => a + b, 0), 480);
  probe.font = BOLD;
  const titleLines = wrap(probe, table.title, width - 2 * PAD, 3);
  const headerLines = table.headers.map((text, i) => wrap(probe, text, widths[i] - 2 * PAD, 20));
  probe.font = FONT;
  const cellLines = table.rows.map((row) => row.map((text, i) => { probe.font = i === 0 ? BOLD : FONT; return wrap(probe, text ?? "", widths[i] - 2 * PAD); }));
  probe.font = SMALL;
  const footerLines = (table.footer ?? []).flatMap((line) => wrap(probe, line, width - 2 * PAD, 4));
  const rowHeight = (lines: string[][]) => Math.max(1, ...lines.map((l) => l.length)) * LINE + PAD;
  const headerHeight = rowHeight(headerLines);
  const heights = cellLines.map(rowHeight);
  const titleHeight = titleLines.length * LINE + PAD;
  const height = titleHeight + headerHeight + heights.reduce((a, b) => a + b, 0) + PAD + footerLines.length * LINE + PAD;
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext("2d")!;
  ctx.scale(scale, scale);
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = "top";
  ctx.fillStyle = "#111";
  ctx.font = BOLD;
  titleLines.forEach((line, i) => ctx.fillText(line, PAD, PAD / 2 + i * LINE));
  const drawRow = (cells: string[][], y: number, h: number, header: boolean, fills?: (string | null)[]) => {
    let x = 0;
    cells.forEach((lines, i) => {
      ctx.fillStyle = header ? "#eef0f3" : fills?.[i] ?? "#fff";
      ctx.fillRect(x, y, widths[i], h);
      ctx.strokeStyle = "#c9ced6";
      ctx.strokeRect(x + 0.5, y + 0.5, widths[i], h);
      ctx.fillStyle = "#111";
      ctx.font = header || i === 0 ? BOLD : FONT;
      lines.forEach((line, j) => ctx.fillText(line, x + PAD, y + PAD / 2 + j * LINE));
      x += widths[i];
    });
  };
  let y = titleHeight;
  drawRow(headerLines, y, headerHeight, true);
  y += headerHeight;
  cellLines.forEach((cells, r) => { drawRow(cells, y, heights[r], false, table.fills?.[r]); y += heights[r]; });
  y += PAD;
  ctx.fillStyle = "#333";
  ctx.font = SMALL;
  footerLines.forEach((line, i) => ctx.fillText(line, PAD, y + i * LINE));
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("canvas export failed"))), "image/png"));
}
