/**
 * Chronicle / Google SecOps YARA-L 2.0 (.yaral):
 * `rule <name> { meta: key = "value" ... events: ... match: ... outcome: ... condition: ... }`,
 * one or more rules per file, usually after a license comment.
 *
 * There is no parser library for YARA-L, so a small tokenizer skips comments, strings and regex
 * literals (which may hold braces), braces are balanced per rule, and the `meta:` section is read
 * as `key = "value"` entries with their exact positions.
 */
import { normalizeTechnique } from '../attack.js';
import type { Detection, FalsePositiveSection, ParseProblem, ParseResult, TechniqueTag } from '../detection.js';
import type { Fix } from '../fix/edits.js';
import { LineIndex, splitLines, type SourceFile } from '../source.js';
import { disabledChecks } from '../suppression.js';
import type { FalsePositiveInsertion, FormatModule } from './types.js';
import { isDeprecatedPath } from './deprecated-path.js';
import { guardedParse } from './parse-guard.js';

const FALSE_POSITIVE_KEYS: ReadonlySet<string> = new Set(['false_positives', 'falsepositives', 'false_positive']);
const NEW_FALSE_POSITIVE_KEY = 'false_positives';
const SECTION_NAMES: ReadonlySet<string> = new Set(['meta', 'events', 'match', 'outcome', 'condition', 'options']);
/** ATT&CK enterprise tactics, for the deprecated `mitre = "Collection, t1530"` convention. */
const TACTIC_NAMES: ReadonlySet<string> = new Set([
  'reconnaissance',
  'resource development',
  'initial access',
  'execution',
  'persistence',
  'privilege escalation',
  'defense evasion',
  'credential access',
  'discovery',
  'lateral movement',
  'collection',
  'command and control',
  'exfiltration',
  'impact',
]);
const META_DATA_SOURCES: Readonly<Record<string, string>> = {
  data_source: 'data_source',
  platform: 'platform',
  product: 'product',
  service: 'service',
};
const UDM_DATA_SOURCE = /\bmetadata\.(log_type|product_name|vendor_name)\s*=\s*"([^"\n]+)"/g;
const UDM_KINDS: Readonly<Record<string, string>> = { log_type: 'logtype', product_name: 'product', vendor_name: 'vendor' };
const SNIFF_RULE = /(?:^|\n)[ \t]*rule[ \t]+[A-Za-z_][A-Za-z0-9_]*\s*\{/;
const SNIFF_SECTION = /\b(?:meta|events)[ \t]*:/;
const SENTENCE_END = /[.!?…]["')\]]*$/;

// ---------------------------------------------------------------------------------------------
// Tokens.

type TokenKind = 'word' | 'string' | 'regex' | 'punct';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

interface Lexed {
  tokens: Token[];
  problems: { offset: number; message: string }[];
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x39) || // 0-9
    c === 0x5f || // _
    c === 0x24 || // $
    c === 0x23 || // #
    c === 0x40 || // @
    c === 0x25 || // %
    c === 0x2e // .
  );
}

/** A `/` starts a regex literal after an operator or an opening bracket, never after a value. */
function regexMayFollow(prev: Token | undefined, text: string): boolean {
  if (!prev) return true;
  if (prev.kind === 'punct') {
    const p = text[prev.start];
    return p === '=' || p === '(' || p === ',' || p === '[' || p === '{' || p === ':' || p === '!' || p === '<' || p === '>';
  }
  if (prev.kind === 'word') {
    const w = text.slice(prev.start, prev.end).toLowerCase();
    return w === 'and' || w === 'or' || w === 'not' || w === 'in';
  }
  return false;
}

