/**
 * Loading YAML from untrusted rule files without hanging or crashing: the one loader of the
 * YAML formats. Parse errors carry the parser's own reason at its 1-based file line and column.
 * Plain block YAML (most rules) is read by `fastLoad` (yaml-fast.ts), which gives what js-yaml
 * gives; every other document, and so every error, is js-yaml's.
 *
 * js-yaml keeps aliases as shared references, so a "billion laughs" document loads quickly but
 * explodes in anything that walks it (JSON.stringify, a recursive copy, a message quoting it).
 * We measure the size the document would have with every alias expanded (a memoized walk over
 * the shared graph, linear in the distinct nodes) and refuse documents above a limit.
 * Deep nesting is cut by js-yaml itself (`maxDepth`, default 100: YAMLException); a RangeError
 * from a stack overflow is still caught in case a future version drops that limit.
 *
 * Both entry points share the parser call, its error positions and wording (`invalid YAML:
 * <reason>`) and the alias-bomb refusal:
 * - `loadYamlDocument` / `loadDocuments` (Sigma, Splunk): one document of a stream at a time.
 * - `loadYamlMapping` (Sentinel, Panther): the whole file as one mapping, errors kept on a line
 *   of the file at the end of the stream.
 */
import yaml from 'js-yaml';
import type { LineSpan, ParseProblem } from '../detection.js';
import { LineIndex, splitLines, type SourceFile } from '../source.js';
import type { DocumentSpan, YamlLines } from './yaml-lines.js';
import { closingQuote } from './yaml-scalar.js';
import { fastLoad } from './yaml-fast.js';
import { isYamlMap, type YamlMap } from './yaml-value.js';

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

type Parsed = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string; fromParser: boolean };

/** `text` parsed by js-yaml; a failure at 1-based file positions (`text` starts on `firstLine`). */
function parse(text: string, firstLine: number): Parsed {
  try {
    return { ok: true, value: yaml.load(text, { json: false }) };
  } catch (error) {
    if (isYamlError(error)) {
      const reason = error.reason ?? error.message;
      const mark = error.mark;
      // "expected a single document" comes without a mark: point at the second document.
      const line = mark ? mark.line + firstLine : (secondDocumentLine(text, reason) ?? 1) + firstLine - 1;
      return { ok: false, line, column: (mark?.column ?? 0) + 1, reason, fromParser: true };
    }
    const reason =
      error instanceof RangeError
        ? 'YAML is nested too deeply to load'
        : `YAML could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, line: firstLine, column: 1, reason, fromParser: false };
  }
}

function secondDocumentLine(text: string, reason: string): number | null {
  if (!/single document/.test(reason)) return null;
  const second = /^(?:---|\.\.\.)\s*$/m.exec(text.replace(/^\s*---\s*\n/, (m) => ' '.repeat(m.length)));
  return second ? new LineIndex(text).lineOf(second.index) : null;
}

/**
 * Loads `text` (one YAML document) whose first line is line `firstLine` of its file, refusing
 * alias bombs. Errors carry 1-based file positions.
 */
export function loadYamlDocument(text: string, firstLine = 1): YamlLoad {
  const parsed = parse(text, firstLine);
  if (!parsed.ok) return { ok: false, line: parsed.line, column: parsed.column, message: failureMessage(parsed) };
  return aliasBomb(text, parsed.value, firstLine) ?? { ok: true, value: parsed.value };
}

function failureMessage(failure: Extract<Parsed, { ok: false }>): string {
  return failure.fromParser ? `invalid YAML: ${failure.reason}` : failure.reason;
}

/** A refusal when `value` (loaded from `text`, starting on `firstLine`) expands beyond the limit. */
function aliasBomb(text: string, value: unknown, firstLine: number): Extract<YamlLoad, { ok: false }> | null {
  // Aliases need anchors; skipping the walk for documents without one keeps the common case free,
  // and most documents have no `&` at all (the pattern's search tried each of their characters).
  if (!text.includes('&') || !ANCHOR.test(text) || expandedSize(value, MAX_EXPANDED_NODES) <= MAX_EXPANDED_NODES) return null;
  const at = firstAlias(text);
  return {
    ok: false,
    line: at.line + firstLine - 1,
    column: at.column,
    message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?); refusing to load it`,
  };
}

