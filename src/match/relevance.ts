/**
 * Which catalog entries apply to a rule: the rule's evidence against each entry's `appliesTo`,
 * both in the shared vocabulary. An inverted index finds the candidates, so a rule costs in
 * proportion to the entries that share something with it, not to the size of the catalog.
 */
import type { CatalogEntry } from '../catalog/types.js';
import type { Confidence } from './types.js';
import { operationKeys, type Evidence, type EvidenceItem } from './evidence.js';
import { findCue, prepareCue, type Cue, type CueHit, type RuleText } from './scenario.js';
import { buildIdf, sentences, stem, terms, vectorize, type IdfTable, type TermVector } from './similarity.js';
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
export const WEIGHTS = { operation: 8, tool: 4, scenario: 4, service: 3, platform: 1, term: 1 } as const;

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
  /** Phrases that show the entry's scenario in a rule (`scenario.evidence`). */
  evidence: readonly Cue[];
  /** Phrases that rule the scenario out (`scenario.excludes`). */
  excludes: readonly Cue[];
  /**
   * Words of the scenario (its evidence, other words and tools) of which an item must share one
   * to cover the entry: an item about another actor or tool shares only the generic ones
   * ("transfers", "compliance"). Empty for an entry without a scenario: any word then counts.
   */
  anchors: readonly Cue[];
  /** What the entry's actor does (see ACTIONS): an item about another action does not cover it. */
  actions: ReadonlySet<string>;
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
  const texts = entries.map((e) => terms(`${e.text} ${e.insert} ${appliesToText(e)} ${scenarioText(e)}`));
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
    const s = entry.scenario;
    const gist = [...terms(sentences(entry.insert)[0] ?? entry.insert), ...terms(appliesToText(entry)), ...terms(scenarioText(entry))];
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
      evidence: cues(s.evidence),
      excludes: cues(s.excludes),
      anchors: anchorsOf(entry),
      actions: actionsOf(`${sentences(entry.insert)[0] ?? entry.insert} ${s.summary}`),
    };
  });
  return { entries: indexed, idf, byOperation, byService, byTool, byTermWord, byWord };
}

function scenarioText(entry: CatalogEntry): string {
  const s = entry.scenario;
  return [s.summary, ...s.evidence.filter((p) => prepareCue(p)?.literal === null), ...s.words].join(' ');
}

/**
 * Phrases of the scenario an item must contain one of, whole, to cover the entry: its evidence
 * and other words, its tools and, when the scenario is the operation itself, the words that name
 * the operation's subject. Whole phrases: "compliance search" is an anchor, "compliance" is not.
 */
function anchorsOf(entry: CatalogEntry): Cue[] {
  const s = entry.scenario;
  const a = entry.appliesTo;
  if (s.evidence.length === 0 && s.words.length === 0 && !s.anyRule) return [];
  const subject = s.anyRule ? [...a.services, ...a.terms] : [];
  return cues([...s.evidence, ...s.words, ...a.tools, ...subject]).filter((c) => c.literal === null && !c.all);
}

/**
 * Verbs of false-positive texts by the action they name (Porter stems of the words as written:
 * `subscribe` and `subscription` differ here). An entry about creating trails is not covered by
 * an item about deleting them, however alike their other words. Ambiguous verbs stay out
 * ("opening a file" reads it, "opening a container to the public" enables access).
 */
const ACTIONS: Readonly<Record<string, string>> = {
  creat: 'create', add: 'create', launch: 'launch', delet: 'delete', remov: 'delete', purg: 'delete',
  updat: 'update', chang: 'update', modifi: 'update', download: 'read', retriev: 'read', read: 'read',
  fetch: 'read', pull: 'read', view: 'read', upload: 'write', write: 'write', push: 'write',
  export: 'export', import: 'import', subscrib: 'subscribe', unsubscrib: 'unsubscribe', publish: 'publish',
  enabl: 'enable', disabl: 'disable', stop: 'disable', share: 'share', search: 'search', queri: 'search',
  scan: 'scan', consent: 'consent', rotat: 'rotate',
};

