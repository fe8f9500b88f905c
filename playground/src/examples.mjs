// The examples menu: playground/examples/*.rs (runnable; also checked by scripts/build-wasm.sh) and
// playground/error-examples/*.rs (programs that do not compile), bundled as text.
const runnable = import.meta.glob("../examples/*.rs", { query: "?raw", import: "default", eager: true });
const failing = import.meta.glob("../error-examples/*.rs", { query: "?raw", import: "default", eager: true });

const TITLES = {
  hello: "Hello, world",
  fibonacci: "Fibonacci (loops, recursion)",
  shapes: "Structs, enums and match",
  panic: "A panic (integer overflow)",
  testing: "Unit tests (press Test)",
  type_error: "A compile error (mismatched types)",
};
const ORDER = ["hello", "fibonacci", "shapes", "testing", "panic", "type_error"];

const stem = (path) => path.split("/").pop().replace(/\.rs$/, "");

/** [{id, title, source}] in menu order. */
export const EXAMPLES = Object.entries({ ...runnable, ...failing })
  .map(([path, source]) => ({ id: stem(path), title: TITLES[stem(path)] ?? stem(path), source }))
  .sort((a, b) => (ORDER.indexOf(a.id) + 1 || 99) - (ORDER.indexOf(b.id) + 1 || 99) || a.id.localeCompare(b.id));
