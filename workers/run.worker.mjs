// The run worker: runs ONE compiled WasmRust program and is then terminated by its owner (runner.mjs,
// which starts a fresh worker per run and enforces the time limit with worker.terminate()).
// Receives a RunRequest; posts StartedMessage, OutputMessage/FlushMessage while the program writes, then
// one ExitMessage or ErrorMessage (protocol.mjs). The logic lives in run-core.mjs (shared with the tests).
import { runRequest } from "./run-core.mjs";

let busy = false;
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "run") return;
  if (busy) {
    self.postMessage({ type: "error", phase: "instantiate", message: "this run worker already ran a program",
                       truncated: false, outputBytes: 0 });
    return;
  }
  busy = true;
  runRequest(msg, (m, transfer) => self.postMessage(m, transfer ?? []));
});
