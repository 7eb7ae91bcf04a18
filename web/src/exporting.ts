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
}

const FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const BOLD = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const PAD = 8, ROW = 28, MAX_COL = 340;

function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A table drawn on a canvas at twice the pixel density, as a PNG blob. */
export function tablePng(table: PngTable): Promise<Blob> {
  const scale = 2;
  const probe = document.createElement("canvas").getContext("2d")!;
  const widths = table.headers.map((header, i) => {
    probe.font = BOLD;
    let w = probe.measureText(header).width;
    probe.font = FONT;
    for (const row of table.rows) w = Math.max(w, probe.measureText(row[i] ?? "").width);
    return Math.min(MAX_COL, Math.ceil(w) + 2 * PAD);
  });
  const width = widths.reduce((a, b) => a + b, 0);
  const height = ROW * (table.rows.length + 2) + PAD;
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext("2d")!;
  ctx.scale(scale, scale);
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = "middle";
  ctx.fillStyle = "#111";
  ctx.font = BOLD;
  ctx.fillText(fit(ctx, table.title, width - 2 * PAD), PAD, ROW / 2);
  const drawRow = (cells: string[], y: number, bold: boolean, fills?: (string | null)[]) => {
    let x = 0;
    cells.forEach((text, i) => {
      const fill = fills?.[i];
      ctx.fillStyle = bold ? "#eef0f3" : fill ?? "#fff";
      ctx.fillRect(x, y, widths[i], ROW);
      ctx.strokeStyle = "#c9ced6";
      ctx.strokeRect(x + 0.5, y + 0.5, widths[i], ROW);
      ctx.fillStyle = "#111";
      ctx.font = bold || i === 0 ? BOLD : FONT;
      ctx.fillText(fit(ctx, text, widths[i] - 2 * PAD), x + PAD, y + ROW / 2);
      x += widths[i];
    });
  };
  drawRow(table.headers, ROW, true);
  table.rows.forEach((row, r) => drawRow(row, ROW * (r + 2), false, table.fills?.[r]));
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("canvas export failed"))), "image/png"));
}
