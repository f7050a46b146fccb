/**
 * What a detection is about, in the shared vocabulary: platforms, services, operations, tools and
 * words, each with where it was found so that a suggestion can say why it applies.
 * Format modules put the evidence in `dataSources` and `query`; this module reads query languages
 * (Kibana KQL and Lucene, EQL, ES|QL, SPL, Kusto, YARA-L, Sigma's detection YAML) only as text.
 */
import type { Detection } from '../detection.js';
import { ruleText, type RuleText } from './scenario.js';
import { terms, termsOfTokens } from './similarity.js';
import { tokenize } from './tokens.js';
import {
  PLATFORM_SERVICES,
  findLogSourcesIn,
  findTerms,
  findTermsIn,
  isClientTool,
  platformOf,
  serviceOfHost,
  type VocabularyMatch,
} from './vocabulary.js';

export type EvidenceOrigin = 'query' | 'data source' | 'title' | 'description';

export interface EvidenceItem {
  /** Canonical id (`aws`, `s3`, `azcopy`) or lower-case operation (`createtrail`). */
  value: string;
  /** As the rule writes it (`CreateTrail`, `Amazon S3`). */
  shown: string;
  origin: EvidenceOrigin;
  /** The query field that names an operation (`eventName`, `event.action`). */
  field?: string;
}

export interface Evidence {
  platforms: EvidenceItem[];
  services: EvidenceItem[];
  /**
   * Operations the query selects; when the query names none, operation-like words of the title
   * and description (`CreateTrail`, `GetBlob`) with their origin.
   */
  operations: EvidenceItem[];
  /** True when `operations` come from the query: the rule watches exactly these. */
  operationsFromQuery: boolean;
  tools: EvidenceItem[];
  /** Comparable words (see similarity `terms`) of title, description and query. */
  words: ReadonlySet<string>;
  /**
   * The rule reads host or endpoint logs (Windows, Linux, macOS, Sysmon, EDR) and names no
   * cloud platform: entries about a cloud platform never apply, however its words match.
   */
  hostOnly: boolean;
  /**
   * Where scenario cues are looked for, most reliable first: the values the query selects
   * (negated clauses left out), the title, the description without its false positives.
   */
  texts: RuleText[];
  /** What the query filters out (negated clauses; Sigma's negated selections). */
  negated: RuleText;
  /** The rule's file holds no query (Panther keeps its logic in Python): its prose says what it selects. */
  queryless: boolean;
  /** The rule evaluates resource configuration, not events (see Detection.evaluates). */
  resourceState: boolean;
  /**
   * API clients (user agents) the rule is about: those its query names, when its title or
   * description names one of them too or its title speaks of clients ("... via AzCopy",
   * "Uncommon S3 Client"). Clients a query only lists for scoring, unmentioned in the prose, do
   * not restrict what fires it.
   */
  clients: EvidenceItem[];
}

/** Data sources of host, endpoint and network telemetry (no cloud audit log), as the formats write them. */
const HOST_DATA_SOURCE =
  /\b(?:product:(?:windows|linux|macos|zeek)|category:(?:proxy|webserver|firewall|dns|antivirus|process_creation|file_\w+|registry_\w+|network_connection|image_load|dns_query|ps_\w+|pipe_created|driver_load|create_remote_thread|process_access)|sysmon|winlogbeat|logs-endpoint|logs-windows|auditd)\b/i;

/**
 * Query fields that name the API call or event a rule selects, by their last path segments:
 * CloudTrail `eventName`, ECS `event.action`, O365/Azure `Operation`, `OperationName`(`Value`),
 * GCP `methodName` (Sigma's `gcp.audit.method_name`), UDM `metadata.product_event_type`, Kubernetes audit `verb`.
 */
const OPERATION_FIELD =
  /(?<![\w.$-])((?:[$\w-]+\.)*(?:eventName|event\.action|OperationNameValue|OperationName|Operation|methodName|method_name|product_event_type|verb))(?:\|[\w|]+)?(?![\w.])\s*(?:(==|=~|!=|!~|:|=)|\s(in~?|!in~?|has_any|has|contains|startswith|in_list)\b)/gi;