function lex(text: string): Lexed {
  const tokens: Token[] = [];
  const problems: Lexed['problems'] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    if (c === 0x2f /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f) {
        const nl = text.indexOf('\n', i);
        i = nl === -1 ? n : nl;
        continue;
      }
      if (next === 0x2a /* * */) {
        const close = text.indexOf('*/', i + 2);
        if (close === -1) {
          problems.push({ offset: i, message: 'unterminated `/*` comment' });
          i = n;
        } else i = close + 2;
        continue;
      }
      if (regexMayFollow(tokens[tokens.length - 1], text)) {
        const end = regexEnd(text, i);
        if (end !== -1) {
          tokens.push({ kind: 'regex', start: i, end });
          i = end;
          continue;
        }
      }
      tokens.push({ kind: 'punct', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22 || d === 0x0a) break;
        else j++;
      }
      if (j >= n || text.charCodeAt(j) !== 0x22) {
        problems.push({ offset: i, message: 'unterminated string' });
        tokens.push({ kind: 'string', start: i, end: Math.min(j, n) });
        i = Math.min(j, n);
      } else {
        tokens.push({ kind: 'string', start: i, end: j + 1 });
        i = j + 1;
      }
      continue;
    }
    if (c === 0x60 /* ` */) {
      const close = text.indexOf('`', i + 1);
      if (close === -1) {
        problems.push({ offset: i, message: 'unterminated raw string (`)' });
        i = n;
      } else {
        tokens.push({ kind: 'string', start: i, end: close + 1 });
        i = close + 1;
      }
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      tokens.push({ kind: 'word', start: i, end: j });
      i = j;
      continue;
    }
    tokens.push({ kind: 'punct', start: i, end: i + 1 });
    i++;
  }
  return { tokens, problems };
}

/** End of the regex literal starting at `start` (past the closing `/`), or -1 when the line has none. */
function regexEnd(text: string, start: number): number {
  let inClass = false;
  for (let j = start + 1; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x0a) return -1;
    if (d === 0x5c) j++;
    else if (d === 0x5b) inClass = true;
    else if (d === 0x5d) inClass = false;
    else if (d === 0x2f && !inClass) return j + 1;
  }
  return -1;
}

function tokenText(text: string, t: Token): string {
  return text.slice(t.start, t.end);
}

function isPunct(text: string, t: Token | undefined, p: string): boolean {
  return t !== undefined && t.kind === 'punct' && text[t.start] === p;
}

// ---------------------------------------------------------------------------------------------
// Rules and their meta entries.

interface MetaEntry {
  /** Lower-case key. */
  key: string;
  keyToken: Token;
  value: Token;
}

interface RuleBlock {
  /** Position of the rule among the file's rules, broken ones included. */
  ordinal: number;
  name: string;
  ruleToken: Token;
  /** The closing `}`. */
  close: Token;
  /** Start offset of the text this rule owns (after the previous rule), for suppression comments. */
  ownedFrom: number;
  meta: MetaEntry[] | null;
  /** The `meta` word of the section header. */
  metaToken: Token | null;
  /** First token of the first section after `meta` (events, match, ...), or null. */
  queryStart: Token | null;
}

interface Structure {
  rules: RuleBlock[];
  problems: { offset: number; message: string }[];
}

function readMeta(text: string, tokens: Token[], from: number, to: number): MetaEntry[] {
  const entries: MetaEntry[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const value = tokens[i + 2];
    if (t.kind === 'word' && isPunct(text, tokens[i + 1], '=') && value && i + 2 < to && value.kind !== 'punct') {
      entries.push({ key: tokenText(text, t).toLowerCase(), keyToken: t, value });
      i += 2;
    }
  }
  return entries;
}

function isRuleStart(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    t.kind === 'word' &&
    tokenText(text, t) === 'rule' &&
    tokens[i + 1]?.kind === 'word' &&
    isPunct(text, tokens[i + 2], '{')
  );
}

