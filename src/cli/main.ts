/**
 * The CLI shell: argv -> options -> lint -> report -> exit code. No engine logic here.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalog } from '../catalog/load.js';
import { catalogCommand } from '../commands/catalog.js';
import { AUDIT_FORMATS, runAudit, type AuditFormat } from '../commands/audit.js';
import { DEFAULT_CONFIG, loadConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { SEVERITY_RANK } from '../finding.js';
import { collectFileFixes } from '../fix/files.js';
import { unifiedDiff } from '../fix/diff.js';
import { entriesForTechniques, lint, type LintOptions } from '../lint.js';
import { writeJsonReport } from '../report/json.js';
import { renderGitlab } from '../report/gitlab.js';
import { renderJunit } from '../report/junit.js';
import { renderRdjson } from '../report/rdjson.js';
import { writeSarif } from '../report/sarif.js';
import { renderStylish } from '../report/stylish.js';
import { BufferedWriter, type TextWriter } from '../report/writer.js';
import { printable } from '../report/printable.js';
import type { Finding } from '../finding.js';
import type { LintResult } from '../result.js';
import { VERSION } from '../version.js';
import { WriteError, writeFileAtomic } from '../write-file.js';
import { explain } from '../commands/explain.js';
import { initCommand } from '../commands/init.js';
import { RULE_EXTENSIONS } from '../formats/index.js';
import { HELP, parseCli, type CliOptions, type FailOn } from './args.js';
import { colorEnabled, hyperlinksEnabled, type Env } from './color.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Standard output is a terminal. */
  isTty: boolean;
  /** Environment variables (NO_COLOR, FORCE_COLOR...); none when absent. */
  env?: Env;
  /** A script that starts a lint worker thread (the CLI bundle itself); without it, no workers. */
  workerEntry?: URL;
  /** Standard input to its end (at most the file-size limit and a byte); for `-` / --stdin. */
  readStdin?: () => Promise<Buffer>;
}

/** Threads used at most when --jobs is not given: more than a few do not pay off. */
const DEFAULT_MAX_JOBS = 4;

/**
 * One thread per CPU that is idle: on a machine whose cores are busy with other work, a worker
 * thread only adds its start-up and copying costs (the output is the same either way).
 */
export function defaultJobs(cpus: number, loadAverage: number): number {
  return Math.max(1, Math.min(DEFAULT_MAX_JOBS, cpus, Math.round(cpus - loadAverage) + 1));
}

/** The name standard input gets in reports: --stdin-filename relative to the cwd, else `<stdin>`. */
function stdinPath(options: CliOptions, cwd: string): string {
  if (options.stdinFilename === undefined) return '<stdin>';
  const relative = path.relative(cwd, path.resolve(cwd, options.stdinFilename));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : options.stdinFilename).split(path.sep).join('/');
}

const DEFAULT_TECHNIQUES = ['T1530'];

/**
 * The folder output paths are relative to: the cwd, or the common ancestor folder of paths
 * outside it (a file's own folder when a single file is given).
 */
