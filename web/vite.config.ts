// Builds the explorer into ../api/static, the Python package's data: `pip install` users
// and CI get the page without npm. Hashed file names under assets/ are cached for good by
// the API; index.html is not cached, so a rebuilt bundle is picked up on the next load.
import { defineConfig, type Plugin } from "vite";

/** The page's stylesheet goes into index.html as a <style> element instead of a linked file: a linked
 *  stylesheet holds the first paint back for one more round trip (bench/explorer_paint.py, figures in
 *  bench/NOTES.md); inline, the loading line is painted with the HTML alone. The CSP already allows
 *  inline styles (cytoscape sets them). */
function inlineStylesheet(): Plugin {
  return {
    name: "pledgegraph-inline-stylesheet",
    enforce: "post",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        let page = html;
        for (const [name, chunk] of Object.entries(bundle)) {
          if (chunk.type !== "asset" || !name.endsWith(".css")) continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`);
          if (!link.test(page)) continue;
          const css = String(chunk.source).replaceAll("</style", "<\\/style");
          page = page.replace(link, () => `<style>${css}</style>`);
          delete bundle[name];
        }
        return page;
      },
    },
  };
}

/** The explorer proper (src/main.ts) is imported by the entry (src/boot.ts) only after the first frame, so that
 *  the loading line is painted before any of its script is evaluated; a modulepreload link lets its file be
 *  fetched beside the HTML all the same, so the matrix is not asked for a round trip later. */
function preloadExplorer(): Plugin {
  return {
    name: "pledgegraph-preload-explorer",
    enforce: "post",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const explorer = Object.values(ctx.bundle ?? {}).find(
          (chunk) => chunk.type === "chunk" && chunk.isDynamicEntry && chunk.moduleIds.some((id) => id.endsWith("/src/main.ts")));
        if (!explorer) throw new Error("the explorer's chunk (src/main.ts, imported by src/boot.ts) is not in the bundle");
        return html.replace("</head>", `<link rel="modulepreload" crossorigin href="/${explorer.fileName}">\n</head>`);
      },
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [inlineStylesheet(), preloadExplorer()],
  build: {
    outDir: "../api/static",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2020",
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // One stylesheet, the page's (linked from index.html, inlined above): no chunk lists it among the files
    // a dynamic import must fetch first, since there is no such file once it is inlined.
    cssCodeSplit: false,
  },
});
