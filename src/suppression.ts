/**
 * `lofp-lint-disable` comments. A rule file silences checks for its rule with
 * `# lofp-lint-disable missing-catalog-entry, vague-false-positive` (YAML/TOML) or
 * `// lofp-lint-disable ...` (YARA-L), and for the findings on the next line only with
 * `# lofp-lint-disable-next-line <ids>`. Without ids, every check is disabled (`*`).
 * Text after ` -- ` is a reason, not an id.
 */
import { didYouMean } from './nearest.js';
import type { DirectiveWarning } from './result.js';

const DIRECTIVE = /(?:#|\/\/)\s*lofp-lint-disable(-next-line)?(?![\w-])([^\n\r]*)/g;

export const ALL_CHECKS = '*';

export interface Directive {
  /** 1-based line of the comment. */
  line: number;
  /** `-next-line`: silences findings on `line + 1` only; otherwise the whole rule. */
  nextLine: boolean;
  /** Check ids as written, or `[ALL_CHECKS]`. */
  checks: string[];
}

function idsOf(rest: string): string[] {
  const listed = rest
    .replace(/\s+--.*$/, '')
    .trim()
    .split(/[\s,]+/)
    .filter((s) => s !== '');
  return listed.length ? listed : [ALL_CHECKS];
}

/** Every directive of `text`, in order. */
export function directives(text: string): Directive[] {
  if (!text.includes('lofp-lint-disable')) return [];
  const found: Directive[] = [];
  let line = 1;
  let scanned = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    // Count the newlines between the previous directive and this one.
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    scanned = m.index;
    found.push({ line, nextLine: m[1] !== undefined, checks: idsOf(m[2]!) });
  }
  return found;
}

/** The check ids disabled for the whole rule by comments in `text` (a file, or one document of it). */
export function disabledChecks(text: string): string[] {
  return [...new Set(directives(text).filter((d) => !d.nextLine).flatMap((d) => d.checks))];
}

export function isDisabled(disabled: readonly string[], check: string): boolean {
  return disabled.includes(check) || disabled.includes(ALL_CHECKS);
}

/** A `-next-line` directive of `all` on the line above `line` silences `check`. */
export function isDisabledOnLine(all: readonly Directive[], check: string, line: number): boolean {
  return all.some((d) => d.nextLine && d.line + 1 === line && isDisabled(d.checks, check));
}

/** Directives naming a check that does not exist silence nothing: one warning per unknown id. */
export function unknownDirectiveChecks(file: string, all: readonly Directive[], known: readonly string[]): DirectiveWarning[] {
  return all.flatMap((d) =>
    d.checks
      .filter((id) => id !== ALL_CHECKS && !known.includes(id))
      .map((id) => ({
        path: file,
        line: d.line,
        message: `unknown check '${id}' in a lofp-lint-disable${d.nextLine ? '-next-line' : ''} comment silences nothing (${didYouMean(id, known)}known: ${known.join(', ')})`,
      })),
  );
}
