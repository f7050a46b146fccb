/**
 * Properties of `--fix` over generated rules of every format and over the repository's fixtures:
 * - the fixed file still parses, with as many detections as before;
 * - every field but the false positives is unchanged (Sentinel documents them in `description`,
 *   which may only grow by the appended paragraph);
 * - a re-lint reports neither `missing-false-positives` nor `placeholder-false-positives` for the
 *   fixed rule, nor `missing-catalog-entry` for an inserted entry;
 * - a second fix round plans no edit;
 * - lines outside the edited ranges keep their bytes, and the file keeps its BOM, line endings and
 *   final-newline state.
 * Suggestions come from the run itself (matching is tuned elsewhere): the properties hold for
 * whatever entries the matcher proposes.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { techniqueMatches } from '../../src/attack.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { CHECKS } from '../../src/checks/index.js';
import { run } from '../../src/cli/main.js';
import type { Detection, FormatId } from '../../src/detection.js';
import { toLines } from '../../src/fix/apply.js';
import type { TextEdit } from '../../src/fix/edits.js';
import { collectFileFixes, type FileFix } from '../../src/fix/files.js';
import { formatById } from '../../src/formats/index.js';
import { entriesForTechniques, lint, planFix } from '../../src/lint.js';
import { analyzeDetection } from '../../src/match/analyze.js';
import type { Confidence } from '../../src/match/types.js';
import type { LintResult } from '../../src/result.js';
import { makeSourceFile } from '../../src/source.js';
import { RULE_ARBITRARIES, type GeneratedRule } from './generators.js';
import { gitApply } from './git-apply.js';

/** Runs per format and confidence; `LOFP_PROPERTY_RUNS=1000` for a deeper local search. */
const RUNS_PER_FORMAT = Number(process.env.LOFP_PROPERTY_RUNS ?? 60);
const TECHNIQUE = 'T1530';
const CONFIDENCES: readonly Confidence[] = ['high', 'medium'];
const FORMATS: readonly FormatId[] = ['sigma', 'elastic', 'splunk', 'sentinel', 'panther', 'chronicle'];
const FIXTURES = new URL('../fixtures/', import.meta.url);
const FIXTURE_FOLDERS = ['sigma', 'elastic', 'splunk', 'sentinel', 'panther', 'chronicle', 'action-repo/rules', 'yaml-forms'];

const catalog = loadCatalog();
const scratch = mkdtempSync(path.join(tmpdir(), 'lofp-fix-property-'));
let folders = 0;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function freshFolder(): string {
  const dir = path.join(scratch, String(folders++));
  mkdirSync(dir, { recursive: true });
  return dir;
}

function lintFolder(dir: string, confidence: Confidence): Promise<LintResult> {
  return lint({ root: dir, paths: [dir], techniques: [TECHNIQUE], includeDeprecated: true, catalog, fixConfidence: confidence });
}

// ---------------------------------------------------------------------------------------------
// What a fix must leave alone