/** `not <field>` or `NOT <field>` just before the match: the rule excludes these values. */
const NEGATION_BEFORE = /(?:\bnot|!)\s*\(?\s*$/i;

/** `s3.amazonaws.com`, `pubsub.googleapis.com` anywhere in a query. */
const SERVICE_HOST = /\b[a-z0-9-]+\.(?:amazonaws|googleapis)\.com\b/gi;

/** SPL macros (`cloudtrail`) name log sources, not services: they give a platform only. */
const SPL_MACRO = /`[^`\n]*`/g;

/** Operation-like words in prose: API names in CamelCase (`CreateTrail`, `PutBucketAcl`, `GetBlob`). */
const PROSE_OPERATION = /\b(?:Create|Update|Delete|Put|Get|List|Set|Describe|Start|Stop|Attach|Detach|Modify|Export|Import|Copy|Restore|Download|Upload|Subscribe|Publish|Search|Scan|Select|Add|Remove|Enable|Disable|Invoke|Run|Assume|Share|File)[A-Z][A-Za-z0-9]*\b|\bScan\b|\bSubscribe\b/g;

/** Words that are query syntax, never values. */
const QUERY_WORDS = new Set(['or', 'and', 'not', 'in', 'null', 'true', 'false', 'is']);

/**
 * A field name before its operator (`user_agent.original:`, `EventName ==`, `eventName:` in YAML).
 * It starts only where a name can start: the operator must follow the whole run of name
 * characters, so starting inside one finds nothing, and tried at each of its characters the
 * search was quadratic in the run's length.
 */
const FIELD_BEFORE_OPERATOR = /(?<![$\w.|-])[$\w.|-]+(?=\s*(?:==|=~|!=|!~|:|=|\s(?:in~?|IN|has_any|has|contains|startswith)\b))/g;

/**
 * The query without its field names: its words then say what the rule selects ("AccessDenied",
 * "Principal=*"), not how the log is shaped (every CloudTrail query has a `user_agent` field).
 */
export function queryValues(query: string): string {
  return query.replace(FIELD_BEFORE_OPERATOR, ' ');
}

/**
 * Clauses that exclude what they name: `not field: value`, `NOT field=value`, `field != value`,
 * Kusto's `!in`, `!has`, `!contains`, `!startswith`. Their values are what the rule does not select.
 * A clause that starts with its field starts where a name does (see FIELD_BEFORE_OPERATOR): one
 * found from inside a name would have been found from its start.
 */
const NEGATED_CLAUSE = new RegExp(
  [
    String.raw`\bnot\s+\(?\s*[$\w.@-]+\s*(?::|==|=~|=|\s+in~?\b|\s+like\b|\s+has\b|\s+contains\b)\s*(?:\([^)]*\)|\[[^\]]*\]|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s)]+)`,
    String.raw`(?<![$\w.@-])[$\w.@-]+\s*(?:!=|!~|!in~?|!has(?:_any)?|!contains|!startswith|!endswith)\s*(?:\([^)]*\)|\[[^\]]*\]|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s)]+)`,
    // ES|QL, SPL, KQL: `field NOT IN (...)`, `field not like "x"`; a negated call `NOT STARTS_WITH(f, "x")`.
    String.raw`(?<![$\w.@-])[$\w.@-]+\s+not\s+(?:in|like|rlike|match)\b\s*(?:\([^)]*\)|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s)]+)`,
    String.raw`\bnot\s+[a-z_]+\s*\([^)]*\)`,
  ].join('|'),
  'gi',
);

const NOT_WORD = /not/i;

/**
 * The query split in one pass: without the clauses that exclude values (what it selects), and
 * those clauses joined (what it already filters out). See NEGATED_CLAUSE.
 */
export function splitNegations(query: string): { selected: string; filtered: string } {
  // Every clause has a `!` or a `not` (ASCII letters in any case: the pattern has no `u` flag).
  if (!query.includes('!') && !NOT_WORD.test(query)) return { selected: query, filtered: '' };
  let selected = '';
  const filtered: string[] = [];
  let from = 0;
  for (const m of query.matchAll(NEGATED_CLAUSE)) {
    selected += `${query.slice(from, m.index)} `;
    filtered.push(m[0]);
    from = m.index + m[0].length;
  }
  return from === 0 ? { selected: query, filtered: '' } : { selected: selected + query.slice(from), filtered: filtered.join('\n') };
}

/** Keys under which an operation is matched: the whole name and, for dotted method names, the method. */
export function operationKeys(operation: string): string[] {
  const lower = operation.trim().toLowerCase();
  if (lower === '') return [];
  const keys = [lower];
  // S3 server access logs write the API call as `REST.GET.OBJECT`: the same call as `GetObject`.
  const rest = /^rest\.([a-z]+)\.([a-z_]+)$/.exec(lower);
  if (rest) keys.push(`${rest[1]}${rest[2]!.replace(/_/g, '')}`);
  if (!lower.includes('/') && lower.includes('.')) {
    const last = lower.slice(lower.lastIndexOf('.') + 1);
    if (last !== '' && !last.includes('*')) keys.push(last);
  }
  return keys;
}

/** The values written after an operator at `start`: `"X"`, `X`, `(A or B)`, `("A", "B")`, `/A|B/`, a YAML list. */
function valuesAt(query: string, start: number): string[] {
  let i = start;
  while (i < query.length && (query[i] === ' ' || query[i] === '\t')) i++;
  const c = query[i];
  if (c === undefined) return [];
  if (c === '(' || c === '[') {
    const close = c === '(' ? ')' : ']';
    let depth = 0;
    let j = i;
    for (; j < query.length; j++) {
      if (query[j] === c) depth++;
      else if (query[j] === close && --depth === 0) break;
    }
    return listValues(query.slice(i + 1, j));
  }
  if (c === '"' || c === "'") {
    const end = query.indexOf(c, i + 1);
    return [query.slice(i + 1, end === -1 ? undefined : end)];
  }
  if (c === '/') {
    const end = query.indexOf('/', i + 1);
    const body = query.slice(i + 1, end === -1 ? undefined : end);
    return body.replace(/[()^$]/g, '').split('|');
  }
  if (c === '\n' || c === '\r') {
    // A YAML sequence under the key (Sigma): `eventName:\n  - 'GetObject'`.
    const out: string[] = [];
    for (const line of query.slice(i).split(/\r?\n/).slice(1)) {
      const m = /^\s*-\s+(.*)$/.exec(line);
      if (!m) break;
      out.push(m[1]!.trim().replace(/^["']|["']$/g, ''));
    }
    return out;
  }
  const bare = /^[^\s)(,|]+/.exec(query.slice(i));
  return bare ? [bare[0]] : [];
}

/** Quoted or bare values of a list, without the `or`/`and` that join them. */
function listValues(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s,()"']+)/g)) {
    const bare = m[3];
    if (bare !== undefined && QUERY_WORDS.has(bare.toLowerCase())) continue;
    out.push(m[1] ?? m[2] ?? bare ?? '');
  }
  return out;
}

function usableOperation(value: string): boolean {
  const v = value.trim();
  return v !== '' && v.length <= 200 && /[A-Za-z]/.test(v) && !/^[*?]+$/.test(v) && !v.startsWith('$') && !/\s/.test(v);
}

/** Operations the query selects, in order of appearance, without those it excludes. */
export function queryOperations(query: string): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const seen = new Set<string>();
  for (const m of query.matchAll(OPERATION_FIELD)) {
    const operator = m[2] ?? m[3] ?? '';
    if (operator.startsWith('!')) continue;
    if (NEGATION_BEFORE.test(query.slice(Math.max(0, m.index - 12), m.index))) continue;
    const field = m[1]!;
    for (const raw of valuesAt(query, m.index + m[0].length)) {
      const value = raw.trim();
      if (!usableOperation(value)) continue;
      const key = value.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ value: key, shown: value, origin: 'query', field });
    }
  }
  return out;
}

/**
 * A Sigma detection without the selections its condition negates (`selection and not filter`):
 * the operations a filter names are the ones the rule does not watch. `negatedOnly`: those
 * selections alone, what the rule filters out.
 */
export function sigmaSelections(detectionYaml: string, negatedOnly = false): string {
  const { selected, filtered } = splitSigmaSelections(detectionYaml);
  return negatedOnly ? filtered : selected;
}

/** `sigmaSelections` both ways in one pass: what the detection selects and what it filters out. */
function splitSigmaSelections(detectionYaml: string): { selected: string; filtered: string } {
  const blocks: { name: string; text: string }[] = [{ name: '', text: '' }];
  for (const line of detectionYaml.split(/\r?\n/)) {
    const key = /^([^\s:#][^:]*):/.exec(line);
    if (key) blocks.push({ name: key[1]!.trim(), text: '' });
    blocks[blocks.length - 1]!.text += `${line}\n`;
  }
  const condition = blocks.find((b) => b.name === 'condition')?.text ?? '';
  const negated = [...condition.matchAll(/\bnot\s+(?:(?:1|all)\s+of\s+)?([\w*-]+)/gi)].map((m) => {
    const pattern = m[1]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${pattern}$`);
  });
  let selected = '';
  let filtered = '';
  for (const b of blocks) {
    if (b.name === 'condition') continue;
    if (negated.some((n) => n.test(b.name))) filtered += b.text;
    else selected += b.text;
  }
  return { selected, filtered };
}

