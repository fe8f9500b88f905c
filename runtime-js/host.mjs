// The WasmRust host: the imports a compiled program needs (module "wr"), independent of node or the
// browser. `write` receives bytes; exit and stack overflow end the program by throwing ExitSignal, which
// the runner catches.
//
//   const host = createHost({ write(fd, bytes) {...} });
//   const { instance } = await WebAssembly.instantiate(bytes, host.imports);
//   host.bind(instance);  const code = host.runStart();

export class ExitSignal extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

export const STACK_OVERFLOW_MESSAGE =
  "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n";

export function createHost({ write }) {
  let memory = null;
  const encoder = new TextEncoder();
  const host = {
    imports: {
      wr: {
        write(fd, ptr, len) {
          if (len > 0) write(fd, new Uint8Array(memory.buffer, ptr, len).slice());
        },
        exit(code) {
          throw new ExitSignal(code);
        },
        stack_overflow() {
          write(2, encoder.encode(STACK_OVERFLOW_MESSAGE));
          throw new ExitSignal(134);
        },
      },
    },
    bind(instance) {
      memory = instance.exports.memory;
      host.instance = instance;
    },
    // Runs `_start`; returns the exit code (0, 101 for a panic, 134 for a stack overflow).
    runStart() {
      return host.runExport("_start");
    },
    // Runs an exported entry point (`_start`, or a test build's `__wr_test_N`); returns the exit code.
    runExport(name) {
      try {
        host.instance.exports[name]();
        return 0;
      } catch (e) {
        if (e instanceof ExitSignal) return e.code;
        if (e instanceof RangeError && /call stack/i.test(e.message)) {
          write(2, encoder.encode(STACK_OVERFLOW_MESSAGE));
          return 134;
        }
        throw e;
      }
    },
  };
  return host;
}