/** The fields a fix must not change; positions legitimately move. */
function stableFields(d: Detection): Record<string, unknown> {
  return {
    format: d.format,
    document: d.document,
    id: d.id,
    title: d.title,
    // Sentinel, and Panther when its Runbook is only a link, get the paragraph in the description.
    description: d.format === 'sentinel' || d.format === 'panther' ? undefined : d.description,
    techniques: d.techniques,
    techniqueTags: d.techniqueTags.map((t) => ({ raw: t.raw, technique: t.technique })),
    tactics: d.tactics,
    query: d.query,
    dataSources: d.dataSources,
    status: d.status,
    deprecated: d.deprecated,
    disabledChecks: d.disabledChecks,
  };
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Every original line outside the edits is in the fixed text, byte for byte, at its shifted
 * place. The only terminator that may change is that of an unterminated last line when an edit
 * appends after it (it then needs one; the new last line has none).
 */
function expectUntouchedOutsideEdits(original: string, fixed: string, edits: readonly TextEdit[]): void {
  expect(fixed.charCodeAt(0) === 0xfeff).toBe(original.charCodeAt(0) === 0xfeff);
  const before = toLines(withoutBom(original));
  const after = toLines(withoutBom(fixed));
  const sorted = [...edits].sort((a, b) => a.startLine - b.startLine);
  const appendsAtEnd = sorted.some((e) => e.startLine > before.length);
  let shift = 0;
  let next = 1;
  const compare = (line: number): void => {
    const was = before[line - 1]!;
    const now = after[line - 1 + shift];
    expect(now?.content, `line ${line} content`).toBe(was.content);
    if (!(appendsAtEnd && line === before.length && was.eol === '')) expect(now?.eol, `line ${line} terminator`).toBe(was.eol);
  };
  for (const edit of sorted) {
    for (let l = next; l < edit.startLine; l++) compare(l);
    shift += edit.lines.length - (edit.endLine - edit.startLine + 1);
    next = edit.endLine + 1;
  }
  for (let l = next; l <= before.length; l++) compare(l);
  expect(after.length).toBe(before.length + shift);

  // Line endings: the file's own style everywhere, and its final-newline state.
  const crlf = withoutBom(original).includes('\r\n');
  const terminators = new Set(after.map((l) => l.eol).filter((e) => e !== ''));
  expect([...terminators]).toEqual(terminators.size === 0 ? [] : [crlf ? '\r\n' : '\n']);
  expect(/\n$/.test(fixed)).toBe(/\n$/.test(original));
}

// ---------------------------------------------------------------------------------------------
// One fix round on a folder, and the properties that follow it


/**
 * What the engine concludes for one rule, computed as `lint` does: findings carry no link to their
 * rule (rules of a collection share ids and fields), so attribution goes through the rule itself.
 */
function engineView(detection: Detection, confidence: Confidence) {
  const entries = entriesForTechniques(catalog, detection.techniques.filter((t) => techniqueMatches(t, TECHNIQUE)));
  const analysis = analyzeDetection(detection, entries);
  const fix = planFix(detection, analysis, confidence);
  const suggested = analysis.suggestions.filter((s) => confidence === 'medium' || s.confidence === 'high').map((s) => s.id);
  const inserted = fix ? suggested : [];
  const reports = (check: string) =>
    CHECKS.find((c) => c.meta.id === check)!
      .run({ detection, entries, analysis, fix })
      .map((r) => (check === 'missing-catalog-entry' ? r.subject! : r.message));
  return { fix, suggested, inserted, reports };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.startLine === b.startLine && a.endLine === b.endLine && JSON.stringify(a.lines) === JSON.stringify(b.lines);
}

interface RoundOutcome {
  fixes: FileFix[];
  /** Rules whose fix was applied this round. */
  fixedRules: number;
}

/**
 * Applies one fix round to the files of `dir` and checks the properties of every rule it fixed.
 * Returns what it applied, so callers can run the next round.
 */
async function fixRound(dir: string, confidence: Confidence): Promise<RoundOutcome> {
  const result = await lintFolder(dir, confidence);
  const fixes = collectFileFixes(result);
  let fixedRules = 0;
  const applied = new Map<string, { index: number; inserted: string[] }[]>();
  for (const fileFix of fixes) {
    const file = fileFix.source.path;
    const rules = result.detections.filter((d) => d.path === file);
    const format = formatById(rules[0]!.format)!;
    const original = (fileFix.source.hasBom ? '\ufeff' : '') + fileFix.source.text;
    const before = format.parse(fileFix.source);
    const after = format.parse(makeSourceFile(file, fileFix.fixed));
    expect(after.problems.map((p) => p.message), `${file} parses after the fix`).toEqual(before.problems.map((p) => p.message));
    expect(after.detections.length).toBe(before.detections.length);
    before.detections.forEach((d, k) => {
      const now = after.detections[k]!;
      expect(stableFields(now), `${file} rule ${k}`).toEqual(stableFields(d));
      if (d.format === 'sentinel' || d.format === 'panther') expect(now.description.startsWith(d.description.trimEnd())).toBe(true);
    });
    expectUntouchedOutsideEdits(original, fileFix.fixed, fileFix.edits);

    const fixedHere: { index: number; inserted: string[] }[] = [];
    rules.forEach((d, index) => {
      const view = engineView(d, confidence);
      if (view.fix && view.fix.edits.every((e) => fileFix.edits.some((kept) => sameEdit(e, kept)))) {
        fixedHere.push({ index, inserted: view.inserted });
      }
    });
    fixedRules += fixedHere.length;
    applied.set(file, fixedHere);
    writeFileSync(path.join(dir, file), fileFix.fixed);
  }
  if (fixes.length === 0) return { fixes, fixedRules };

  const relint = await lintFolder(dir, confidence);
  const parseErrors = (r: LintResult) => r.findings.filter((f) => f.check === 'parse-error').map((f) => `${f.path}: ${f.message}`);
  expect(parseErrors(relint)).toEqual(parseErrors(result));
  for (const [file, rules] of applied) {
    // Rules keep their order in a file; the k-th rule before is the k-th rule after.
    const now = relint.detections.filter((d) => d.path === file);
    for (const { index, inserted } of rules) {
      const view = engineView(now[index]!, confidence);
      expect(view.reports('missing-false-positives'), `${file} rule ${index}`).toEqual([]);
      expect(view.reports('placeholder-false-positives'), `${file} rule ${index}`).toEqual([]);
      const stillMissing = view.reports('missing-catalog-entry').filter((id) => inserted.includes(id));
      expect(stillMissing, `${file} rule ${index}: inserted entries still reported missing`).toEqual([]);
    }
  }
  // The run's own findings agree, for files of one rule (where a finding's rule is unambiguous).
  for (const [file, rules] of applied) {
    if (rules.length !== 1 || relint.detections.filter((d) => d.path === file).length !== 1) continue;
    const left = relint.findings.filter((f) => f.path === file);
    expect(left.filter((f) => f.check === 'missing-false-positives' || f.check === 'placeholder-false-positives')).toEqual([]);
    const inserted = rules[0]!.inserted;
    expect(left.filter((f) => f.check === 'missing-catalog-entry' && inserted.includes(f.suggestions[0]!.id)).map((f) => f.message)).toEqual([]);
  }
  return { fixes, fixedRules };
}

// ---------------------------------------------------------------------------------------------
// Generated rules

/** What `lofp-lint --fix-dry-run` prints for the folder. */
async function cliDryRun(dir: string, confidence: Confidence): Promise<string> {
  let out = '';
  const code = await run(['--fix-dry-run', '--fail-on', 'never', '--include-deprecated', '--fix-confidence', confidence, '.'], {
    stdout: (text) => (out += text),
    stderr: () => {},
    cwd: dir,
    isTty: false,
  });
  expect(code).toBe(0);
  return out;
}

function describeCase(rule: GeneratedRule): string {
  return JSON.stringify({ fp: rule.falsePositives, scenario: rule.scenario, style: rule.style, layout: rule.layout, raw: rule.raw });
}

describe.each(FORMATS)('fix properties: generated %s rules', (format) => {
  const fixedCases: Record<Confidence, number> = { high: 0, medium: 0 };

  it.each(CONFIDENCES)('at --fix-confidence %s: parses, keeps other fields and bytes, resolves, is idempotent', async (confidence) => {
    await fc.assert(
      fc.asyncProperty(RULE_ARBITRARIES[format], async (rule) => {
        const dir = freshFolder();
        writeFileSync(path.join(dir, rule.name), rule.raw);
        const first = await lintFolder(dir, confidence);
        expect(first.findings.filter((f) => f.check === 'parse-error'), describeCase(rule)).toEqual([]);
        expect(first.detections.map((d) => d.format)).toEqual([format]);
        const suggested = engineView(first.detections[0]!, confidence).suggested;

        const dryRun = await cliDryRun(dir, confidence);
        const round = await fixRound(dir, confidence);
        // The CLI's `--fix-dry-run` output, applied with git to the original file, is what `--fix` wrote.
        const fixed = readFileSync(path.join(dir, rule.name), 'utf8');
        expect(dryRun === '' ? rule.raw : gitApply(rule.name, rule.raw, dryRun), '--fix-dry-run agrees with --fix').toBe(fixed);
        // A rule with suggestions at the run's confidence is always fixable in these layouts, but
        // for the YAML forms a rewrite cannot keep (explicit keys, aliased anchors): those findings say why.
        expect(round.fixedRules, `fixed rules for ${describeCase(rule)}`).toBe(suggested.length > 0 && !rule.unfixable ? 1 : 0);
        if (rule.unfixable && suggested.length > 0) {
          const carrying = first.findings.filter((f) => f.suggestions.length > 0);
          expect(carrying.length, describeCase(rule)).toBeGreaterThan(0);
          for (const f of carrying) expect(f.message, describeCase(rule)).toMatch(/; not fixed automatically: `[a-z_]+` (?:is written as an explicit key|carries the YAML anchor)/);
          expect(first.findings.map((f) => f.check), describeCase(rule)).not.toContain('missing-false-positives');
        }
        if (round.fixedRules > 0) fixedCases[confidence]++;

        const second = await lintFolder(dir, confidence);
        expect(collectFileFixes(second).map((f) => f.edits), 'a second fix round changes nothing').toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: RUNS_PER_FORMAT },
    );
    // The scenarios are chosen so that entries apply: a run that fixed nothing tested nothing.
    expect(fixedCases[confidence]).toBeGreaterThan(RUNS_PER_FORMAT / 2);
  });
});

// ---------------------------------------------------------------------------------------------
// The repository's fixtures

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => path.join(name, f)) : [name];
  });
}

