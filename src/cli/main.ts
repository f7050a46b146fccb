/**
 * The CLI shell: argv -> options -> lint -> report -> exit code. No engine logic here.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../catalog/load.js';
import { catalogCommand } from '../commands/catalog.js';
import { runAudit } from '../commands/audit.js';
import { loadConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { SEVERITY_RANK } from '../finding.js';
import { collectFileFixes } from '../fix/files.js';
import { unifiedDiff } from '../fix/diff.js';
import { entriesForTechniques, lint, type LintOptions } from '../lint.js';
import { writeJsonReport } from '../report/json.js';
import { writeSarif } from '../report/sarif.js';
import { renderStylish } from '../report/stylish.js';
import { BufferedWriter, type TextWriter } from '../report/writer.js';
import type { LintResult } from '../result.js';
import { VERSION } from '../version.js';
import { WriteError, writeFileAtomic } from '../write-file.js';
import { HELP, parseCli, type CliOptions, type FailOn } from './args.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTty: boolean;
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

function failed(result: LintResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
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
    if (options.command === 'catalog') return await catalogCommand(options.rest, io.stdout, io.stderr, io.cwd);
    return await runLint(options, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof WriteError) {
      io.stderr(`lofp-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function runLint(options: CliOptions, io: Io): Promise<number> {
  const root = scanRoot(io.cwd, options.paths);
  const config = loadConfig(io.cwd, options.config);
  const techniques = options.techniques.length ? options.techniques : config.techniques.length ? config.techniques : DEFAULT_TECHNIQUES;
  const catalog = loadCatalog({ cwd: io.cwd, files: options.catalogs, config });
  const lintOptions: LintOptions = {
    root,
    paths: options.paths.map((p) => path.resolve(io.cwd, p)),
    techniques,
    includeDeprecated: options.includeDeprecated,
    include: options.include,
    exclude: options.exclude,
    catalog,
    config,
    fixConfidence: options.fixConfidence,
  };
  let result = await lint(lintOptions);

  if (options.fixDryRun) {
    const diffs = collectFileFixes(result).map((f) => unifiedDiff(f.source.path, (f.source.hasBom ? '\ufeff' : '') + f.source.text, f.edits));
    io.stdout(diffs.join(''));
    return 0;
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
        io.stderr(`lofp-lint: ${error.message}; not fixed\n`);
        unwritten++;
      }
    }
    if (fixed) io.stderr(`lofp-lint: fixed ${fixed} file${fixed === 1 ? '' : 's'}\n`);
    result = await lint(lintOptions);
  }

  if (options.command === 'audit' || options.format === 'markdown') {
    const audit = await runAudit(result, entriesForTechniques(catalog, techniques), {
      format: options.format === 'stylish' ? 'markdown' : options.format,
      ...(options.baseline ? { baselinePath: path.resolve(io.cwd, options.baseline) } : {}),
      ...(options.badge ? { badgePath: path.resolve(io.cwd, options.badge) } : {}),
    });
    emit(options, io, (out) => audit.write(out));
  } else if (options.format === 'json') {
    emit(options, io, (out) => writeJsonReport(out, result));
  } else if (options.format === 'sarif') {
    emit(options, io, (out) => writeSarif(out, result, {}));
  } else {
    const text = renderStylish(result, { color: options.color ?? (io.isTty && !options.output), verbose: options.verbose });
    emit(options, io, (out) => out.write(text));
  }
  if (unwritten) return 2;
  return failed(result, options.failOn) ? 1 : 0;
}
