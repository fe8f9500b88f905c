// The lazily loaded part of the page: Monaco (editor API, its features such as hover and the marker
// widgets, Rust highlighting) and its editor worker. main.mjs imports this file with import() after the
// first paint, so the page shows (with a plain textarea) before Monaco's ~3 MB arrive.
import * as monaco from "monaco-editor/editor";
import "monaco-editor/features/register.all";
import "monaco-editor/languages/definitions/rust/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