const fixtureFiles = FIXTURE_FOLDERS.flatMap((folder) => {
  const root = new URL(`${folder}/`, FIXTURES);
  return filesUnder(root.pathname).map((file) => ({ folder, file }));
});

describe('fix properties: fixture rules', () => {
  it.each(CONFIDENCES)('at --fix-confidence %s, every fixture converges to a fixed point', async (confidence) => {
    let fixedRules = 0;
    for (const { folder, file } of fixtureFiles) {
      const dir = freshFolder();
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(new URL(`${folder}/${file}`, FIXTURES)));
      // A multi-rule file may defer a fix that touches lines another fix changes: rounds apply them in turn.
      let rounds = 0;
      for (;;) {
        const original = readFileSync(target, 'utf8');
        const dryRun = await cliDryRun(dir, confidence);
        const round = await fixRound(dir, confidence);
        expect(dryRun === '' ? original : gitApply(file, original, dryRun), `${folder}/${file}: --fix-dry-run agrees with --fix`).toBe(readFileSync(target, 'utf8'));
        fixedRules += round.fixedRules;
        if (round.fixes.length === 0) break;
        expect(round.fixedRules, `${folder}/${file}: a round with edits fixes a rule`).toBeGreaterThan(0);
        expect(++rounds, `${folder}/${file} converges`).toBeLessThanOrEqual(4);
      }
    }
    // Not vacuous: several fixtures get fixes (at high confidence only those whose rule shows the
    // entry's scenario; at medium the operation matches too).
    expect(fixedRules).toBeGreaterThanOrEqual(confidence === 'high' ? 5 : 8);
  });
});