/** API names in prose, minus product names that look like them (`SharePoint`, `FileZilla`). */
function proseOperations(text: string, origin: EvidenceOrigin): EvidenceItem[] {
  return [...text.matchAll(PROSE_OPERATION)]
    .filter((m) => findTerms(m[0]).length === 0)
    .map((m) => ({ value: m[0].toLowerCase(), shown: m[0], origin }));
}

function add(list: EvidenceItem[], item: EvidenceItem): void {
  if (!list.some((x) => x.value === item.value)) list.push(item);
}

/** What one place of the rule (its data source, query, title or description) names. */
interface Mentions {
  platforms: EvidenceItem[];
  services: EvidenceItem[];
  tools: EvidenceItem[];
}

function noMentions(): Mentions {
  return { platforms: [], services: [], tools: [] };
}

/** Adds vocabulary matches; a service names its platform too (`Amazon S3` is AWS). */
function fromMatches(matches: readonly VocabularyMatch[], origin: EvidenceOrigin, into: Mentions): void {
  for (const { term, phrase } of matches) {
    const item: EvidenceItem = { value: term.id, shown: phrase, origin };
    if (term.kind === 'platform') add(into.platforms, item);
    else if (term.kind === 'service') add(into.services, item);
    else add(into.tools, item);
    if (term.kind === 'service' && term.platform) add(into.platforms, { value: term.platform, shown: phrase, origin });
  }
}

