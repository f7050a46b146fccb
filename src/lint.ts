/**
 * The engine: paths -> files -> detections -> findings. Shared by the CLI and the Action;
 * never imports @actions/* and never prints.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { techniquePrefilter } from './attack.js';
import type { Catalog } from './catalog/types.js';
import { CHECK_METAS } from './checks/index.js';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, type LintConfig } from './config.js';
import { ConfigError } from './errors.js';
import type { Detection, ParseProblem } from './detection.js';
import { DiscoveredFiles, discoverFiles, type PathPatterns } from './discover.js';
import type { Finding, Severity } from './finding.js';
import { fingerprint, parseSelected, type FileLintContext, type FileOutcome } from './lint-file.js';
import { chunkCount, chunkLength, chunkOf, isLinted, isSkip, lintCandidate, lintChunk, type ChunkEntry } from './lint-chunk.js';
import { restoreOptimizingCompiler, tuneOptimizingCompiler } from './jit-budget.js';
import { LintPool } from './lint-pool.js';
import { CANDIDATES_FOUND, NEXT_RANGE, SHARED_SLOTS } from './lint-worker.js';
import { compact } from './lint-outcome.js';
import type { Confidence, RuleAnalysis } from './match/types.js';
import { SEVERITY_RANK } from './finding.js';
import { RULE_EXTENSIONS } from './formats/index.js';
import { MAX_FILE_BYTES, classifyContent, readCandidate } from './read.js';
import type { DirectiveWarning, LintResult, Skip, Suppression, ThreadStats } from './result.js';
import type { SourceFile } from './source.js';
import { didYouMean } from './nearest.js';
import { VERSION } from './version.js';

export { MAX_SUGGESTIONS_PER_FINDING, entriesForTechniques, fingerprint, planFix } from './lint-file.js';

export interface CollectOptions {
  /** Absolute folder output paths are relative to; symlinks may not leave it. */
  root: string;
  paths: string[];
  techniques: string[];
  includeDeprecated: boolean;
  /** Gitignore-style patterns relative to `patternBase` (default `root`). */
  include?: string[];
  exclude?: string[];
  patternBase?: string;
  /** More exclusions relative to their own folder (the config's `ignore:`). */
  ignore?: PathPatterns;
  /** Only these root-relative paths are read (pull-request mode); undefined: all discovered. */
  onlyPaths?: ReadonlySet<string>;
  /**
   * Lint this content (standard input) instead of discovering files: `path` names it in the
   * report and gives its format by extension (without a rule extension, by content alone).
   */
  stdin?: StdinContent;
}

export interface StdinContent {
  path: string;
  content: Buffer;
}

export interface Collected {
  /** Selected detections, in path order. */
  detections: Detection[];
  problems: ParseProblem[];
  skipped: Skip[];
  /** Rule-format files read. */
  files: number;
  /** Given paths and --include patterns that selected no rule file. */
  unmatched: string[];
}

const CONFIG_FILE_NAME_SET: ReadonlySet<string> = new Set(CONFIG_FILE_NAMES);