function structure(text: string, tokens: Token[]): Structure {
  const rules: RuleBlock[] = [];
  const problems: Structure['problems'] = [];
  let ownedFrom = 0;
  let ordinals = 0;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isRuleStart(text, tokens, i)) {
      if (isPunct(text, t, '}')) problems.push({ offset: t.start, message: 'unexpected `}` outside a rule' });
      else if (t.kind === 'word' && tokenText(text, t) === 'rule') {
        problems.push({ offset: t.start, message: 'expected `rule <name> {`' });
      }
      i++;
      continue;
    }
    const name = tokenText(text, tokens[i + 1]!);
    const ruleToken = t;
    const ordinal = ordinals++;
    let depth = 1;
    let j = i + 3;
    const sections: { name: string; token: Token; body: number }[] = [];
    let close: Token | null = null;
    for (; j < tokens.length; j++) {
      const u = tokens[j]!;
      if (depth === 1 && isRuleStart(text, tokens, j)) break; // the next rule: this one never closed
      if (isPunct(text, u, '{')) depth++;
      else if (isPunct(text, u, '}')) {
        depth--;
        if (depth === 0) {
          close = u;
          j++;
          break;
        }
      } else if (depth === 1 && u.kind === 'word' && isPunct(text, tokens[j + 1], ':')) {
        const word = tokenText(text, u).toLowerCase();
        if (SECTION_NAMES.has(word)) sections.push({ name: word, token: u, body: j + 2 });
      }
    }
    i = j;
    if (!close) {
      problems.push({ offset: ruleToken.start, message: `rule \`${name}\` has no closing \`}\`; braces are unbalanced` });
      continue;
    }
    const closeIndex = j - 1;
    const metaAt = sections.findIndex((s) => s.name === 'meta');
    const meta = metaAt === -1 ? null : sections[metaAt]!;
    const afterMeta = metaAt === -1 ? sections[0] : sections[metaAt + 1];
    rules.push({
      ordinal,
      name,
      ruleToken,
      close,
      ownedFrom,
      meta: meta ? readMeta(text, tokens, meta.body, afterMeta ? afterMeta.body - 2 : closeIndex) : null,
      metaToken: meta?.token ?? null,
      queryStart: sections.find((s) => s.name !== 'meta')?.token ?? null,
    });
    ownedFrom = close.end;
  }
  return { rules, problems };
}

// ---------------------------------------------------------------------------------------------
// Values.

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

function unescape(raw: string): string {
  if (raw.indexOf('\\') === -1) return raw;
  return raw.replace(/\\(.)/g, (whole, c: string) => ESCAPES[c] ?? whole);
}

/** The text inside a string token's quotes, as written (still escaped). */
function innerRaw(text: string, t: Token): string {
  const raw = tokenText(text, t);
  if (t.kind !== 'string') return raw;
  const closed = raw.length >= 2 && raw[raw.length - 1] === raw[0];
  return raw.slice(1, closed ? -1 : undefined);
}

function metaValue(text: string, t: Token): string {
  return t.kind === 'string' ? unescape(innerRaw(text, t)) : tokenText(text, t);
}

