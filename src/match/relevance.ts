/**
 * Which catalog entries apply to a rule: the rule's evidence against each entry's `appliesTo`,
 * both in the shared vocabulary. An inverted index finds the candidates, so a rule costs in
 * proportion to the entries that share something with it, not to the size of the catalog.
 */
import type { CatalogEntry } from '../catalog/types.js';
import type { Confidence } from './types.js';
import { operationKeys, type Evidence, type EvidenceItem } from './evidence.js';
import { buildIdf, sentences, terms, vectorize, type IdfTable, type TermVector } from './similarity.js';
import { canonicalPlatform, canonicalService, canonicalTool, findTerms, isClientTool, vocabularyTokens } from './vocabulary.js';

/** True when `term` only names platforms, services or the entry's own `tools`. */
function repeatsAppliesTo(term: string, tools: ReadonlySet<string>): boolean {
  const matches = findTerms(term);
  const words = vocabularyTokens(term).length;
  return (
    matches.length > 0 &&
    matches.every((m) => m.term.kind !== 'tool' || tools.has(m.term.id)) &&
    matches.reduce((n, m) => n + m.phrase.split(' ').length, 0) === words
  );
}

/** Score of each kind of match; an operation says most about what a rule watches, a word least. */
export const WEIGHTS = { operation: 8, tool: 4, service: 3, platform: 1, term: 1 } as const;

/**
 * How much a match counts by where the rule says it: what the rule reads (query, data source)
 * fully; its title less; its description, which also compares and explains, least.
 */
const ORIGIN_WEIGHTS: Readonly<Record<EvidenceItem['origin'], number>> = { query: 1, 'data source': 1, title: 0.75, description: 0.5 };

/** At most this many entry terms count: a long list of terms must not outweigh an operation. */
const MAX_TERMS_COUNTED = 3;

/**
 * An entry with neither operation nor tool is specific to a rule only through its words: one
 * shared word ("enumeration") is a hint, two ("AccessDenied", "external account") are evidence.
 */
const MIN_TERMS_FOR_HIGH = 2;

/** An entry prepared once per catalog: canonical `appliesTo`, operation keys, comparable texts. */
export interface IndexedEntry {
  entry: CatalogEntry;
  position: number;
  platforms: ReadonlySet<string>;
  services: ReadonlySet<string>;
  /** Operation keys (see `operationKeys`). */
  operations: ReadonlySet<string>;
  tools: ReadonlySet<string>;
  /** Each term as comparable words; a term matches when the rule has all its words. */
  terms: readonly { term: string; words: readonly string[] }[];
  /**
   * What an item is compared with: the first sentence of the entry, which says who or what
   * causes the false positive ("Trail creations may be made by a system or network
   * administrator."), plus the services, tools and terms it applies to. Later sentences are
   * advice repeated across entries ("Verify whether the user identity...") and would let such
   * advice in a rule cover any of them; the terms carry what they add (`accessdenied`).
   */
  gist: TermVector;
}

