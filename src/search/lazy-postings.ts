/** Consecutive postings of one term in a restored block: pairs `[fromPair, toPair)`, their postings from `position`. */
interface PostingsRun {
  readonly fieldIds: Int32Array;
  readonly counts: Int32Array;
  readonly shortIds: Int32Array;
  readonly frequencies: Int32Array;
  readonly fromPair: number;
  readonly toPair: number;
  readonly position: number;
}

/**
 * One term's postings (field id to sentence short id to frequency), as MiniSearch keeps them, made into maps only
 * when first read or changed. A restored index holds about two maps per term, most of them never read by a question:
 * made at every start, they cost about 1.5 s of CPU and 100 MB at 10,000 articles (measured against the old code).
 * Until then the postings stay in the snapshot's typed arrays. Every way MiniSearch and the ranking use
 * the table (get, set, delete, size, iteration) fills it first, so it behaves as the map it stands for.
 */
export class LazyFieldPostings extends Map<number, Map<number, number>> {
  #runs: PostingsRun[] | null = [];

  /** Adds a run of this term's pairs; runs are added in the order the pairs were stored. */
  addRun(run: PostingsRun): void {
    if (this.#runs === null) throw new Error('These postings were already made into maps.');
    this.#runs.push(run);
  }

  #fill(): void {
    const runs = this.#runs;
    if (runs === null) return;
    this.#runs = null;
    for (const { fieldIds, counts, shortIds, frequencies, fromPair, toPair, position: first } of runs) {
      let position = first;
      for (let pair = fromPair; pair < toPair; pair++) {
        const field = fieldIds[pair] as number;
        let frequencyOf = super.get(field);
        if (!frequencyOf) {
          frequencyOf = new Map();
          super.set(field, frequencyOf);
        }
        for (const end = position + (counts[pair] as number); position < end; position++)
          frequencyOf.set(shortIds[position] as number, frequencies[position] as number);
      }
    }
  }

  override get(field: number): Map<number, number> | undefined {
    this.#fill();
    return super.get(field);
  }

  override has(field: number): boolean {
    this.#fill();
    return super.has(field);
  }

  override set(field: number, postings: Map<number, number>): this {
    this.#fill();
    super.set(field, postings);
    return this;
  }

  override delete(field: number): boolean {
    this.#fill();
    return super.delete(field);
  }

  override clear(): void {
    this.#runs = null;
    super.clear();
  }

  override get size(): number {
    this.#fill();
    return super.size;
  }

  override forEach(
    callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void,
    thisArg?: unknown,
  ): void {
    this.#fill();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.#fill();
    return super.entries();
  }

  override keys(): MapIterator<number> {
    this.#fill();
    return super.keys();
  }

  override values(): MapIterator<Map<number, number>> {
    this.#fill();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}
