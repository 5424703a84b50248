/** Binary search over sorted offsets, shared by the component analysis and the phrase rules. */

/** Index of the first of `sorted` (ascending) that is at least `at`: how many are below it. */
export function lowerBound(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
