// Builds the explorer into ../api/static, the Python package's data: `pip install` users
// and CI get the page without npm. Hashed file names under assets/ are cached for good by
// the API; index.html is not cached, so a rebuilt bundle is picked up on the next load.
import { defineConfig, type Plugin } from "vite";

/** The page's frame and stylesheet (src/frame.ts) and the explorer proper (src/main.ts) are imported by the entry
 *  (src/boot.ts) only after the first frame, so that the loading line, the HTML's only content, is painted before
 *  any of their script is evaluated; modulepreload links let their files be fetched beside the HTML all the same,
 *  so the frame and the matrix are not asked for a round trip later. */
function preloadExplorer(): Plugin {
  return {
    name: "pledgegraph-preload-explorer",
    enforce: "post",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {});
        const links = ["/src/frame.ts", "/src/main.ts"].map((source) => {
          const chunk = chunks.find((c) => c.type === "chunk" && c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith(source)));
          if (!chunk) throw new Error(`the chunk of ${source} (imported by src/boot.ts) is not in the bundle`);
          return `<link rel="modulepreload" crossorigin href="/${chunk.fileName}">`;
        });
        return html.replace("</head>", `${links.join("\n")}\n</head>`);
      },
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [preloadExplorer()],
  build: {
    outDir: "../api/static",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2020",
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
});
