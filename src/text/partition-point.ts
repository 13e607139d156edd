/**
 * How many leading items satisfy `isBefore`, for items ordered so that it holds for a prefix and fails for the rest:
 * the one binary search behind every "first word after", "last span starting by" and lower bound of the code.
 * Ten lines, not a dependency: the registry's binary-search packages are unmaintained or take comparators only.
 */
export function partitionPoint<Item>(items: ArrayLike<Item>, isBefore: (item: Item) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(items[middle] as Item)) low = middle + 1;
    else high = middle;
  }
  return low;
}
