/** Data-source hints as `Detection.dataSources` holds them: trimmed, lower case, unique, in order. */
export function dataSourceHints(hints: readonly string[]): string[] {
  return [...new Set(hints.map((h) => h.trim().toLowerCase()).filter((h) => h !== ''))];
}