/** A document of a file, loaded on its own. */
export interface LoadedDocument {
  span: DocumentSpan;
  /** The document's text (the whole file's when it is the only one). */
  text: string;
  load: YamlLoad;
}

/**
 * Every document of the file, each loaded on its own so that a broken one costs only itself.
 * A file with one document is loaded whole, comments before its `---` included.
 */
export function loadDocuments(text: string, scan: YamlLines): LoadedDocument[] {
  const docs = scan.documents();
  if (docs.length === 1) return [{ span: docs[0]!, text, load: loadDocument(text, scan.lines, 1, scan, docs[0]!) }];
  return docs.map((span) => {
    const lines = scan.lines.slice(span.line - 1, span.endLine);
    const part = lines.join('\n');
    return { span, text: part, load: loadDocument(part, lines, span.line, scan, span) };
  });
}

/**
 * One document (`text`, split into `lines`): plain block YAML is read by `fastLoad`, which gives
 * what js-yaml gives; anything else (a carriage return included: fastLoad refuses control
 * characters) by js-yaml.
 */
function loadDocument(text: string, lines: readonly string[], firstLine: number, scan: YamlLines, span: DocumentSpan): YamlLoad {
  const value = fastLoad(text, lines);
  if (value !== undefined) return aliasBomb(text, value, firstLine) ?? { ok: true, value };
  return loadWithStandIns(text, firstLine, scan, span);
}

// ---------------------------------------------------------------------------------------------
// Long one-line values. js-yaml reads a scalar a character at a time, and a rule's longest
// values (a description, a search) are most of a document's characters. A top-level value that
// js-yaml must read as its own text (see `writtenValue`) is given to it as a short stand-in and
// put back afterwards. Should js-yaml fail, or not read a stand-in as that key's value, the
// document is loaded as written: errors and their positions are always the text's own.

/** Values shorter than this are read by js-yaml itself: a stand-in would save little. */
const LONG_VALUE = 100;
const STAND_IN = 'lofpLintStandIn';
/** Characters after which js-yaml may not read a value as written: controls (tab, CR), non-printables, surrogates, BOM. */
const UNUSUAL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]/;
const PLAIN_START = /^[A-Za-z]/;

interface StandIn {
  key: string;
  /** Offsets of the written value in the document's text. */
  start: number;
  end: number;
  value: string;
}

/**
 * The string js-yaml reads from `raw`, the rest of a `key: raw` line, when it surely reads it
 * whole and without error; else null. A plain scalar that starts with a letter is a string (no
 * null, boolean, number or timestamp does) unless `: ` or ` #` ends it early; a single-quoted
 * one that closes at the line end is its text with `''` read as `'`.
 */
function writtenValue(raw: string): string | null {
  if (raw.length < LONG_VALUE || UNUSUAL_CHARACTER.test(raw)) return null;
  if (PLAIN_START.test(raw)) {
    if (raw.includes(': ') || raw.includes(' #') || raw.endsWith(':') || raw.endsWith(' ')) return null;
    return raw;
  }
  if (raw[0] === "'" && closingQuote(raw, 1, "'") === raw.length - 1) return raw.slice(1, -1).replace(/''/g, "'");
  return null;
}

/** The long top-level one-line values of `span`; `text` holds it and starts at file line `firstLine`. */
function standIns(text: string, firstLine: number, scan: YamlLines, span: DocumentSpan): StandIn[] {
  const found: StandIn[] = [];
  let offset = 0;
  let line = firstLine;
  for (let l = span.line; l <= span.endLine; l++) {
    const info = scan.info[l - 1]!;
    if (info.kind !== 'node' || info.keyColumn !== 0 || info.dash || info.valueColumn === -1) continue;
    const written = scan.lines[l - 1]!;
    if (written.length - info.valueColumn < LONG_VALUE || info.key === '<<' || info.key === '__proto__') continue;
    const value = writtenValue(written.slice(info.valueColumn));
    if (value === null) continue;
    for (; line < l; line++) offset = text.indexOf('\n', offset) + 1;
    found.push({ key: info.key!, start: offset + info.valueColumn, end: offset + written.length, value });
  }
  return found;
}

