// Builds the explorer into ../api/static, the Python package's data: `pip install` users
// and CI get the page without npm. Hashed file names under assets/ are cached for good by
// the API; index.html is not cached, so a rebuilt bundle is picked up on the next load.
import { defineConfig } from "vite";

export default defineConfig({
  base: "/",
  build: {
    outDir: "../api/static",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2020",
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
});
