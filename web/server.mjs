// Serves the built playground (web/dist/, made by `npx vite build --config playground/vite.config.mjs`)
// on 127.0.0.1 with the headers that make the page crossOriginIsolated (SharedArrayBuffer for lossless
// run output): COOP same-origin + COEP require-corp. No framework; static files only.
//   node web/server.mjs [--port 8080] [--root web/dist]       prints the URL
//   import { startServer } from "./web/server.mjs"; const { url, close } = await startServer({ port: 0 });
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const DEFAULT_ROOT = fileURLToPath(new URL("./dist/", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json", ".ttf": "font/ttf", ".woff2": "font/woff2",
  ".svg": "image/svg+xml", ".png": "image/png", ".rs": "text/plain; charset=utf-8", ".txt": "text/plain; charset=utf-8",
};
const SECURITY = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
};

export async function startServer({ root = DEFAULT_ROOT, host = "127.0.0.1", port = 8080, quiet = true } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const send = (code, body, type = "text/plain; charset=utf-8") => {
      res.writeHead(code, { ...SECURITY, "Content-Type": type });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "bad request");
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(403, "forbidden");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        ...SECURITY,
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : body);
      if (!quiet) console.log(`${req.method} ${path} 200`);
    } catch {
      send(404, "not found");
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const url = `http://${host}:${server.address().port}/`;
  return { url, server, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const root = resolve(arg("--root", DEFAULT_ROOT));
  try {
    await stat(join(root, "index.html"));
  } catch {
    console.error(`server: ${root}/index.html is missing: build the playground first (scripts/serve.sh does)`);
    process.exit(1);
  }
  const { url } = await startServer({ root, port: Number(arg("--port", process.env.PORT ?? 8080)) });
  console.log(`WasmRust playground: ${url}  (Ctrl+C to stop)`);
}
