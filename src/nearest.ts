/**
 * "Did you mean": the known name closest to a mistyped one, by edit distance.
 */

/** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `given`, or undefined when none is close enough to be a typo: at most
 * a third of the longer name may differ (at least 2 edits allowed), or `given` is a prefix of it.
 */
export function nearest(given: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = candidate.startsWith(given) && given.length >= 3 ? 1 : distance(given, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = best === undefined ? 0 : Math.max(2, Math.floor(Math.max(given.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** `did you mean x? ` for a message, or nothing when no known name is close. */
export function didYouMean(given: string, known: readonly string[]): string {
  const near = nearest(given, known);
  return near ? `did you mean ${near}? ` : '';
}