export function scanRoot(cwd: string, paths: readonly string[]): string {
  const absolute = paths.map((p) => path.resolve(cwd, p));
  const inside = (p: string) => {
    const rel = path.relative(cwd, p);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  if (absolute.every(inside)) return cwd;
  const first = absolute[0]!;
  let common = statSync(first, { throwIfNoEntry: false })?.isDirectory() ? first : path.dirname(first);
  for (const p of absolute) {
    while (path.relative(common, p).startsWith('..')) common = path.dirname(common);
  }
  return common;
}

/** Exit 1: a finding at --fail-on or above, or more warnings than --max-warnings allows. */
function failed(findings: readonly Finding[], options: CliOptions): boolean {
  if (options.maxWarnings !== undefined && findings.filter((f) => f.severity === 'warning').length > options.maxWarnings) return true;
  const failOn: FailOn = options.failOn;
  if (failOn === 'never') return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** Writes the report to `-o` (atomically) or stdout, as the reporter produces it. */
function emit(options: CliOptions, io: Io, render: (out: TextWriter) => void): void {
  if (options.output) {
    writeFileAtomic(path.resolve(io.cwd, options.output), render, options.output);
    return;
  }
  const out = new BufferedWriter(io.stdout);
  render(out);
  out.flush();
}

/** A path that does not exist is a typo, never "no problems". */
function assertPathsExist(paths: readonly string[], cwd: string): void {
  for (const p of paths) if (!statSync(path.resolve(cwd, p), { throwIfNoEntry: false })) throw new ConfigError(`${p}: no such file or folder`);
}

/** `given[i]` as the user wrote it is `resolved[i]` in the unmatched list; --include patterns first. */
function assertAllMatched(result: LintResult, given: readonly string[], resolved: readonly string[]): void {
  const unmatched = result.unmatched ?? [];
  const first = unmatched.find((u) => u.startsWith('--include ')) ?? unmatched[0];
  if (first === undefined) return;
  const what = first.startsWith('--include ') ? `--include "${first.slice('--include '.length)}"` : `"${given[resolved.indexOf(first)] ?? first}"`;
  const extensions = [...RULE_EXTENSIONS].join(', ');
  throw new ConfigError(`${what} selects no rule file (${extensions}); pass --no-error-on-unmatched-pattern to allow it`);
}

/**
 * The findings left once the fixes are applied, for --fix-dry-run's exit code (as ESLint's):
 * the fixed texts are linted in a scratch folder, every other file keeps its findings.
 */
async function findingsAfterFixes(result: LintResult, options: LintOptions): Promise<Finding[]> {
  const fixes = collectFileFixes(result);
  if (fixes.length === 0) return result.findings;
  if (options.stdin) return (await lint({ ...options, stdin: { path: options.stdin.path, content: Buffer.from(fixes[0]!.fixed) } })).findings;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'lofp-lint-dry-run-'));
  try {
    for (const f of fixes) {
      mkdirSync(path.dirname(path.join(scratch, f.source.path)), { recursive: true });
      writeFileAtomic(path.join(scratch, f.source.path), f.fixed, f.source.path);
    }
    const fixed = new Set(fixes.map((f) => f.source.path));
    const after = await lint({ ...options, root: scratch, paths: [scratch], include: [], exclude: [], config: { ...(options.config ?? DEFAULT_CONFIG), ignore: [] } });
    return [...result.findings.filter((f) => !fixed.has(f.path)), ...after.findings];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const options = parseCli(argv);
    if (options.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (options.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (options.command === 'explain') {
      io.stdout(explain(options.explain ?? ''));
      return 0;
    }
    if (options.command === 'init') return initCommand({ cwd: io.cwd, workflows: options.workflows }, io.stdout);
    if (options.command === 'catalog') return await catalogCommand(options.rest, io.stdout, io.stderr, io.cwd);
    return await runLint(options, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof WriteError) {
      io.stderr(`lofp-lint: ${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

async function runLint(options: CliOptions, io: Io): Promise<number> {
  assertPathsExist(options.paths, io.cwd);
  const root = scanRoot(io.cwd, options.paths);
  const config = loadConfig(io.cwd, options.config);
  const techniques = options.techniques.length ? options.techniques : config.techniques.length ? config.techniques : DEFAULT_TECHNIQUES;
  const catalog = loadCatalog({ cwd: io.cwd, files: options.catalogs, config });
  for (const technique of techniques) {
    if (entriesForTechniques(catalog, [technique]).length === 0) {
      io.stderr(`lofp-lint: the catalog has no entry for ${technique}: only the documentation checks run (add entries with --catalog or \`catalogs:\` in .lofp.yml)\n`);
    }
  }
  const lintOptions: LintOptions = {
    root,
    paths: options.paths.map((p) => path.resolve(io.cwd, p)),
    techniques,
    includeDeprecated: options.includeDeprecated,
    include: options.include,
    exclude: options.exclude,
    patternBase: io.cwd,
    catalog,
    config,
    fixConfidence: options.fixConfidence,
    // Only fixes and the fix regions of SARIF and rdjson need the rule texts after the analysis.
    keepText: options.fix || options.fixDryRun || options.format === 'sarif' || options.format === 'rdjson',
    jobs: options.jobs ?? defaultJobs(os.availableParallelism(), os.loadavg()[0]!),
    ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
  };
  if (options.stdin) {
    if (!io.readStdin) throw new ConfigError('standard input cannot be read here');
    lintOptions.stdin = { path: stdinPath(options, io.cwd), content: await io.readStdin() };
  }
  // Milliseconds since the process started, for `--verbose`'s times.
  const lintCalled = performance.now();
  let result = await lint(lintOptions);
  if (options.verbose && result.threads) {
    const { threads, candidates, inWorkers, readInWorkers, handedOver } = result.threads;
    const shares = ` (${inWorkers} by workers, which read ${readInWorkers} files and handed ${handedOver} candidates to the main thread)`;
    io.stderr(`lofp-lint: ${candidates} candidate file${candidates === 1 ? '' : 's'} linted in ${threads} thread${threads === 1 ? '' : 's'}${threads > 1 ? shares : ''}\n`);
  }
  if (options.errorOnUnmatchedPattern) assertAllMatched(result, options.paths, lintOptions.paths);
  for (const w of result.directiveWarnings ?? []) io.stderr(`lofp-lint: warning: ${w.path}:${w.line}: ${w.message}\n`);

  if (options.fixDryRun) {
    const diffs = collectFileFixes(result).map((f) => unifiedDiff(f.source.path, (f.source.hasBom ? '\ufeff' : '') + f.source.text, f.edits));
    io.stdout(diffs.join(''));
    return failed(await findingsAfterFixes(result, lintOptions), options) ? 1 : 0;
  }
  let unwritten = 0;
  if (options.fix) {
    let fixed = 0;
    for (const f of collectFileFixes(result)) {
      // One file that cannot be written (read-only, full disk) stays as it was; the others are fixed.
      try {
        writeFileAtomic(path.join(root, f.source.path), f.fixed, f.source.path);
        fixed++;
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        io.stderr(`lofp-lint: ${printable(error.message)}; not fixed\n`);
        unwritten++;
      }
    }
    if (fixed) io.stderr(`lofp-lint: fixed ${fixed} file${fixed === 1 ? '' : 's'}\n`);
    result = await lint(lintOptions);
  }
  const linted = performance.now();

  if (options.command === 'audit' || options.format === 'markdown') {
    const audit = await runAudit(result, entriesForTechniques(catalog, techniques), {
      format: (AUDIT_FORMATS as readonly string[]).includes(options.format) ? (options.format as AuditFormat) : 'markdown',
      ...(options.baseline ? { baselinePath: path.resolve(io.cwd, options.baseline) } : {}),
      ...(options.badge ? { badgePath: path.resolve(io.cwd, options.badge) } : {}),
    });
    emit(options, io, (out) => audit.write(out));
  } else if (options.format === 'json') {
    emit(options, io, (out) => writeJsonReport(out, result));
  } else if (options.format === 'sarif') {
    emit(options, io, (out) => writeSarif(out, result, {}));
  } else if (options.format === 'rdjson') {
    emit(options, io, (out) => out.write(renderRdjson(result)));
  } else if (options.format === 'gitlab') {
    emit(options, io, (out) => out.write(renderGitlab(result)));
  } else if (options.format === 'junit') {
    emit(options, io, (out) => out.write(renderJunit(result)));
  } else {
    const env = io.env ?? {};
    const color = colorEnabled(options.color, env, io.isTty && !options.output);
    const text = renderStylish(result, { color, hyperlinks: hyperlinksEnabled(color, env), verbose: options.verbose });
    emit(options, io, (out) => out.write(text));
  }
  if (options.verbose && result.threads) {
    const ms = (x: number) => `${Math.round(x)} ms`;
    const { discoveryMs, lintMs } = result.threads;
    io.stderr(`lofp-lint: times: start-up ${ms(lintCalled)}, discovery ${ms(discoveryMs)}, reading and linting ${ms(lintMs)}, report ${ms(performance.now() - linted)}\n`);
  }
  if (unwritten) return 2;
  return failed(result.findings, options) ? 1 : 0;
}
