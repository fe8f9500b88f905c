// The handle table behind `wasm::ExternRef<T>` and `wasm::FuncRef` (docs/wasm_crate.md).
//
// A handle is (index, generation). Freed slots go on a free list and are reused, so a program that creates
// and drops handles forever keeps the table at its peak live size; each reuse bumps the slot's
// generation, so a stale handle (one whose slot was freed, maybe reused) is detected and reported, never
// confused with the newer value. Slot 0 is JS `null`, permanently (generation 0).
//
//   const t = new HandleTable();
//   const i = t.insert(obj);  t.get(i, t.gen(i)) === obj;  t.free(i, t.gen(i));

export class WasmRustHandleError extends Error {}

const FREE = Symbol("free slot");

export class HandleTable {
  constructor() {
    this.values = [null];
    this.gens = [0];
    this.freeList = [];
    this.live = 0;
  }
  /** A new slot holding `value`; returns its index (its generation is `gens[index]`).
   * @param {unknown} value @returns {number} */
  insert(value) {
    let i;
    if (this.freeList.length) i = this.freeList.pop();
    else {
      i = this.values.length;
      this.values.push(FREE);
      this.gens.push(0);
    }
    this.values[i] = value;
    this.live++;
    return i;
  }
  /** @param {number} i @returns {number} the slot's generation */
  gen(i) {
    return this.gens[i];
  }
  check(i, g, what) {
    if (i >= this.values.length || this.gens[i] !== g || this.values[i] === FREE)
      throw new WasmRustHandleError(
        `stale ${what ?? "ExternRef"} handle (slot ${i}, generation ${g}): its value was already released` +
          (i < this.gens.length ? ` (the slot is at generation ${this.gens[i]})` : ""));
  }
  /** The value of handle (i, g); throws WasmRustHandleError for a stale one.
   * @param {number} i @param {number} g @returns {unknown} */
  get(i, g) {
    if (i === 0 && g === 0) return null;
    this.check(i, g);
    return this.values[i];
  }
  /** Frees the slot of handle (i, g); returns the value it held.
   * @param {number} i @param {number} g @returns {unknown} */
  free(i, g) {
    if (i === 0 && g === 0) return null;
    this.check(i, g);
    const v = this.values[i];
    this.values[i] = FREE;
    this.gens[i] = (this.gens[i] + 1) >>> 0;
    this.freeList.push(i);
    this.live--;
    return v;
  }
  // Slots allocated so far (live or free), not counting null's.
  get capacity() {
    return this.values.length - 1;
  }
}