/** Comma-separated parts of a meta value with their offsets in the file. */
function valueParts(text: string, t: Token): { raw: string; offset: number }[] {
  const inner = innerRaw(text, t);
  const base = t.kind === 'string' ? t.start + 1 : t.start;
  const parts: { raw: string; offset: number }[] = [];
  let at = 0;
  for (const piece of inner.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const raw = unescape(piece.trim());
    if (raw !== '') parts.push({ raw, offset: base + at + lead });
    at += piece.length + 1;
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Detections.

interface Context {
  file: SourceFile;
  text: string;
  index: LineIndex;
}

function tagsOf(ctx: Context, meta: MetaEntry[]): { tags: TechniqueTag[]; tactics: string[] } {
  const tags: TechniqueTag[] = [];
  const tactics: string[] = [];
  const push = (raw: string, offset: number, technique: string | null): void => {
    const at = ctx.index.position(offset);
    tags.push({ raw, technique, line: at.line, endLine: at.line, column: at.column });
  };
  for (const entry of meta) {
    switch (entry.key) {
      case 'technique':
      case 'mitre_attack_technique':
      case 'mitre_attack_url':
        for (const part of valueParts(ctx.text, entry.value)) push(part.raw, part.offset, normalizeTechnique(part.raw));
        break;
      case 'tactic':
      case 'mitre_attack_tactic':
        for (const part of valueParts(ctx.text, entry.value)) {
          tactics.push(part.raw);
          push(part.raw, part.offset, null);
        }
        break;
      case 'mitre':
        // Deprecated convention: tactic names and technique ids in one list ("Collection, t1530").
        for (const part of valueParts(ctx.text, entry.value)) {
          const technique = normalizeTechnique(part.raw);
          if (technique) push(part.raw, part.offset, technique);
          else if (TACTIC_NAMES.has(part.raw.toLowerCase().replace(/_/g, ' '))) {
            tactics.push(part.raw);
            push(part.raw, part.offset, null);
          }
        }
        break;
      default:
        break;
    }
  }
  return { tags, tactics };
}

function dataSourcesOf(ctx: Context, meta: MetaEntry[], query: string): string[] {
  const out: string[] = [];
  for (const entry of meta) {
    const kind = META_DATA_SOURCES[entry.key];
    if (!kind) continue;
    for (const part of metaValue(ctx.text, entry.value).split(',')) {
      const v = part.trim().toLowerCase();
      if (v !== '') out.push(`${kind}:${v}`);
    }
  }
  for (const m of query.matchAll(UDM_DATA_SOURCE)) out.push(`${UDM_KINDS[m[1]!]}:${m[2]!.trim().toLowerCase()}`);
  return [...new Set(out)];
}

function falsePositiveSection(ctx: Context, meta: MetaEntry[]): FalsePositiveSection | null {
  const entries = meta.filter((e) => FALSE_POSITIVE_KEYS.has(e.key));
  if (entries.length === 0) return null;
  const first = entries[0]!;
  const last = entries[entries.length - 1]!;
  const section: FalsePositiveSection = {
    source: 'field',
    key: tokenText(ctx.text, first.keyToken),
    line: ctx.index.lineOf(first.keyToken.start),
    endLine: ctx.index.lineOf(last.value.end - 1),
    items: [],
  };
  for (const entry of entries) {
    const value = metaValue(ctx.text, entry.value).trim();
    if (entry.value.kind !== 'string') {
      section.problem = `\`${section.key}\` is not a quoted string (${value}); expected a string such as "Administrators running backups"`;
    }
    if (value !== '') {
      section.items.push({
        text: value.replace(/\s+/g, ' '),
        line: ctx.index.lineOf(entry.value.start),
        endLine: ctx.index.lineOf(entry.value.end - 1),
      });
    }
  }
  return section;
}

function firstValue(ctx: Context, meta: MetaEntry[], ...keys: string[]): string | null {
  for (const key of keys) {
    const entry = meta.find((e) => e.key === key);
    if (entry) {
      const v = metaValue(ctx.text, entry.value).trim();
      if (v !== '') return v;
    }
  }
  return null;
}

function toDetection(ctx: Context, rule: RuleBlock, meta: MetaEntry[], document: number): Detection {
  const { text, index } = ctx;
  const ruleLine = index.lineOf(rule.ruleToken.start);
  const query = rule.queryStart ? text.slice(rule.queryStart.start, rule.close.start).trim() : '';
  const { tags, tactics } = tagsOf(ctx, meta);
  const techniques = [...new Set(tags.map((t) => t.technique).filter((t): t is string => t !== null))];
  const status = firstValue(ctx, meta, 'status', 'rule_status', 'sigma_status')?.toLowerCase() ?? null;
  const falsePositives = falsePositiveSection(ctx, meta);
  return {
    format: 'chronicle',
    path: ctx.file.path,
    document,
    id: firstValue(ctx, meta, 'rule_id', 'id') ?? rule.name,
    title: firstValue(ctx, meta, 'rule_name') ?? rule.name,
    titleSpan: { line: ruleLine, endLine: ruleLine },
    description: (firstValue(ctx, meta, 'description') ?? '').replace(/\s+/g, ' '),
    techniques,
    techniqueTags: tags,
    tactics: [...new Set(tactics)],
    query,
    dataSources: dataSourcesOf(ctx, meta, query),
    status,
    deprecated: status === 'deprecated' || isDeprecatedPath(ctx.file.path),
    falsePositives: falsePositives ? [falsePositives] : [],
    disabledChecks: disabledChecks(text.slice(rule.ownedFrom, rule.close.end)),
    span: { line: ruleLine, endLine: index.lineOf(rule.close.start) },
    source: ctx.file,
  };
}

function parseChronicle(file: SourceFile): ParseResult {
  const { text, path } = file;
  if (text.trim() === '') return { detections: [], problems: [] };
  const index = new LineIndex(text);
  const ctx: Context = { file, text, index };
  const lexed = lex(text);
  const shape = structure(text, lexed.tokens);
  const problems: ParseProblem[] = [...lexed.problems, ...shape.problems].map((p) => ({
    path,
    ...index.position(p.offset),
    message: p.message,
  }));
  const detections: Detection[] = [];
  for (const rule of shape.rules) {
    if (!rule.meta) {
      const at = index.position(rule.ruleToken.start);
      problems.push({ path, ...at, message: `rule \`${rule.name}\` has no \`meta:\` section; expected \`meta:\` with key = "value" lines` });
      continue;
    }
    detections.push(toDetection(ctx, rule, rule.meta, rule.ordinal));
  }
  if (shape.rules.length === 0 && problems.length === 0) {
    problems.push({ path, line: 1, column: 1, message: 'no `rule <name> { ... }` found; expected a YARA-L 2.0 rule' });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { detections, problems };
}

// ---------------------------------------------------------------------------------------------
// Fixes.

function escapeString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Pieces joined into one meta string read as sentences: every piece but the last gets its full stop. */
function joinSentences(pieces: string[]): string {
  return pieces.map((p, k) => (k < pieces.length - 1 && !SENTENCE_END.test(p) ? `${p}.` : p)).join(' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function planChronicleFix(detection: Detection, insertion: FalsePositiveInsertion): Fix | null {
  const texts = insertion.texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
  if (texts.length === 0) return null;
  const section = detection.falsePositives.find((s) => s.source === 'field');
  if (section?.problem) return null;
  const text = detection.source.text;
  const index = new LineIndex(text);
  const rule = structure(text, lex(text).tokens).rules.find((r) => index.lineOf(r.ruleToken.start) === detection.span.line);
  if (!rule?.meta || !rule.metaToken) return null;
  const lines = splitLines(text);
  const entries = rule.meta.filter((e) => FALSE_POSITIVE_KEYS.has(e.key));
  const added = plural(texts.length, 'false positive');

  if (entries.length === 0) {
    const last = rule.meta[rule.meta.length - 1];
    const anchorLine = index.lineOf(last ? last.value.end - 1 : rule.metaToken.start);
    const anchor = lines[anchorLine - 1]!;
    const indent = /^[ \t]*/.exec(anchor)![0] + (last ? '' : '  ');
    return {
      title: `Add \`${NEW_FALSE_POSITIVE_KEY}\` with ${added}`,
      edits: [
        {
          startLine: anchorLine + 1,
          endLine: anchorLine,
          lines: [`${indent}${NEW_FALSE_POSITIVE_KEY} = "${escapeString(joinSentences(texts))}"`],
        },
      ],
    };
  }
  if (entries.length > 1) return null;
  const entry = entries[0]!;
  const lineNo = index.lineOf(entry.value.start);
  if (entry.value.kind !== 'string' || index.lineOf(entry.value.end - 1) !== lineNo) return null;
  const item = section?.items[0];
  const replacing = item !== undefined && insertion.replace.some((r) => r.line === item.line && r.text === item.text);
  const existing = innerRaw(text, entry.value).trim();
  const value = replacing || existing === '' ? joinSentences(texts) : null;
  // Extending keeps the existing text as written (escapes included), ending it as a sentence.
  const ended = SENTENCE_END.test(unescape(existing)) ? existing : `${existing}.`;
  const inner = value !== null ? escapeString(value) : `${ended} ${escapeString(joinSentences(texts))}`;
  const line = lines[lineNo - 1]!;
  const from = index.position(entry.value.start).column - 1;
  const to = index.position(entry.value.end - 1).column;
  const key = tokenText(text, entry.keyToken);
  return {
    title: replacing
      ? `Replace "${item!.text}" in \`${key}\` with ${added}`
      : existing === ''
        ? `Set \`${key}\` to ${added}`
        : `Add ${added} to \`${key}\``,
    edits: [{ startLine: lineNo, endLine: lineNo, lines: [`${line.slice(0, from)}"${inner}"${line.slice(to)}`] }],
  };
}

export const chronicle: FormatModule = {
  id: 'chronicle',
  name: 'Chronicle YARA-L',
  extensions: ['.yaral'],
  sniff: (file) => SNIFF_RULE.test(file.text) && SNIFF_SECTION.test(file.text),
  parse: (file) => guardedParse(file, parseChronicle, (err) => `cannot read the rule: ${String(err)}`),
  planFalsePositiveFix: planChronicleFix,
  // `meta: false_positives = "..."` is one line of the meta section.
  falsePositiveStyle: 'phrase',
};