/** The rule-format files a run reads, and the discovery's skips. */
function discover(options: CollectOptions): { files: DiscoveredFiles; skipped: Skip[]; unmatched: string[] } {
  if (options.stdin) return { files: DiscoveredFiles.of(options.root, []), skipped: [], unmatched: [] };
  const discovered = discoverFiles({
    root: options.root,
    paths: options.paths,
    extensions: RULE_EXTENSIONS,
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    ...(options.patternBase ? { patternBase: options.patternBase } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
    unlistedNames: CONFIG_FILE_NAME_SET,
  });
  const { onlyPaths } = options;
  const files = onlyPaths ? discovered.files.filter((relative) => onlyPaths.has(relative)) : discovered.files;
  return { files, skipped: discovered.skipped, unmatched: discovered.unmatched };
}

/**
 * Reads the files one at a time, so that only the texts of parsed rules stay in memory, and
 * yields those that mention a selected technique (parsing is the expensive step: only they can
 * carry its tag) and the files left out with a reason, in file order.
 */
function* candidates(files: DiscoveredFiles, techniques: readonly string[], stdin?: StdinContent): Generator<SourceFile | Skip> {
  const mayCarryTag = techniquePrefilter(techniques);
  if (stdin) {
    const outcome =
      stdin.content.length > MAX_FILE_BYTES
        ? ({ kind: 'skip', reason: 'standard input is over the 5 MiB limit; not read' } as const)
        : classifyContent(stdin.path, stdin.content, mayCarryTag);
    if (outcome.kind === 'text') yield outcome.file;
    else if (outcome.kind === 'skip') yield { path: stdin.path, reason: outcome.reason };
  }
  for (const discoveredFile of files) {
    const outcome = readCandidate(discoveredFile, mayCarryTag);
    if (outcome.kind === 'text') yield outcome.file;
    else if (outcome.kind === 'skip') yield { path: discoveredFile.relative, reason: outcome.reason };
  }
}

/** Discovers, reads, prefilters and parses; returns the detections tagged with `techniques`. */
export async function collectDetections(options: CollectOptions): Promise<Collected> {
  const { files, skipped: discoverySkips, unmatched } = discover(options);
  const skipped = [...discoverySkips];
  const detections: Detection[] = [];
  const problems: ParseProblem[] = [];
  for (const candidate of candidates(files, options.techniques, options.stdin)) {
    if (!('text' in candidate)) {
      skipped.push(candidate);
      continue;
    }
    const parsed = parseSelected(candidate, options.techniques, options.includeDeprecated);
    problems.push(...parsed.problems);
    skipped.push(...parsed.skipped);
    detections.push(...parsed.detections);
  }
  return { detections, problems, skipped, files: options.stdin ? 1 : files.length, unmatched };
}

export interface LintOptions extends CollectOptions {
  catalog: Catalog;
  config?: LintConfig;
  /** Which suggestions a fix inserts: `high` only (default) or `medium` and above. */
  fixConfidence?: Confidence;
  /**
   * Threads that read and lint the files, the calling one included (default 1: no worker).
   * Workers load during the discovery when a folder is given and read from the start on
   * `scoutThreshold` files or more, else start once the run has linted `parallelThreshold`
   * candidates; the result is the same either way.
   */
  jobs?: number;
  /** A script that starts a lint worker (see lint-worker.ts): the running bundle. Needed for jobs > 1. */
  workerEntry?: URL;
  /**
   * Keep each detection's file text, query and description once analysed (default true). Runs
   * whose output needs no rule text (no fix, no fix regions) pass false: memory then stays flat
   * in the number of rules, and `source.text`, `query` and `description` are empty.
   */
  keepText?: boolean;
  /**
   * Candidate files (files that mention a selected technique) a run finds, and lints on the main
   * thread, before workers lint too (default 256): a worker that lints warms up the linting code a second
   * time, which costs more than it saves on a few dozen rules (measured on the 9,737-file corpus
   * with 69 candidates: 0.62 s with a worker linting, 0.56 s without).
   */
  parallelThreshold?: number;
  /**
   * Discovered files from which workers start at once, reading and prefiltering ranges of files
   * for the main thread until the run has found `parallelThreshold` candidates (default 4,096).
   */
  scoutThreshold?: number;
}

/** Candidate files a run finds before workers lint too (see LintOptions.parallelThreshold). */
const DEFAULT_PARALLEL_THRESHOLD = 256;
/** Discovered files from which workers start at once (see LintOptions.scoutThreshold). */
const DEFAULT_SCOUT_THRESHOLD = 4096;

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.check < b.check ? -1 : a.check > b.check ? 1 : 0)
  );
}

const KNOWN_CHECKS: readonly string[] = CHECK_METAS.map((m) => m.id);