/** `loadYamlDocument(text, firstLine)` of the document `span`, with long values read through stand-ins where that is safe. */
function loadWithStandIns(text: string, firstLine: number, scan: YamlLines, span: DocumentSpan): YamlLoad {
  const values = standIns(text, firstLine, scan, span);
  if (values.length > 0) {
    const parts: string[] = [];
    let from = 0;
    for (const v of values) {
      parts.push(text.slice(from, v.start), STAND_IN);
      from = v.end;
    }
    parts.push(text.slice(from));
    const loaded = loadYamlDocument(parts.join(''), firstLine);
    if (loaded.ok && isYamlMap(loaded.value)) {
      const map = loaded.value;
      if (values.every((v) => Object.hasOwn(map, v.key) && map[v.key] === STAND_IN) && new Set(values.map((v) => v.key)).size === values.length) {
        for (const v of values) map[v.key] = v.value;
        return loaded;
      }
    }
  }
  return loadYamlDocument(text, firstLine);
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

/** Where the first alias (`*name`) of `text` is, 1-based. */
function firstAlias(text: string): { line: number; column: number } {
  const m = /(^|[\s[{,])\*[^\s,[\]{}]/m.exec(text);
  return m ? new LineIndex(text).position(m.index + m[1]!.length) : { line: 1, column: 1 };
}

export interface LoadedMapping {
  doc: YamlMap | null;
  problems: ParseProblem[];
}

/**
 * The file's single YAML document as a mapping (Sentinel, Panther). Broken YAML, an alias bomb,
 * several documents or a top level that is no mapping become a problem; an empty file is neither
 * a rule nor a problem.
 *
 * `blank` lists the spans of top-level fields never read (Panther `Tests`: 80% of the corpus'
 * bytes); their lines are blanked before parsing, keeping line numbers. Should that go wrong (a
 * column-0 line in a skipped field taken for a key), the whole text is parsed instead, so no
 * problem is reported that the file does not have.
 */
export function loadYamlMapping(file: SourceFile, blank: readonly LineSpan[] = []): LoadedMapping {
  const text = withoutLines(file.text, blank);
  // Plain block YAML is read by `fastLoad`, which gives what js-yaml gives (always a mapping).
  const fast = fastLoad(text, splitLines(text));
  const parsed: Parsed = fast !== undefined ? { ok: true, value: fast } : parse(text, 1);
  if (!parsed.ok) {
    if (text !== file.text) return loadYamlMapping(file);
    return { doc: null, problems: [mappingProblem(file, parsed)] };
  }
  const bomb = aliasBomb(text, parsed.value, 1);
  if (bomb) return { doc: null, problems: [{ path: file.path, line: bomb.line, column: bomb.column, message: bomb.message }] };
  const doc = parsed.value;
  if (doc === undefined || doc === null) return { doc: null, problems: [] };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    const found = Array.isArray(doc) ? 'a list' : `a ${typeof doc} (${JSON.stringify(String(doc).slice(0, 40))})`;
    return {
      doc: null,
      problems: [{ path: file.path, line: 1, column: 1, message: `The file's top level is ${found}; expected a mapping of rule fields` }],
    };
  }
  return { doc: doc as YamlMap, problems: [] };
}

function mappingProblem(file: SourceFile, failure: Extract<Parsed, { ok: false }>): ParseProblem {
  // At the end of the stream the mark points past the last line; keep it on a real line.
  const lastLine = splitLines(file.text).length;
  const line = Math.min(failure.line, lastLine);
  const column = failure.line > lastLine ? 1 : failure.column;
  return { path: file.path, line, column, message: failureMessage(failure) };
}

/** `text` with the lines of `spans` replaced by empty lines. */
function withoutLines(text: string, spans: readonly LineSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.line - b.line);
  const index = new LineIndex(text);
  const parts: string[] = [];
  let from = 0;
  for (const span of sorted) {
    const start = index.lineStart(span.line);
    const end = span.endLine < index.lineCount ? index.lineStart(span.endLine + 1) : text.length;
    parts.push(text.slice(from, start), '\n'.repeat(span.endLine - span.line + 1));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