export interface CatalogIndex {
  entries: readonly IndexedEntry[];
  idf: IdfTable;
  byOperation: ReadonlyMap<string, readonly number[]>;
  byService: ReadonlyMap<string, readonly number[]>;
  byTool: ReadonlyMap<string, readonly number[]>;
  byTermWord: ReadonlyMap<string, readonly number[]>;
  /** Comparable word -> entries whose gist contains it (for item similarity). */
  byWord: ReadonlyMap<string, readonly number[]>;
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

export function buildCatalogIndex(entries: readonly CatalogEntry[]): CatalogIndex {
  // An entry's words: its text, and the services, tools and terms it applies to (an item that
  // says "CloudTrail" speaks of the trail entry even though its text only says "trail").
  const texts = entries.map((e) => terms(`${e.text} ${e.insert} ${appliesToText(e)}`));
  const idf = buildIdf(texts);
  const byOperation = new Map<string, number[]>();
  const byService = new Map<string, number[]>();
  const byTool = new Map<string, number[]>();
  const byTermWord = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const indexed = entries.map((entry, position): IndexedEntry => {
    const a = entry.appliesTo;
    const operations = new Set(a.operations.flatMap(operationKeys));
    const tools = new Set(a.tools.map(canonicalTool));
    // A term that only names a platform, a service or one of the entry's tools (`pub/sub`,
    // `oauth`) repeats `appliesTo`; counted again, it would make any rule on that service look specific.
    const entryTerms = a.terms
      .filter((term) => !repeatsAppliesTo(term, tools))
      .map((term) => ({ term, words: terms(term) }))
      .filter((t) => t.words.length > 0);
    const services = new Set(a.services.map(canonicalService));
    for (const key of operations.keys()) push(byOperation, key, position);
    for (const s of services) push(byService, s, position);
    for (const t of tools) push(byTool, t, position);
    for (const t of entryTerms) push(byTermWord, t.words[0]!, position);
    const gist = [...terms(sentences(entry.insert)[0] ?? entry.insert), ...terms(appliesToText(entry))];
    for (const w of new Set(gist)) push(byWord, w, position);
    return {
      entry,
      position,
      platforms: new Set(a.platforms.map(canonicalPlatform)),
      services,
      operations,
      tools,
      terms: entryTerms,
      gist: vectorize(gist, idf),
    };
  });
  return { entries: indexed, idf, byOperation, byService, byTool, byTermWord, byWord };
}

function appliesToText(entry: CatalogEntry): string {
  const a = entry.appliesTo;
  return [...a.services, ...a.tools, ...a.terms].join(' ');
}

export interface RankedEntry {
  indexed: IndexedEntry;
  score: number;
  confidence: Confidence;
  reason: string;
}

const GENERIC_OPERATIONS: ReadonlySet<string> = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']);

function firstShared(items: readonly EvidenceItem[], values: ReadonlySet<string>): EvidenceItem | undefined {
  return items.find((i) => values.has(i.value));
}

/**
 * Ranks the entries that apply to a rule, most relevant first.
 * - A platform mismatch excludes: an entry for AWS never applies to a GCP rule, and an entry
 *   about a cloud platform never applies to a rule on host logs (Windows, Linux, Sysmon).
 * - A service mismatch excludes, unless an operation or a tool matches: an SNS entry does not
 *   apply to an S3 rule.
 * - An operation mismatch excludes when the query names its operations: a CreateTrail rule does
 *   not get the UpdateTrail entry.
 * - `high`: the platform matches, a service or an operation matches, and so does what makes the
 *   entry specific (its operation; its client tool when the rule names clients; an operation,
 *   a tool or two of its terms). `medium`: the rest.
 */
export function rankEntries(evidence: Evidence, index: CatalogIndex): RankedEntry[] {
  const candidates = new Set<number>();
  const collect = (map: ReadonlyMap<string, readonly number[]>, key: string) => {
    for (const p of map.get(key) ?? []) candidates.add(p);
  };
  for (const op of evidence.operations) for (const key of operationKeys(op.value)) collect(index.byOperation, key);
  for (const s of evidence.services) collect(index.byService, s.value);
  for (const t of evidence.tools) collect(index.byTool, t.value);
  for (const w of evidence.words) collect(index.byTermWord, w);

  const platforms = new Set(evidence.platforms.map((p) => p.value));
  const ranked: RankedEntry[] = [];
  for (const position of [...candidates].sort((a, b) => a - b)) {
    const indexed = index.entries[position]!;
    const r = judge(evidence, platforms, indexed);
    if (r) ranked.push(r);
  }
  return ranked.sort(
    (a, b) =>
      (a.confidence === b.confidence ? 0 : a.confidence === 'high' ? -1 : 1) ||
      b.score - a.score ||
      a.indexed.position - b.indexed.position,
  );
}

function judge(evidence: Evidence, platforms: ReadonlySet<string>, e: IndexedEntry): RankedEntry | null {
  // A PowerShell rule on Windows endpoints shares a tool with a SharePoint entry, not its subject.
  if (evidence.hostOnly && e.platforms.size > 0) return null;
  const platformKnown = e.platforms.size > 0 && platforms.size > 0;
  const platformMatch = platformKnown && [...e.platforms].some((p) => platforms.has(p));
  if (platformKnown && !platformMatch) return null;

  const service = firstShared(evidence.services, e.services);
  // A CRUD verb (`verb: create` in a Kubernetes audit rule) names no subject: it counts only
  // when the entry's service matches too, or every audit rule would get the Arc entries.
  const operation = evidence.operations.find(
    (item) => operationKeys(item.value).some((k) => e.operations.has(k) && (!GENERIC_OPERATIONS.has(k) || !!service)),
  );
  const tool = firstShared(evidence.tools, e.tools);
  const matchedTerms = e.terms.filter((t) => t.words.every((w) => evidence.words.has(w)));

  if (e.services.size > 0 && evidence.services.length > 0 && !service && !operation && !tool) return null;
  if (e.operations.size > 0 && evidence.operationsFromQuery && !operation) return null;
  if (!operation && !tool) {
    // A shared service alone says little (every S3 rule shares it): one of the entry's own words
    // must appear too. Words alone apply only an entry about no service, on the rule's platform,
    // and only several of them.
    const wordsOnly = e.services.size === 0 && platformMatch && matchedTerms.length >= 2;
    if (service ? matchedTerms.length === 0 : !wordsOnly) return null;
  }

  // What makes the entry specific must match too: its operation; its client, when the rule
  // names the clients it watches (an AzCopy entry for a rule on S3 Browser user agents); and at
  // least one precise match (operation, tool, or two of its words).
  const ruleClients = evidence.tools.some((t) => t.origin === 'query' && isClientTool(t.value));
  const clientConflict = !tool && ruleClients && [...e.tools].some(isClientTool);
  const anchored = !!operation || !!tool || matchedTerms.length >= MIN_TERMS_FOR_HIGH || e.terms.length === 0;
  const specific = (e.operations.size === 0 || !!operation) && !clientConflict && anchored;
  const confidence: Confidence = platformMatch && (!!operation || !!service) && specific ? 'high' : 'medium';
  const weight = (item: EvidenceItem | undefined, full: number) => (item ? full * ORIGIN_WEIGHTS[item.origin] : 0);
  const score =
    weight(operation, WEIGHTS.operation) +
    weight(tool, WEIGHTS.tool) +
    weight(service, WEIGHTS.service) +
    (platformMatch ? WEIGHTS.platform : 0) +
    WEIGHTS.term * Math.min(MAX_TERMS_COUNTED, matchedTerms.length);

  let reason: string;
  if (operation) {
    reason =
      operation.origin === 'query'
        ? `query matches ${operation.field ?? 'operation'} ${operation.shown}; entry applies to ${operation.shown}`
        : `${operation.origin} mentions ${operation.shown}; entry applies to ${operation.shown}`;
  } else if (tool) {
    reason = `${tool.origin} mentions ${tool.shown}; entry applies to tool ${tool.value}`;
  } else if (service) {
    reason = `${service.origin} names ${service.shown}; entry applies to service ${service.value}`;
  } else {
    reason = `rule mentions ${matchedTerms.map((t) => `"${t.term}"`).join(', ')}; entry applies to these terms`;
  }
  return { indexed: e, score, confidence, reason };
}