/** A verb before these words qualifies them ("read access", "write permissions"): no action. */
const QUALIFIED = new Set(['access', 'permission', 'permissions', 'only', 'acl', 'acls', 'rights']);

export function actionsOf(text: string): Set<string> {
  return actionsIn(vocabularyTokens(text));
}

/** `actionsOf` a text already split (`tokenize(text).tokens`). */
export function actionsIn(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const action = ACTIONS[stem(words[i]!)];
    if (action && !QUALIFIED.has(words[i + 1] ?? '')) out.add(action);
  }
  return out;
}

function cues(phrases: readonly string[]): Cue[] {
  return phrases.flatMap((p) => prepareCue(p) ?? []);
}

/** `appliesTo` as words: services, tools, terms, and the API names that are one word (`UpdateTrail`). */
function appliesToText(entry: CatalogEntry): string {
  const a = entry.appliesTo;
  return [...a.services, ...a.tools, ...a.terms, ...a.operations.filter((o) => /^[a-z0-9]+$/.test(o))].join(' ');
}

export interface RankedEntry {
  indexed: IndexedEntry;
  score: number;
  confidence: Confidence;
  reason: string;
  /** Applies only because the rule watches its service broadly (see `serviceWide`). */
  broad?: boolean;
  /** The rule's query shows the entry's scenario (a cue or tool of the entry in the query). */
  selected?: boolean;
}

/** An entry the rule's platform and subject would admit, left out because the rule contradicts its scenario. */
export interface ExcludedEntry {
  indexed: IndexedEntry;
  reason: string;
}

export interface Ranking {
  ranked: RankedEntry[];
  excluded: ExcludedEntry[];
}

const GENERIC_OPERATIONS: ReadonlySet<string> = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']);

function firstShared(items: readonly EvidenceItem[], values: ReadonlySet<string>): EvidenceItem | undefined {
  return items.find((i) => values.has(i.value));
}

/**
 * Ranks the entries that apply to a rule, most relevant first, and says which were excluded.
 *
 * Relevance (the entry concerns what the rule watches):
 * - A platform mismatch excludes: an entry for AWS never applies to a GCP rule, and an entry
 *   about a cloud platform never applies to a rule on host logs (Windows, Linux, Sysmon).
 * - A service mismatch excludes, unless an operation or a tool matches: an SNS entry does not
 *   apply to an S3 rule.
 * - An operation mismatch excludes when the query names its operations: a CreateTrail rule does
 *   not get the UpdateTrail entry.
 *
 * Scenario (the entry's benign actor, tool or mechanism could be what fires the rule):
 * - Contradicting evidence excludes: a cue of `scenario.excludes` in what the rule selects or its
 *   title (an anonymous-requester rule never sees CI/CD identities), a rule that names the
 *   clients it watches when the entry is about another client, a configuration policy when the
 *   entry is about activity.
 * - `high` needs the rule's own evidence for the scenario: a cue of `scenario.evidence` or one of
 *   the entry's tools in its query, title or description, with the operation (or, for an entry
 *   about no operation, the service); or an `anyRule` entry whose specific operation the query
 *   selects. An operation alone gives at most `medium`: it says where the scenario would happen,
 *   not that it does.
 */
