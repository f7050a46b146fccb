/**
 * `lofp-lint-disable` comments: a rule file silences checks for its rule with
 * `# lofp-lint-disable missing-catalog-entry, vague-false-positive` (YAML/TOML) or
 * `// lofp-lint-disable ...` (YARA-L). Without ids, every check is disabled (`*`).
 */
const DIRECTIVE = /(?:#|\/\/)\s*lofp-lint-disable\b([^\n\r]*)/g;

export const ALL_CHECKS = '*';

/** The check ids disabled by comments in `text` (a file, or one document of it). */
export function disabledChecks(text: string): string[] {
  if (!text.includes('lofp-lint-disable')) return [];
  const ids = new Set<string>();
  for (const m of text.matchAll(DIRECTIVE)) {
    const rest = m[1]!.replace(/\s+--.*$/, '').trim();
    const listed = rest.split(/[\s,]+/).filter((s) => /^[a-z][a-z0-9-]*$/.test(s));
    if (listed.length === 0) ids.add(ALL_CHECKS);
    for (const id of listed) ids.add(id);
  }
  return [...ids];
}

export function isDisabled(disabled: readonly string[], check: string): boolean {
  return disabled.includes(check) || disabled.includes(ALL_CHECKS);
}
