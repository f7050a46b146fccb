/**
 * A file's outcome detached from the file's text: what crosses from a worker thread to the main
 * thread, and what a run keeps of each rule when nothing downstream needs the rule texts (no fix,
 * no SARIF or rdjson fix regions). Memory then stays flat in the number of rules: of an analysed
 * rule only what the reports read is kept (src/report/*, src/cli), in one pass that copies it into
 * objects built whole (no spread or clone leftovers), with fresh strings that no longer pin the
 * file's text (V8 substrings and concatenations keep the strings they were made from alive) and
 * one copy of each string many rules share (check ids, severities, catalog texts, data sources).
 *
 * Left out of a kept rule (keepText false): the file text, the query and description, the
 * technique tags (`techniqueTags`) and tactics, which only the analysis and checks read.
 */
import type { Detection, FalsePositiveItem, FalsePositiveSection, LineSpan } from './detection.js';
import type { Finding } from './finding.js';
import type { Fix, TextEdit } from './fix/edits.js';
import type { FileOutcome } from './lint-file.js';
import type { ExcludedEntryReason, ItemMatch, RelevantEntry, RuleAnalysis, Suggestion } from './match/types.js';
import type { DirectiveWarning, Skip, Suppression } from './result.js';
import type { SourceFile } from './source.js';

export type DetachedDetection = Omit<Detection, 'source'>;
export type DetachedOutcome = Omit<FileOutcome, 'detections'> & { detections: DetachedDetection[] };

/** V8 makes substrings and concatenations shorter than this as fresh strings. */
const MIN_SHARING_LENGTH = 13;

/**
 * A copy of `s` that keeps no other string alive. A substring of 13 characters or more is a view
 * into its parent (a 40-character title pins its 5 KB file) and a concatenation points to its
 * parts. Joining an array writes its elements into a new flat string, interpreted or optimized
 * (test/core/lint-outcome.test.ts checks both). Reading a character of a concatenation makes
 * V8 flatten it, but not everywhere: Node 24's optimized code reads through it and leaves it
 * holding the substring, and so the parent (a run of 300,000 files, 30% tagged, kept 365 MiB of
 * heap on Node 24 that way, against 177 on Node 20).
 */
export function flatCopy(s: string): string {
  if (s.length < MIN_SHARING_LENGTH) return s;
  return [s.slice(0, 1), s.slice(1)].join('');
}

/** An empty list shared by every kept rule (frozen: nothing appends to a kept outcome). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** `xs.map(f)`, or the shared empty list: most outcomes have no problem, skip or suppression. */
function each<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  return xs.length === 0 ? NONE : xs.map(f);
}

/**
 * One copy of each string that many rules share (catalog texts in suggestions, reasons, check
 * ids, severities, data sources), and of each suggestion: an outcome copied across threads or
 * compacted holds its own copies, which for 100,000 rules would cost more than the rules themselves.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  private readonly spans = new Map<number, LineSpan>();
  /** Shared suggestions by reason. */
  private readonly suggestions = new Map<string, Suggestion[]>();
  private readonly suggestionLists = new SuggestionTrie();

  get(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    const copy = flatCopy(s);
    this.strings.set(copy, copy);
    return copy;
  }

  /** A list of short strings (technique ids, data sources), shared by every rule that has the same. */
  list(xs: readonly string[]): string[] {
    if (xs.length === 0) return NONE;
    const key = xs.length === 1 ? xs[0]! : xs.join('\u0000');
    let known = this.lists.get(key);
    if (!known) this.lists.set(key, (known = Object.freeze(xs.map((x) => this.get(x))) as string[]));
    return known;
  }

  /** A line span, shared by every rule with the same (most titles sit on the first lines). */
  span(s: LineSpan): LineSpan {
    if (s.line > MAX_SHARED_LINE || s.endLine > MAX_SHARED_LINE || s.line < 0 || s.endLine < 0) return { line: s.line, endLine: s.endLine };
    const key = s.line * (MAX_SHARED_LINE + 1) + s.endLine;
    let known = this.spans.get(key);
    if (!known) this.spans.set(key, (known = Object.freeze({ line: s.line, endLine: s.endLine })));
    return known;
  }

  /**
   * A list of shared suggestions, itself shared by every rule that has the same. `copy` gives
   * the shared form of each suggestion.
   */
  suggestionList(list: readonly Suggestion[], copy: (s: Suggestion) => Suggestion = (s) => this.suggestion(s)): Suggestion[] {
    if (list.length === 0) return NONE;
    const shared = list.map(copy);
    let node = this.suggestionLists;
    for (const s of shared) {
      let next = node.next.get(s);
      if (!next) node.next.set(s, (next = new SuggestionTrie()));
      node = next;
    }
    return (node.list ??= Object.freeze(shared) as Suggestion[]);
  }

  /** A suggestion as shared by every rule it is made for with the same confidence and reason. */
  suggestion(s: Suggestion): Suggestion {
    const id = this.get(s.id);
    const confidence = this.get(s.confidence) as Suggestion['confidence'];
    const reason = this.get(s.reason);
    let variants = this.suggestions.get(reason);
    if (!variants) this.suggestions.set(reason, (variants = []));
    // The catalog fixes the texts of an id; a merged catalog that does not gets a variant more.
    for (const known of variants) {
      if (known.id === id && known.confidence === confidence && known.text === s.text && known.insert === s.insert && known.short === s.short) return known;
    }
    const shared: Suggestion = Object.freeze({
      id,
      text: this.get(s.text),
      insert: this.get(s.insert),
      short: s.short === undefined ? undefined : this.get(s.short),
      confidence,
      reason,
    });
    variants.push(shared);
    return shared;
  }
}