/** A config naming a check that does not exist is a typo that would silently do nothing. */
function assertKnownChecks(config: LintConfig): void {
  for (const id of Object.keys(config.checks)) {
    if (!KNOWN_CHECKS.includes(id)) {
      throw new ConfigError(`${config.source ?? 'config'}: checks: unknown check '${id}' (${didYouMean(id, KNOWN_CHECKS)}known: ${KNOWN_CHECKS.join(', ')})`);
    }
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads and lints every discovered file (standard input first), in ranges that the main thread
 * and the workers claim from one shared counter; hands the outcomes and read skips to `deliver`
 * in file order, each range as soon as it and those before it are done (a run then never holds
 * every file's outcome wrapper at once).
 *
 * With many files, workers start at once but only read and prefilter, handing the candidates to
 * the main thread: reading is most of a run with few candidates, and a worker that linted them
 * would warm up the linting code a second time. Once the run has found `parallelThreshold`
 * candidates, workers lint theirs too.
 */
async function lintCandidates(
  files: DiscoveredFiles,
  context: FileLintContext,
  options: LintOptions,
  deliver: (outcome: FileOutcome | Skip) => void,
  early: LintPool | null,
): Promise<Omit<ThreadStats, 'discoveryMs' | 'lintMs'>> {
  const mayCarryTag = techniquePrefilter(context.techniques);
  let candidates = 0;
  let inWorkers = 0;
  let readInWorkers = 0;
  let handedOver = 0;
  // Without texts, every outcome is kept lean, with this thread's one copy of the strings many
  // rules share: lintChunk compacted those linted here already; a worker's are made lean here,
  // and the candidates a worker only read are linted here.
  const outcomesOf = (entries: readonly ChunkEntry[]): (FileOutcome | Skip)[] =>
    entries.map((entry) => {
      if (isSkip(entry)) return entry;
      candidates++;
      if (!isLinted(entry)) return lintCandidate(entry.file, context).outcome;
      return context.keepText ? entry.outcome : compact(entry.outcome, entry.file);
    });

  if (options.stdin) {
    const { stdin } = options;
    const read =
      stdin.content.length > MAX_FILE_BYTES
        ? ({ kind: 'skip', reason: 'standard input is over the 5 MiB limit; not read' } as const)
        : classifyContent(stdin.path, stdin.content, mayCarryTag);
    if (read.kind === 'text') outcomesOf([{ file: read.file }]).forEach(deliver);
    else if (read.kind === 'skip') deliver({ path: stdin.path, reason: read.reason });
  }

  const chunks = chunkCount(files.length);
  const results: ((FileOutcome | Skip)[] | undefined)[] = new Array(chunks);
  let delivered = 0;
  const deliverReady = () => {
    for (; delivered < chunks && results[delivered]; delivered++) {
      results[delivered]!.forEach(deliver);
      results[delivered] = DELIVERED;
    }
  };
  const shared = new Int32Array(new SharedArrayBuffer(SHARED_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  const jobs = threadCount(options);
  const threshold = options.parallelThreshold ?? DEFAULT_PARALLEL_THRESHOLD;
  const scoutFrom = options.scoutThreshold ?? DEFAULT_SCOUT_THRESHOLD;
  const found = () => Atomics.load(shared, CANDIDATES_FOUND);
  // The main thread lints every candidate it reads, and counts it as found (see lint-worker.ts).
  const countFound = () => {
    Atomics.add(shared, CANDIDATES_FOUND, 1);
    return true;
  };
  let pool: LintPool | null = null;
  // An error linting a candidate a worker handed over, met in a message handler: thrown after the loop.
  let handedFailure: unknown = null;
  const startWorkers = (started = new LintPool(options.workerEntry!, jobs - 1, context)): LintPool => {
    // Only a run that uses its workers has every core busy (an early pool may be let go, a
    // worker may die at its start); and only once they have loaded the engine (see jit-budget.ts).
    started.whenLoaded((loaded) => loaded > 0 && tuneOptimizingCompiler(loaded + 1));
    started.start(files, shared.buffer as SharedArrayBuffer, threshold, (chunk, entries) => {
      if (results[chunk] || handedFailure) return;
      try {
        results[chunk] = outcomesOf(entries);
      } catch (error) {
        handedFailure = error;
        return;
      }
      for (const entry of entries) {
        if (isLinted(entry)) inWorkers++;
        else if (!isSkip(entry)) handedOver++;
      }
      readInWorkers += chunkLength(files.length, chunk);
      deliverReady();
    });
    return started;
  };
  const lintHere = (chunk: number) => {
    results[chunk] = outcomesOf(lintChunk(chunkOf(files, chunk), context, mayCarryTag, countFound));
    deliverReady();
  };
  try {
    const scout = jobs > 1 && chunks > 1 && files.length >= scoutFrom;
    if (scout) pool = startWorkers(early ?? undefined);
    else early?.release();
    for (let chunk = Atomics.add(shared, NEXT_RANGE, 1); chunk < chunks; chunk = Atomics.add(shared, NEXT_RANGE, 1)) {
      lintHere(chunk);
      if (!pool && jobs > 1 && found() >= threshold && chunk + 1 < chunks) pool = startWorkers();
      // Lets the ranges the workers finished come in.
      if (pool) await nextTurn();
      if (handedFailure) throw handedFailure;
    }
    if (pool) {
      await pool.finished;
      if (pool.failure) throw pool.failure;
      if (handedFailure) throw handedFailure;
    }
    // Ranges a worker claimed but never answered (it died): linted here, same outcome.
    for (let chunk = delivered; chunk < chunks; chunk++) if (!results[chunk]) lintHere(chunk);
  } finally {
    await pool?.close();
    restoreOptimizingCompiler();
  }
  return { threads: pool ? pool.size + 1 : 1, candidates, inWorkers, readInWorkers, handedOver };
}

/** Threads that read and lint: the calling one and the workers `jobs` asks for, if they can start. */
function threadCount(options: LintOptions): number {
  return options.workerEntry && !options.stdin ? Math.max(1, Math.floor(options.jobs ?? 1)) : 1;
}

/**
 * Workers started before the files are discovered, so that they have loaded by the time the list
 * comes (on 9,737 files, the main thread read a third of them alone while a worker started after
 * the discovery was loading); null when the run can have none, or names only files (a list of
 * changed files from a pre-commit hook is no large run). Let go when the run turns out small.
 */
function earlyWorkers(options: LintOptions, context: FileLintContext): LintPool | null {
  const jobs = threadCount(options);
  if (jobs < 2) return null;
  return options.paths.some((p) => isFolder(path.resolve(options.root, p))) ? new LintPool(options.workerEntry!, jobs - 1, context) : null;
}

/** Whether `p` is a folder; a path that cannot be looked at is none here (the discovery says why). */
function isFolder(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** A range whose outcomes went to the run's lists already. */
const DELIVERED: (FileOutcome | Skip)[] = [];

export async function lint(options: LintOptions): Promise<LintResult> {
  const config = options.config ?? DEFAULT_CONFIG;
  assertKnownChecks(config);
  const context: FileLintContext = {
    techniques: options.techniques,
    includeDeprecated: options.includeDeprecated,
    catalog: options.catalog,
    checks: config.checks,
    fixConfidence: options.fixConfidence ?? 'high',
    keepText: options.keepText ?? true,
  };
  const discoveryStart = performance.now();
  const early = earlyWorkers(options, context);
  let discovery: ReturnType<typeof discover>;
  try {
    discovery = discover({
      ...options,
      ...(config.ignore.length ? { ignore: { base: config.dir ?? options.root, patterns: config.ignore } } : {}),
    });
  } catch (error) {
    early?.release();
    throw error;
  }
  const { skipped: discoverySkips, unmatched } = discovery;
  let { files } = discovery;
  const skipped: Skip[] = [...discoverySkips];
  const detections: Detection[] = [];
  const analyses: RuleAnalysis[] = [];
  const problems: ParseProblem[] = [];
  const detectionFindings: Finding[] = [];
  const suppressed: Suppression[] = [];
  const directiveWarnings: DirectiveWarning[] = [];
  const fileCount = files.length;
  const lintStart = performance.now();
  const threadStats = await lintCandidates(files, context, options, (outcome) => {
    if (!('detections' in outcome)) {
      skipped.push(outcome);
      return;
    }
    for (const x of outcome.skipped) skipped.push(x);
    for (const x of outcome.problems) problems.push(x);
    for (const x of outcome.detections) detections.push(x);
    for (const x of outcome.analyses) analyses.push(x);
    for (const x of outcome.findings) detectionFindings.push(x);
    for (const x of outcome.suppressed) suppressed.push(x);
    for (const x of outcome.directiveWarnings) directiveWarnings.push(x);
  }, early);
  const stats: ThreadStats = { ...threadStats, discoveryMs: lintStart - discoveryStart, lintMs: performance.now() - lintStart };
  // The list of every discovered file is no longer needed (300,000 files: some 7 MB).
  files = DiscoveredFiles.of(options.root, []);

  const findings: Finding[] = [];
  const parseSeverity = config.checks['parse-error'] ?? 'error';
  if (parseSeverity !== 'off') {
    for (const p of problems) {
      findings.push({
        check: 'parse-error',
        severity: parseSeverity,
        path: p.path,
        line: p.line,
        column: p.column,
        endLine: p.line,
        message: p.message,
        suggestions: [],
        fingerprint: fingerprint(['parse-error', p.path, p.message]),
      });
    }
  }
  for (const f of detectionFindings) findings.push(f);
  findings.sort(compareFindings);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: 'lofp-lint', version: VERSION },
    techniques: options.techniques,
    detections,
    analyses,
    findings,
    skipped,
    unmatched,
    directiveWarnings,
    suppressed,
    summary: {
      files: options.stdin ? 1 : fileCount,
      detections: detections.length,
      skipped: skipped.length,
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
      suppressed: suppressed.length,
    },
    threads: stats,
  };
}