export function rankEntries(evidence: Evidence, index: CatalogIndex): Ranking {
  const candidates = new Set<number>();
  const collect = (map: ReadonlyMap<string, readonly number[]>, key: string) => {
    const positions = map.get(key);
    if (positions !== undefined) for (const p of positions) candidates.add(p);
  };
  // Keys of each operation of the rule, in the order of `evidence.operations`.
  const operationKeyLists = evidence.operations.map((op) => operationKeys(op.value));
  for (const keys of operationKeyLists) for (const key of keys) collect(index.byOperation, key);
  for (const s of evidence.services) collect(index.byService, s.value);
  for (const t of evidence.tools) collect(index.byTool, t.value);
  // The smaller side is walked: a long description has more words than the catalog has terms.
  if (evidence.words.size <= index.byTermWord.size) for (const w of evidence.words) collect(index.byTermWord, w);
  else for (const w of index.byTermWord.keys()) if (evidence.words.has(w)) collect(index.byTermWord, w);

  const platforms = new Set(evidence.platforms.map((p) => p.value));
  // Where contradicting cues are looked for: what the rule selects and its title, not its description.
  const selecting = evidence.texts.filter((t) => t.origin !== 'description');
  const ranked: RankedEntry[] = [];
  const excluded: ExcludedEntry[] = [];
  for (const position of [...candidates].sort((a, b) => a - b)) {
    const indexed = index.entries[position]!;
    const r = judge(evidence, operationKeyLists, platforms, selecting, indexed);
    if (r && 'confidence' in r) ranked.push(r);
    else if (r) excluded.push(r);
  }
  // A query that singles out one scenario with its operation (reads of secret-named objects, by
  // a client) does not watch its service broadly: the broad entries are no longer in reach.
  if (ranked.some((r) => r.selected && r.confidence === 'high')) {
    for (let i = ranked.length - 1; i >= 0; i--) {
      const r = ranked[i]!;
      if (r.broad) {
        excluded.push({ indexed: r.indexed, reason: 'the query singles out the scenario of another entry, so it does not watch its service broadly' });
        ranked.splice(i, 1);
      }
    }
    excluded.sort((a, b) => a.indexed.position - b.indexed.position);
  }
  ranked.sort(
    (a, b) =>
      (a.confidence === b.confidence ? 0 : a.confidence === 'high' ? -1 : 1) ||
      b.score - a.score ||
      a.indexed.position - b.indexed.position,
  );
  return { ranked, excluded };
}

function describeOperation(operation: EvidenceItem): string {
  return operation.origin === 'query' ? `query matches ${operation.field ?? 'operation'} ${operation.shown}` : `${operation.origin} mentions ${operation.shown}`;
}

function describeCue(hit: CueHit): string {
  return `${hit.origin} ${hit.origin === 'query' ? 'selects' : 'says'} "${hit.cue.phrase}"`;
}

function scenarioOf(e: IndexedEntry): string {
  return e.entry.scenario.summary || e.entry.id;
}

