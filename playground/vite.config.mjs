// Vite config of the playground: root is playground/, the production build goes to web/dist/ (served by
// web/server.mjs with COOP/COEP). The workers (workers/*.worker.mjs) are bundled as ES-module workers.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const isolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("../web/dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: "es" },
  server: { headers: isolation, fs: { allow: [repo] } },
  preview: { headers: isolation },
});
