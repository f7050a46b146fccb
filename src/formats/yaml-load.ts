/**
 * Loading one YAML document from untrusted rule files without hanging or crashing.
 *
 * js-yaml keeps aliases as shared references, so a "billion laughs" document loads quickly but
 * explodes in anything that walks it (JSON.stringify, a recursive copy, a message quoting it).
 * We measure the size the document would have with every alias expanded (a memoized walk over
 * the shared graph, linear in the distinct nodes) and refuse documents above a limit.
 * Deep nesting is cut by js-yaml itself (`maxDepth`, default 100: YAMLException); a RangeError
 * from a stack overflow is still caught in case a future version drops that limit.
 */
import yaml from 'js-yaml';

/** Expanded nodes a document may have; real rules have a few hundred at most. */
export const MAX_EXPANDED_NODES = 100_000;

/** An anchor (`&name`) where a node may start; `ATT&CK` or `a && b` inside text is none. */
const ANCHOR = /(?:^|[\s[{,])&[^\s&,[\]{}]/;

export type YamlLoad =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

interface YamlMark {
  line: number;
  column: number;
}

function isYamlError(error: unknown): error is Error & { reason?: string; mark?: YamlMark } {
  return error instanceof Error && error.name === 'YAMLException';
}

/**
 * Loads `text` (one YAML document) whose first line is line `firstLine` of its file.
 * Errors carry 1-based file positions.
 */
export function loadYamlDocument(text: string, firstLine = 1): YamlLoad {
  let value: unknown;
  try {
    value = yaml.load(text, { json: false });
  } catch (error) {
    if (isYamlError(error)) {
      const mark = error.mark;
      return {
        ok: false,
        line: (mark?.line ?? 0) + firstLine,
        column: (mark?.column ?? 0) + 1,
        message: `invalid YAML: ${error.reason ?? error.message}`,
      };
    }
    const message =
      error instanceof RangeError
        ? 'YAML is nested too deeply to load'
        : `YAML could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, line: firstLine, column: 1, message };
  }
  // Aliases need anchors; skipping the walk for documents without one keeps the common case free.
  if (ANCHOR.test(text) && expandedSize(value, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES) {
    const at = firstAliasLine(text);
    return {
      ok: false,
      line: at.line + firstLine - 1,
      column: at.column,
      message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?); refusing to load it`,
    };
  }
  return { ok: true, value };
}

/** Node count of `value` with aliases expanded, counting stops soon after `limit`. */
export function expandedSize(value: unknown, limit: number): number {
  const sizes = new Map<object, number>();
  const sizeOf = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // Provisional entry: a cyclic alias (`&a [*a]`) counts once instead of recursing forever.
    sizes.set(node, 1);
    let total = 1;
    const children = Array.isArray(node) ? node : node instanceof Date ? [] : Object.values(node);
    for (const child of children) {
      total += sizeOf(child);
      if (total > limit) break;
    }
    sizes.set(node, total);
    return total;
  };
  return sizeOf(value);
}

function firstAliasLine(text: string): { line: number; column: number } {
  const m = /(^|[\s[{,])\*[^\s,[\]{}]/m.exec(text);
  if (!m) return { line: 1, column: 1 };
  const offset = m.index + m[1]!.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const MAX_QUOTED = 60;

/**
 * How a loaded value reads in a message: `a number (42)`, `a map`, `a list`, `empty (null)`,
 * `a string ("Unknown")`. Never walks into the value, so aliases cannot blow it up.
 */
export function describeYamlValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty (null)';
  if (typeof value === 'string') {
    const shown = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
    return `a string (${JSON.stringify(shown)})`;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return `a number (${String(value)})`;
  if (typeof value === 'boolean') return `a boolean (${String(value)})`;
  if (value instanceof Date) return `a date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10)})`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a map';
}

/** A scalar as text (`title: 2024` still titles the rule); null for maps, lists and null. */
export function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return null;
}

export function isYamlMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** YAML text of a loaded value for query text; aliases are kept as anchors, never expanded. */
export function dumpYaml(value: unknown): string {
  try {
    return yaml.dump(value, { lineWidth: -1, noRefs: false, skipInvalid: true });
  } catch {
    return '';
  }
}
