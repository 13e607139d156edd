/** Default longest stretch of synchronous work between two yields to the event loop. */
const SLICE_MS = 8;

/**
 * Cuts long work on the main thread into short slices: `pause()` yields to the event loop (a macrotask, so
 * timers, I/O and Discord's interactions run) once the current slice has lasted `sliceMs`, and costs nothing before.
 */
export class SliceClock {
  readonly #sliceMs: number;
  #since = performance.now();

  constructor(sliceMs = SLICE_MS) {
    this.#sliceMs = sliceMs;
  }

  /** A clock that never yields, for work that nothing waits behind (a first start, a worker thread). */
  static unsliced(): SliceClock {
    return new SliceClock(Number.POSITIVE_INFINITY);
  }

  /** Yields now, whatever the current slice has lasted, and starts a new one. */
  async yieldNow(): Promise<void> {
    // Twice: an immediate set while I/O is handled (a file read or a worker's message just finished) runs in the
    // same turn of the loop, before timers and other I/O; the second runs only after they have had theirs.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#since = performance.now();
  }

  async pause(): Promise<void> {
    if (performance.now() - this.#since < this.#sliceMs) return;
    await this.yieldNow();
  }
}