/** Services named by words whose meaning depends on the platform (`bucket` is S3 on AWS). */
function platformServices(tokens: readonly string[], platforms: readonly EvidenceItem[], origin: EvidenceOrigin): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const word of new Set(tokens)) {
    const byPlatform = PLATFORM_SERVICES[word];
    if (!byPlatform) continue;
    for (const p of platforms) {
      const service = byPlatform[p.value];
      if (service) out.push({ value: service, shown: word, origin });
    }
  }
  return out;
}

/** Platforms whose logs carry each other's services. */
const PLATFORM_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  kubernetes: ['aws', 'azure', 'gcp'],
  gcp: ['google-workspace'],
  'google-workspace': ['gcp'],
  azure: ['m365'],
  m365: ['azure'],
};

/** Keeps free-text mentions whose platform the rule is about (or any, when its platform is unknown). */
function compatible(item: EvidenceItem, kind: 'service' | 'tool', platforms: readonly EvidenceItem[]): boolean {
  const platform = platformOf(kind, item.value);
  return platform === undefined || platforms.length === 0 || platforms.some((p) => p.value === platform);
}

export function extractEvidence(detection: Detection): Evidence {
  // A format with no query in its files (Panther keeps logic in Python) may pass the
  // description as the query: it is then prose, not what the rule selects.
  const query = detection.query === detection.description ? '' : detection.query;
  const description = withoutFalsePositives(detection);
  // Each text is split into words once, for the vocabulary, the comparable words and the cues.
  const queryTokens = tokenize(query);
  const queryWithoutMacros = query.includes('`') ? query.replace(SPL_MACRO, ' ') : query;
  const macroFreeTokens = queryWithoutMacros === query ? queryTokens : tokenize(queryWithoutMacros);
  const dataSourceText = detection.dataSources.join('\n');
  const dataSourceTokens = tokenize(dataSourceText).tokens;
  const titleTokens = tokenize(detection.title);
  const descriptionTokens = tokenize(description);
  const prose: [EvidenceOrigin, string, readonly string[]][] = [
    ['title', detection.title, titleTokens.tokens],
    ['description', description, descriptionTokens.tokens],
  ];

  // Each place the rule can name its subject, most reliable first: what it reads, then its prose.
  const dataSource = noMentions();
  fromMatches(findTermsIn(dataSourceTokens), 'data source', dataSource);
  fromMatches(findLogSourcesIn(dataSourceTokens), 'data source', dataSource);
  const fromQuery = noMentions();
  // Every host SERVICE_HOST matches has one of these, in some case.
  const hosts = queryTokens.lower.includes('amazonaws') || queryTokens.lower.includes('googleapis');
  for (const m of hosts ? query.matchAll(SERVICE_HOST) : []) {
    const host = serviceOfHost(m[0]);
    if (!host) continue;
    add(fromQuery.services, { value: host.service, shown: m[0], origin: 'query' });
    add(fromQuery.platforms, { value: host.platform, shown: m[0], origin: 'query' });
  }
  fromMatches(findTermsIn(macroFreeTokens.tokens), 'query', fromQuery);
  fromMatches(findLogSourcesIn(queryTokens.tokens), 'query', fromQuery);
  const fromProse = prose.map(([origin, , tokens]) => {
    const found = noMentions();
    fromMatches(findTermsIn(tokens), origin, found);
    return found;
  });

  // The platform comes from the first place that names one: a query's search terms or a
  // description's comparisons must not add platforms to a rule whose data source is known.
  const evidence = emptyEvidence();
  for (const tier of [dataSource, fromQuery, ...fromProse]) {
    if (tier.platforms.length > 0) {
      evidence.platforms.push(...tier.platforms);
      break;
    }
  }
  // Services: what the rule reads first; a word that needs the platform (`bucket`) next; its prose last.
  for (const tier of [dataSource, fromQuery]) {
    for (const s of tier.services) {
      if (!compatible(s, 'service', evidence.platforms)) {
        // A service of a neighbouring platform still counts (Azure Arc on a Kubernetes audit
        // log, Drive in GCP audit logs) and brings its platform along.
        const platform = platformOf('service', s.value);
        if (!platform || !evidence.platforms.some((p) => PLATFORM_NEIGHBOURS[p.value]?.includes(platform))) continue;
        add(evidence.platforms, { value: platform, shown: s.shown, origin: s.origin });
      }
      add(evidence.services, s);
    }
  }
  const onePlatform = evidence.platforms.length > 0 && evidence.platforms.every((p) => p.value === evidence.platforms[0]!.value);
  if (evidence.services.length === 0 && onePlatform) {
    for (const [origin, tokens] of [['data source', dataSourceTokens], ['query', macroFreeTokens.tokens]] as const) {
      for (const s of platformServices(tokens, evidence.platforms, origin)) add(evidence.services, s);
    }
  }
  if (evidence.services.length === 0) {
    for (const tier of fromProse) {
      for (const s of tier.services) if (compatible(s, 'service', evidence.platforms)) add(evidence.services, s);
    }
  }
  if (evidence.services.length === 0 && onePlatform) {
    for (const [origin, , tokens] of prose) for (const s of platformServices(tokens, evidence.platforms, origin)) add(evidence.services, s);
  }
  for (const tier of [dataSource, fromQuery, ...fromProse]) {
    for (const t of tier.tools) if (compatible(t, 'tool', evidence.platforms)) add(evidence.tools, t);
  }

  const sigma = detection.format === 'sigma';
  const { selected, filtered } = sigma ? splitSigmaSelections(query) : splitNegations(query);
  evidence.operations = queryOperations(sigma ? selected : query);
  evidence.operationsFromQuery = evidence.operations.length > 0;
  if (!evidence.operationsFromQuery) {
    for (const [origin, text] of prose) for (const op of proseOperations(text, origin)) add(evidence.operations, op);
  }

  // The words of the whole rule, and the texts scenario cues are looked for in.
  const selectedText = ruleText('query', queryValues(selected), selected);
  const words = new Set<string>();
  const titleText: RuleText = { origin: 'title', raw: detection.title, lower: titleTokens.lower, words: termsOfTokens(titleTokens), within: words };
  const descriptionText: RuleText = {
    origin: 'description',
    raw: description,
    lower: descriptionTokens.lower,
    words: termsOfTokens(descriptionTokens),
    within: words,
  };
  const queryWords = selected === query ? selectedText.words : terms(queryValues(query));
  for (const w of titleText.words) words.add(w);
  for (const w of descriptionText.words) words.add(w);
  for (const w of queryWords) words.add(w);
  if (selected === query) {
    selectedText.lower = queryTokens.lower;
    selectedText.within = words;
  }
  evidence.words = words;
  // A host or network log source decides, whatever the query's values name: a process rule whose
  // command line mentions `OneDrive.exe` or a blob URL is no rule on OneDrive or Blob Storage.
  evidence.hostOnly = dataSource.platforms.length === 0 && HOST_DATA_SOURCE.test(dataSourceText);
  evidence.negated = filtered === '' ? NOTHING_FILTERED : ruleText('query', queryValues(filtered), filtered);
  evidence.texts = [selectedText, titleText, descriptionText];
  evidence.resourceState = detection.evaluates === 'resources';
  evidence.queryless = query.trim() === '';
  const saysClients = /\b(?:clients?|user[\s-]?agents?)\b/i.test(detection.title);
  const queryClients = fromQuery.tools.filter((tool) => isClientTool(tool.value));
  // One client named in the prose makes the query's list of clients the rule's restriction.
  const inProse = (tool: EvidenceItem) => fromProse.some((tier) => tier.tools.some((t) => t.value === tool.value));
  evidence.clients = saysClients || queryClients.some(inProse) ? queryClients : [];
  return evidence;
}

/**
 * The description without the false positives it documents (Sentinel and Panther keep them
 * there): what a rule says about its benign triggers, or what a fix wrote, is not what it detects.
 */
function withoutFalsePositives(detection: Detection): string {
  const items = detection.falsePositives.filter((s) => s.source === 'description').flatMap((s) => s.items);
  if (items.length === 0) return detection.description;
  let text = detection.description.replace(/\s+/g, ' ');
  for (const item of items) text = text.split(item.text.replace(/\s+/g, ' ')).join(' ');
  return text;
}

const NOTHING_FILTERED: RuleText = { origin: 'query', raw: '', words: [] };

function emptyEvidence(): Evidence {
  return {
    platforms: [],
    services: [],
    operations: [],
    operationsFromQuery: false,
    tools: [],
    words: new Set(),
    hostOnly: false,
    texts: [],
    negated: NOTHING_FILTERED,
    queryless: false,
    resourceState: false,
    clients: [],
  };
}
