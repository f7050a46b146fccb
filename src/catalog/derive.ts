/**
 * What a catalog entry built from a rule applies to, its theme and its id words: derived from the
 * rule's evidence (data sources, title, the event names and user agents its query selects) and
 * the text.
 * Written for `catalog build`, whose output must be usable without editing.
 */
import type { Detection } from '../detection.js';
import { extractEvidence, operationKeys } from '../match/evidence.js';
import { findTerms } from '../match/vocabulary.js';
import type { AppliesTo } from './types.js';

/** Query fields whose values are user agents: the tools a rule watches (`*S3 Browser*`). */
const USER_AGENT_FIELDS = [
  '(?:[\\w$]+\\.)*user_agent\\.(?:original|name)',
  '(?:[\\w$]+\\.)*userAgent(?:Header)?',
  'UserAgent',
  'http_user_agent',
];

const STOP_WORDS = new Set(
  (
    'a an the and or of to for from in on at by with as is are be been being may might can could should would will ' +
    'shall must not no nor this that these those it its their there them they which who whom whose what when where ' +
    'whether while than then such some any all each other others own same so very more most also only into onto over ' +
    'under about against between through during before after above below up down out off again further once here ' +
    'both few many much do does did doing have has had having if else because until via per using use used uses ' +
    'your you our we us and/or itself still'
  ).split(' '),
);

/** Words every false-positive text uses: they distinguish nothing. */
const GENERIC_WORDS = new Set(
  (
    'legitimate legitimately false positive positives rule rules trigger triggers triggered activity activities ' +
    'normal expected known verify validate ensure investigate investigated behavior behaviour environment making ' +
    'make made done causing cause exempted exempt approved unfamiliar various reasons reason purpose purposes action ' +
    'actions taking take treating malicious case cases identified part certain specific likely unlikely typically ' +
    'common commonly usually possible benign user users host hosts hostname identity agent system email resource ' +
    'name names change changes include includes including particularly perform performing necessary manually ' +
    'effectively generate'
  ).split(' '),
);

