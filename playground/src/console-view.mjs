// The console pane: stdout and stderr (styled differently) appended in batches, once per animation
// frame, so a program that floods its output cannot freeze the page. The runner already caps the
// output at 1 MiB (outputLimitBytes); the view also caps what it keeps (maxChars) as a second guard.
export function createConsoleView(pre, { maxChars = 1.5 * (1 << 20) } = {}) {
  let pending = [];            // [{fd, text}] not yet in the DOM
  let scheduled = false;
  let shown = 0;
  let capped = false;
  let last = null;             // {fd, node: Text} of the last span, to extend instead of adding spans

  function flush() {
    scheduled = false;
    if (!pending.length) return;
    const stick = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4;
    const frag = document.createDocumentFragment();
    for (const { fd, text } of pending) {
      if (capped) break;
      let t = text;
      if (shown + t.length > maxChars) { t = t.slice(0, maxChars - shown); capped = true; }
      shown += t.length;
      if (last && last.fd === fd && last.node.isConnected) {
        last.node.appendData(t);
      } else {
        const span = document.createElement("span");
        span.className = fd === 2 ? "stderr" : fd === 1 ? "stdout" : "meta";
        const node = document.createTextNode(t);
        span.append(node);
        frag.append(span);
        last = { fd, node };
      }
    }
    pending = [];
    pre.append(frag);
    if (stick) pre.scrollTop = pre.scrollHeight;
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(flush);
  }

  return {
    /** fd 1 = stdout, 2 = stderr, 0 = a note from the playground. */
    write(fd, text) {
      if (!text) return;
      pending.push({ fd, text });
      schedule();
    },
    clear() {
      pending = [];
      shown = 0;
      capped = false;
      last = null;
      pre.textContent = "";
    },
    /** Renders whatever is pending now (e.g. before reporting the exit). */
    flush,
  };
}
