import type { SliceClock } from './slice-clock.js';
import { CorpusValidationError } from './corpus-snapshot.js';
import { SHAPE_ERROR } from './segment-shapes.js';

/** How many items go between two looks at the clock while restored lists are turned into maps and objects. */
export const ITEMS_PER_SLICE = 500;

/** A map of `entries`, built with pauses for the event loop. */
export async function mapOf<Key, Value>(entries: readonly [Key, Value][], clock: SliceClock): Promise<Map<Key, Value>> {
  const map = new Map<Key, Value>();
  for (const [position, [key, value]] of entries.entries()) {
    map.set(key, value);
    if (position % ITEMS_PER_SLICE === 0) await clock.pause();
  }
  return map;
}

/** A set of `items`, built with pauses for the event loop. */
export async function setOf<Item>(items: readonly Item[], clock: SliceClock): Promise<Set<Item>> {
  const set = new Set<Item>();
  for (const [position, item] of items.entries()) {
    set.add(item);
    if (position % ITEMS_PER_SLICE === 0) await clock.pause();
  }
  return set;
}

/**
 * A map by short id of MiniSearch's table `entries`, whose keys are the ids in digits (as its plain form keeps them),
 * built with pauses for the event loop.
 * @throws CorpusValidationError when a key is not a short id.
 */
export async function shortIdMapOf<Value>(
  entries: readonly [string, Value][],
  clock: SliceClock,
): Promise<Map<number, Value>> {
  const map = new Map<number, Value>();
  for (const [position, [key, value]] of entries.entries()) {
    const shortId = Number(key);
    if (!Number.isSafeInteger(shortId) || String(shortId) !== key) throw new CorpusValidationError(SHAPE_ERROR);
    map.set(shortId, value);
    if (position % ITEMS_PER_SLICE === 0) await clock.pause();
  }
  return map;
}
