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

export default defineConfig({
  base: "/",
  plugins: [inlineStylesheet()],
  build: {
    outDir: "../api/static",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2020",
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
});