/** Values (as written) a query compares one of `fields` with, skipping negated comparisons. */
export function queryFieldValues(query: string, fields: readonly string[]): string[] {
  const values: string[] = [];
  const field = new RegExp(`(?<![\\w.$])(?:${fields.join('|')})(?![\\w.])`, 'g');
  for (let m = field.exec(query); m; m = field.exec(query)) {
    const before = query.slice(Math.max(0, m.index - 8), m.index);
    if (/(?:\bnot|!)\s*\(?\s*$/i.test(before)) continue;
    const rest = query.slice(m.index + m[0].length);
    const op = /^(?:\|[\w|]+)?\s*(!=|!~|!:|\bnot\s+in\b|==|=~|:~|=|:|in~?(?=[\s(])|has_any(?=[\s(])|has(?=[\s(]))[ \t]*/i.exec(rest);
    if (!op || op[1]!.startsWith('!') || /^not/i.test(op[1]!)) continue;
    values.push(...valuesAt(rest.slice(op[0].length)));
  }
  return values.filter((v) => v !== '' && !/^[*?]+$/.test(v));
}

const TOKEN = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s,()"'[\]]+)/g;

function valuesAt(text: string): string[] {
  const open = text[0];
  if (open === '(' || open === '[') {
    const close = text.indexOf(open === '(' ? ')' : ']');
    const inner = close === -1 ? text.slice(1) : text.slice(1, close);
    const quoted = [...inner.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => unescape(m[1] ?? m[2] ?? ''));
    if (quoted.length > 0) return quoted;
    // KQL wildcards may hold spaces (`*S3 Browser*`): split on the operators, not on blanks.
    return inner.split(/\s+(?:or|and)\s+|,/i).map((v) => v.trim());
  }
  const newline = /^[ \t]*\r?\n/.exec(text);
  if (newline) {
    // A Sigma list: `eventName:` followed by `- Value` lines.
    const out: string[] = [];
    for (const line of text.slice(newline[0].length).split(/\r?\n/)) {
      const item = /^\s*-\s+(.*?)\s*$/.exec(line);
      if (!item) break;
      out.push(unquote(item[1]!));
    }
    return out;
  }
  const first = new RegExp(TOKEN.source).exec(text);
  if (!first || first.index !== 0) return [];
  return [unescape(first[1] ?? first[2] ?? first[3] ?? '')];
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Words of a text that say what it is about, in order, without stop words and boilerplate. */
export function distinctiveWords(text: string, exclude: ReadonlySet<string> = new Set()): string[] {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:[/'][a-z0-9]+)*/g) ?? [];
  return unique(
    words.filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !GENERIC_WORDS.has(w) && !exclude.has(w) && !/^\d+$/.test(w)),
  );
}

function toolsIn(text: string): string[] {
  return findTerms(text)
    .filter((m) => m.term.kind === 'tool')
    .map((m) => m.term.id);
}

/**
 * In the matcher's vocabulary (match/evidence), so a built entry meets the rules it came from:
 * platforms and services the rule reads, the operations its query selects (dotted methods also
 * by their last segment), tools it watches or the text names, and the text's distinctive words.
 */
export function deriveAppliesTo(detection: Detection, text: string): AppliesTo {
  const evidence = extractEvidence(detection);
  const platforms = unique(evidence.platforms.map((p) => p.value));
  const services = unique(evidence.services.map((s) => s.value));
  const operations = evidence.operationsFromQuery ? unique(evidence.operations.flatMap((o) => operationKeys(o.shown))) : [];
  // Evidence finds tools anywhere in a query, also where it excludes them (`not user_agent: *terraform*`),
  // and descriptions name tools in passing ("rather than via kubectl"): only what the rule reads,
  // its title, the user agents its query selects and the text itself count.
  const tools = unique([
    ...evidence.tools.filter((t) => t.origin === 'data source' || t.origin === 'title').map((t) => t.value),
    ...toolsIn(queryFieldValues(detection.query, USER_AGENT_FIELDS).join(' ')),
    ...toolsIn(text),
  ]);
  const known = new Set([...platforms, ...services, ...operations, ...tools].flatMap((v) => v.split(/[^a-z0-9]+/)));
  const terms = distinctiveWords(text, known).slice(0, 6);
  return { platforms, services, operations, tools, terms };
}

/** [theme, pattern], first match wins: the order settles texts that fit several. */
const THEMES: ReadonlyArray<readonly [string, RegExp]> = [
  ['detection-limitation', /this rule (?:does not|doesn't|cannot|can't|will not|won't)|does not differentiate/],
  ['misconfiguration', /\bbroken\b|misconfigur/],
  ['security-tooling', /scanner|\bcspm\b|vulnerability|pentest|penetration test|red team|ediscovery|security (?:or compliance )?teams?|security tool/],
  ['public-hosting', /public (?:access|content|website)|static (?:website|hosting)|\bcdn\b/],
  ['business-search', /\bsearch/],
  ['sharing', /\bshar(?:e|ed|es|ing)\b|external account|cross-account/],
  ['automation', /automat|\bscripts?\b|pipeline|ci\/cd|scheduled|\bcron\b|service accounts?|infrastructure as code/],
  ['platform-operations', /system components|lifecycle|managed through|\bplatform\b/],
  ['admin-change', /administrator|\badmins?\b/],
  ['authorized-transfer', /migration|backup|transfer|download|export|\bsync/],
  ['legitimate-use', /legitimate|authori[sz]ed|users? may/],
];

export function deriveTheme(text: string): string {
  const lower = text.toLowerCase();
  return THEMES.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'other';
}

/** `aws-cloudtrail-trail-creations-system-network`: platform, service, then four distinctive words. */
export function entryIdBase(text: string, appliesTo: AppliesTo): string {
  const prefix = [appliesTo.platforms[0], appliesTo.services[0]].filter((p): p is string => p !== undefined);
  const prefixWords = new Set(prefix.flatMap((p) => p.split('-')));
  const words = distinctiveWords(text, prefixWords).slice(0, 4);
  const id = [...prefix, ...words]
    .join('-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'entry';
}
