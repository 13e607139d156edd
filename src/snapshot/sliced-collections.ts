import type { SliceClock } from './slice-clock.js';

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
