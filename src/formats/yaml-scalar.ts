/**
 * How a YAML scalar is spelled: where a quoted one ends, whether a text may stay plain, and how
 * to quote and fold a text so that every YAML reader gets the same string back.
 */
import yaml from 'js-yaml';

export type QuoteStyle = 'plain' | 'single' | 'double';

/**
 * Index of the quote that closes a scalar opened by `quote`, searching `line` from `from`
 * (just after the opening quote); -1 when the scalar goes on past the line. A single-quoted
 * scalar escapes its quote by doubling it, a double-quoted one with a backslash.
 */
export function closingQuote(line: string, from: number, quote: "'" | '"'): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

const YAML_WORDS = /^(?:~|null|true|false|yes|no|on|off|y|n|=|<<)$/i;
const YAML_NUMBER = /^[-+]?(?:\.?\d|0x|0o|\.inf|\.nan)/i;
const LEADING_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const STARTS_WITH_LETTER = /^[A-Za-z]/;
/** Characters js-yaml refuses as non-printable that the control-character test lets through (and all surrogates). */
const YAML_NON_PRINTABLE_REST = /[\u0080-\u0084\u0086-\u009f\ufffe\uffff\ud800-\udfff]/;

/**
 * True when `text` can be written as a plain scalar (`- text`, `key: text`) and reads back as
 * the same string in YAML 1.1 and 1.2 parsers (so `yes`, `No`, `1.0`, `2024-01-01` are not).
 */
export function isPlainSafe(text: string): boolean {
  if (text === '' || text !== text.trim()) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text)) return false;
  if (LEADING_INDICATOR.test(text) || YAML_WORDS.test(text) || YAML_NUMBER.test(text)) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  // Past those tests, a text that starts with a letter cannot be a null, boolean, number or
  // timestamp (they start with a digit, sign, dot or `~`, or are words tested above) and is read
  // as written, unless it holds a character js-yaml refuses: only then is asking it worth a parse.
  if (STARTS_WITH_LETTER.test(text) && !YAML_NON_PRINTABLE_REST.test(text)) return true;
  try {
    const back = yaml.load(`k: ${text}`) as { k?: unknown } | null;
    return back !== null && typeof back === 'object' && back.k === text;
  } catch {
    return false;
  }
}

/**
 * `text` spelled as a YAML scalar in the preferred style, falling back to a style that can
 * hold it: plain -> single-quoted -> double-quoted (the only one for newlines and control chars).
 */
export function quoteScalar(text: string, style: QuoteStyle = 'plain'): string {
  if (style === 'plain' && isPlainSafe(text)) return text;
  // eslint-disable-next-line no-control-regex
  const singleOk = !/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text);
  if (style !== 'double' && singleOk) return `'${text.replace(/'/g, "''")}'`;
  // A JSON string is a valid YAML double-quoted scalar; YAML 1.1 readers also break lines at
  // NEL/LS/PS, and a raw BOM or DEL is not printable, so those are escaped too.
  return JSON.stringify(text).replace(/[\u007f\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The quoting style of a scalar as written (`'a'`, `"a"`, `a`). */
export function quoteStyleOf(raw: string): QuoteStyle {
  if (raw.startsWith("'")) return 'single';
  if (raw.startsWith('"')) return 'double';
  return 'plain';
}

/**
 * Splits a one-line scalar (already quoted as needed, no line breaks) over several lines the way
 * YAML dumpers (PyYAML, width 80) fold: a line breaks at the first single space after it has
 * exceeded `width`, and continuation lines start with `indent` (at least one space). Breaking
 * only at single spaces between two words keeps the value unchanged; a continuation line starts
 * with a letter, digit or `(` only, never with `#` (a comment) or another indicator. `prefix` is written before the first line (`key: `).
 * `width` 0 writes one line.
 */
const SAFE_LINE_START = /[\p{L}\p{N}(]/u;

export function foldScalar(prefix: string, scalar: string, width: number, indent: string): string[] {
  if (width <= 0) return [prefix + scalar];
  const segments: string[] = [];
  let start = 0;
  for (let i = 1; i < scalar.length - 1; i++) {
    if (scalar[i] === ' ' && scalar[i - 1] !== ' ' && SAFE_LINE_START.test(scalar[i + 1]!)) {
      segments.push(scalar.slice(start, i));
      start = i + 1;
    }
  }
  segments.push(scalar.slice(start));
  const out: string[] = [];
  let current = prefix + segments[0]!;
  for (const segment of segments.slice(1)) {
    if (current.length > width) {
      out.push(current);
      current = indent + segment;
    } else {
      current += ` ${segment}`;
    }
  }
  out.push(current);
  return out;
}