function judge(
  evidence: Evidence,
  operationKeyLists: readonly (readonly string[])[],
  platforms: ReadonlySet<string>,
  selecting: readonly RuleText[],
  e: IndexedEntry,
): RankedEntry | ExcludedEntry | null {
  // A PowerShell rule on Windows endpoints shares a tool with a SharePoint entry, not its subject.
  if (evidence.hostOnly && e.platforms.size > 0) return null;
  const platformKnown = e.platforms.size > 0 && platforms.size > 0;
  const platformMatch = platformKnown && sharesAny(e.platforms, platforms);
  if (platformKnown && !platformMatch) return null;

  const service = firstShared(evidence.services, e.services);
  // A CRUD verb (`verb: create` in a Kubernetes audit rule) names no subject: it counts only
  // when the entry's service matches too, or every audit rule would get the Arc entries.
  const operationAt = evidence.operations.findIndex((_, i) =>
    operationKeyLists[i]!.some((k) => e.operations.has(k) && (!GENERIC_OPERATIONS.has(k) || !!service)),
  );
  const operation = operationAt === -1 ? undefined : evidence.operations[operationAt];
  const specificOperation = !!operation && operationKeyLists[operationAt]!.some((k) => e.operations.has(k) && !GENERIC_OPERATIONS.has(k));
  const tool = firstShared(evidence.tools, e.tools);
  const matchedTerms = termsIn(e.terms, evidence.words);

  if (e.services.size > 0 && evidence.services.length > 0 && !service && !operation && !tool) return null;
  if (e.operations.size > 0 && evidence.operationsFromQuery && !operation) return null;
  // Broad only when what the rule reads is the service (its data source or event source), not
  // when its prose mentions it.
  const serviceWide =
    !operation && !tool && !!service && (service.origin === 'data source' || service.origin === 'query') && e.entry.scenario.serviceWide && watchesAnyAccess(evidence);
  // The rule's own evidence for the scenario: one of its phrases in the query, title or description.
  const cue = findCue(e.evidence, evidence.texts);
  if (!operation && !tool && !serviceWide) {
    // A shared service alone says little (every S3 rule shares it): one of the entry's own words
    // or scenario phrases must appear too. Words alone apply only an entry about no service, on
    // the rule's platform, and only several of them.
    const wordsOnly = e.services.size === 0 && platformMatch && matchedTerms.length >= 2;
    if (service ? matchedTerms.length === 0 && !cue : !wordsOnly) return null;
  }

  // Contradictions: the rule cannot see the scenario happen.
  const scenario = e.entry.scenario;
  if (evidence.resourceState && !scenario.resourceState) {
    return { indexed: e, reason: `the rule evaluates resource configuration; the entry is about activity (${scenarioOf(e)})` };
  }
  const contradiction = findCue(e.excludes, selecting);
  if (contradiction) return { indexed: e, reason: `${describeCue(contradiction)}, which rules out ${scenarioOf(e)}` };
  // A rule tuned for this very false positive (`NOT IN ("azure-arc")`) needs no reminder of it.
  const tunedOut = findCue(e.evidence, [evidence.negated]);
  if (tunedOut) return { indexed: e, reason: `query already filters out "${tunedOut.cue.phrase}" (${scenarioOf(e)})` };
  // A rule that names the clients it watches fires on those only (S3 Browser user agents never
  // show AzCopy).
  const ruleClients = evidence.clients;
  if (!tool && ruleClients.length > 0 && [...e.tools].some(isClientTool)) {
    return { indexed: e, reason: `query selects the client ${ruleClients[0]!.shown}; the entry is about ${[...e.tools].join(', ')}` };
  }
  if (serviceWide && ruleClients.length > 0) {
    return { indexed: e, reason: `query selects the client ${ruleClients[0]!.shown}; ${scenarioOf(e)} does not use it` };
  }

  // An entry written before scenarios existed (a user catalog without one) is shown by its tool
  // or two of its terms, as its words are all it has.
  const legacy = e.evidence.length === 0 && !scenario.anyRule && (matchedTerms.length >= MIN_TERMS_FOR_HIGH);
  const shown: string | null = tool
    ? `${tool.origin} mentions ${tool.shown}`
    : cue
      ? describeCue(cue)
      : legacy
        ? `rule mentions ${matchedTerms.map((t) => `"${t.term}"`).join(', ')}`
        : null;

  // A description also explains and compares: alone, with no operation of the entry selected,
  // it is no evidence (see below).
  const shownByDescription = tool ? tool.origin === 'description' : cue ? cue.origin === 'description' : false;
  // A rule restricted to some clients fires on a scenario that names none of them only in part.
  const otherClients = ruleClients.length > 0 && !ruleClients.some((c) => e.tools.has(c.value));
  let confidence: Confidence;
  let reason: string;
  if (e.operations.size > 0) {
    if (!operation) {
      // Known only by its service or words: evidence makes it worth a note, and so does a rule
      // that watches every access to the service (see `serviceWide`). A description that only
      // mentions the scenario, in a rule that selects none of its operations, is no evidence;
      // a configuration policy, which has no query, says what it checks in its description.
      if (!shown && serviceWide) return { indexed: e, score: scoreOf(), confidence: 'medium', reason: serviceWideReason(), broad: true };
      if (!shown || (shownByDescription && !evidence.resourceState)) return null;
      confidence = 'medium';
      reason = `${shown}; ${service ? `${service.origin} names ${service.shown}` : 'no operation of the entry in the query'}`;
    } else if (operation.origin === 'query') {
      if (shown) {
        confidence = otherClients ? 'medium' : 'high';
        reason = `${describeOperation(operation)}; ${shown}`;
      } else if (scenario.anyRule && specificOperation) {
        confidence = 'high';
        reason = `${describeOperation(operation)}; the entry applies to every rule on ${operation.shown}`;
      } else if (specificOperation) {
        confidence = 'medium';
        reason = `${describeOperation(operation)}; nothing in the rule shows ${scenarioOf(e)}`;
      } else {
        return null;
      }
    } else {
      if (!shown && !(scenario.anyRule && specificOperation)) return null;
      // An API-like word in the prose of a rule on no known platform or service ("Nmap SYN Scan")
      // is no evidence of the entry's operation.
      if (!platformMatch && !service) return null;
      // A rule whose logic is not in its file (Panther's Python) says what it selects only in its
      // prose: there, an operation named with the scenario is as good as a query's.
      confidence = evidence.queryless && !otherClients ? 'high' : 'medium';
      reason = `${describeOperation(operation)}${shown ? `; ${shown}` : `; the entry applies to every rule on ${operation.shown}`}`;
    }
  } else {
    if (shown && shownByDescription && !evidence.resourceState && !serviceWide) return null;
    if (!shown) {
      if (!serviceWide) return null;
      return { indexed: e, score: scoreOf(), confidence: 'medium', reason: serviceWideReason(), broad: true };
    }
    confidence = platformMatch && (!!service || !!tool) && !shownByDescription && !otherClients ? 'high' : 'medium';
    reason = `${shown}${service ? `; ${service.origin} names ${service.shown}` : ''}`;
  }
  if (!platformMatch) confidence = 'medium';
  const selected = tool?.origin === 'query' || cue?.origin === 'query';
  return { indexed: e, score: scoreOf(), confidence, reason, selected };

  function serviceWideReason(): string {
    const selects = evidence.operations.length > 0 ? 'only reads of data' : 'no operation';
    return `${service!.origin} names ${service!.shown} and the query selects ${selects}, so ${scenarioOf(e)} would fire it`;
  }

  function scoreOf(): number {
    const weight = (item: EvidenceItem | undefined, full: number) => (item ? full * ORIGIN_WEIGHTS[item.origin] : 0);
    return (
      weight(operation, WEIGHTS.operation) +
      weight(tool, WEIGHTS.tool) +
      weight(service, WEIGHTS.service) +
      (platformMatch ? WEIGHTS.platform : 0) +
      (cue ? WEIGHTS.scenario * ORIGIN_WEIGHTS[cue.origin] : 0) +
      WEIGHTS.term * Math.min(MAX_TERMS_COUNTED, matchedTerms.length)
    );
  }
}

/** Whether the two sets have a value in common. */
export function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The entry terms all of whose words the rule has, in the entry's order. */
function termsIn(terms: IndexedEntry['terms'], words: ReadonlySet<string>): IndexedEntry['terms'][number][] {
  const out: IndexedEntry['terms'][number][] = [];
  for (const t of terms) {
    let all = true;
    for (const w of t.words) {
      if (!words.has(w)) {
        all = false;
        break;
      }
    }
    if (all) out.push(t);
  }
  return out;
}

/** Operations that read data or metadata: a rule selecting only these watches access, not change. */
const DATA_READ = /^(?:getobject|getblob|filedownloaded|fileaccessed|filepreviewed|filesyncdownloadedfull|rest\.get\.object|download|view|copy)$/;

/**
 * The rule watches access to its service's data broadly: it names no operation (in its query, or
 * in its prose when it has no query), or only reads of data.
 */
function watchesAnyAccess(evidence: Evidence): boolean {
  return evidence.operations.every((o) => DATA_READ.test(o.value));
}