/** Spans on lines up to this are shared (see `StringPool#span`). */
const MAX_SHARED_LINE = 0xffff;

/** Lists of suggestions by their elements, in order. */
class SuggestionTrie {
  readonly next = new Map<Suggestion, SuggestionTrie>();
  list: Suggestion[] | undefined;
}

/**
 * Outcomes `compact` made lean, and the pool their strings come from: the
 * pool stays as long as one of them does.
 */
const leanOutcomes = new WeakMap<FileOutcome, StringPool>();

let latestPool: WeakRef<StringPool> | undefined;

/**
 * The pool of the outcomes this thread compacted without being given one: the same for a whole
 * run (its outcomes keep it), a new one once they are all gone.
 */
function threadPool(): StringPool {
  let pool = latestPool?.deref();
  if (!pool) {
    pool = new StringPool();
    latestPool = new WeakRef(pool);
  }
  return pool;
}

/**
 * Copies one outcome as a run without texts keeps it. Objects that several parts of the outcome
 * share (a fix carried by several findings, the item that covers an entry) stay shared.
 */
class LeanCopy {
  /** Strings of the file that many of its parts repeat (its path, rule ids), copied once. */
  private readonly own = new Map<string, string>();
  private readonly sources = new Map<string, SourceFile>();
  private readonly items = new Map<FalsePositiveItem, FalsePositiveItem>();
  private readonly fixes = new Map<Fix, Fix>();

  constructor(
    private readonly pool: StringPool,
    /** How strings of the rule's own (titles, items, messages) are copied. */
    private readonly flat: (s: string) => string,
  ) {}

  /** A string of the file's own that its parts repeat (its path, a rule id), copied once. */
  private ownString(s: string): string {
    let copy = this.own.get(s);
    if (copy === undefined) this.own.set(s, (copy = this.flat(s)));
    return copy;
  }

  /** The file without its text, one object for all its detections. */
  source(file: SourceFile): SourceFile {
    let copy = this.sources.get(file.path);
    if (!copy) this.sources.set(file.path, (copy = { path: this.ownString(file.path), text: '', hasBom: file.hasBom, eol: file.eol }));
    return copy;
  }

  outcome(o: FileOutcome | DetachedOutcome, sourceOf: (d: Detection, copy: LeanCopy) => SourceFile | undefined): FileOutcome {
    const path = (p: string) => this.ownString(p);
    return {
      detections: each(o.detections, (d) => this.detection(d, sourceOf(d as Detection, this))),
      problems: each(o.problems, (p) => ({ path: path(p.path), line: p.line, column: p.column, message: this.flat(p.message) })),
      skipped: each(o.skipped, (s): Skip => ({ path: path(s.path), reason: this.flat(s.reason) })),
      analyses: each(o.analyses, (a) => this.analysis(a)),
      findings: each(o.findings, (f) => this.finding(f, path(f.path))),
      suppressed: each(
        o.suppressed,
        (s): Suppression => ({ check: this.pool.get(s.check), path: path(s.path), line: s.line, ruleId: s.ruleId === null ? null : this.ownString(s.ruleId) }),
      ),
      directiveWarnings: each(o.directiveWarnings, (w): DirectiveWarning => ({ path: path(w.path), line: w.line, message: this.flat(w.message) })),
    };
  }

  private list(xs: readonly string[]): string[] {
    return each(xs, (x) => this.pool.get(x));
  }

  /** Each suggestion of the outcome is made for one rule and shared by its findings. */
  private readonly suggestionCopies = new Map<Suggestion, Suggestion>();
  private readonly suggestionLists = new Map<Suggestion[], Suggestion[]>();
  private readonly copySuggestion = (s: Suggestion): Suggestion => {
    let copy = this.suggestionCopies.get(s);
    if (!copy) this.suggestionCopies.set(s, (copy = this.pool.suggestion(s)));
    return copy;
  };

  private suggestions(list: Suggestion[]): Suggestion[] {
    let copy = this.suggestionLists.get(list);
    if (!copy) this.suggestionLists.set(list, (copy = this.pool.suggestionList(list, this.copySuggestion)));
    return copy;
  }

  private item(i: FalsePositiveItem): FalsePositiveItem {
    let copy = this.items.get(i);
    if (!copy) this.items.set(i, (copy = { line: i.line, endLine: i.endLine, text: this.flat(i.text) }));
    return copy;
  }

  private section(s: FalsePositiveSection): FalsePositiveSection {
    const items = each(s.items, (i) => this.item(i));
    const { line, endLine } = s;
    const source = this.pool.get(s.source) as FalsePositiveSection['source'];
    const key = this.pool.get(s.key);
    return s.problem === undefined ? { source, key, line, endLine, items } : { source, key, line, endLine, items, problem: this.flat(s.problem) };
  }

  detection(d: DetachedDetection, source: SourceFile | undefined): Detection {
    return {
      format: this.pool.get(d.format) as Detection['format'],
      path: this.ownString(d.path),
      document: d.document,
      id: d.id === null ? null : this.ownString(d.id),
      title: this.flat(d.title),
      titleSpan: this.pool.span(d.titleSpan),
      description: '',
      techniques: this.pool.list(d.techniques),
      techniqueTags: NONE,
      tactics: NONE,
      query: '',
      dataSources: this.pool.list(d.dataSources),
      status: d.status === null ? null : this.pool.get(d.status),
      deprecated: d.deprecated,
      evaluates: d.evaluates === undefined ? undefined : (this.pool.get(d.evaluates) as Detection['evaluates']),
      falsePositives: each(d.falsePositives, (s) => this.section(s)),
      disabledChecks: this.pool.list(d.disabledChecks),
      span: this.pool.span(d.span),
      // Undefined only in what `detach` sends to the main thread, which puts the file back.
      source: source as SourceFile,
    };
  }

  analysis(a: RuleAnalysis): RuleAnalysis {
    const s = (x: string) => this.pool.get(x);
    return {
      relevant: each(
        a.relevant,
        (r): RelevantEntry => ({
          entryId: s(r.entryId),
          score: r.score,
          confidence: s(r.confidence) as RelevantEntry['confidence'],
          reason: s(r.reason),
          coveredBy: r.coveredBy === null ? null : this.item(r.coveredBy),
          similarity: r.similarity,
        }),
      ),
      excluded: each(a.excluded, (x): ExcludedEntryReason => ({ entryId: s(x.entryId), reason: s(x.reason) })),
      suggestions: this.suggestions(a.suggestions),
      items: each(a.items, (m): ItemMatch => ({ item: this.item(m.item), entryId: m.entryId === null ? null : s(m.entryId), similarity: m.similarity })),
    };
  }

  private fix(fix: Fix): Fix {
    let copy = this.fixes.get(fix);
    if (!copy) {
      const edits = fix.edits.map((e): TextEdit => ({ startLine: e.startLine, endLine: e.endLine, lines: this.list(e.lines) }));
      this.fixes.set(fix, (copy = { title: this.pool.get(fix.title), edits }));
    }
    return copy;
  }

  finding(f: Finding, path: string): Finding {
    // Every finding has the same fields (absent ones undefined), so all share one object layout.
    return {
      check: this.pool.get(f.check),
      severity: this.pool.get(f.severity) as Finding['severity'],
      path,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      message: this.flat(f.message),
      suggestions: this.suggestions(f.suggestions),
      omittedSuggestions: f.omittedSuggestions,
      fix: f.fix === undefined ? undefined : this.fix(f.fix),
      ruleId: f.ruleId === undefined || f.ruleId === null ? f.ruleId : this.ownString(f.ruleId),
      fingerprint: this.flat(f.fingerprint),
    };
  }
}

/**
 * The outcome without the file's text; `keepText` false keeps only what a run without texts
 * keeps (see `compact`), which also makes the message to the main thread smaller.
 */
export function detach(outcome: FileOutcome, keepText: boolean): DetachedOutcome {
  if (!keepText) {
    // A compacted outcome goes as it is (its detections' `source` has no text).
    if (leanOutcomes.has(outcome)) return outcome;
    // Strings are copied by the message anyway: none is flattened here. The detections' `source`
    // is left undefined.
    return new LeanCopy(new StringPool(), (s) => s).outcome(outcome, () => undefined);
  }
  return {
    ...outcome,
    detections: outcome.detections.map(({ source: _source, ...rest }) => rest),
  };
}

/** Puts the file back on the detections. */
export function attach(outcome: DetachedOutcome, file: SourceFile): FileOutcome {
  return { ...outcome, detections: outcome.detections.map((d) => ({ ...d, source: file })) };
}

/** The file as detections keep it when the run does not keep texts: everything but the text. */
export function textless(file: SourceFile): SourceFile {
  return { path: file.path, text: '', hasBom: file.hasBom, eol: file.eol };
}

/**
 * What the run keeps of an outcome linted in this thread when it does not keep texts: a lean
 * copy that pins nothing of the file, made best right after the file is linted (the whole
 * outcome then never outlives a young-generation collection). Strings shared by many rules come
 * from `pool`, by default this thread's. An outcome compact made is returned as it is.
 */
export function compact(outcome: FileOutcome, file: SourceFile, pool: StringPool = threadPool()): FileOutcome {
  if (leanOutcomes.has(outcome)) return outcome;
  const lean = new LeanCopy(pool, flatCopy).outcome(outcome, (_d, copy) => copy.source(file));
  leanOutcomes.set(lean, pool);
  return lean;
}
