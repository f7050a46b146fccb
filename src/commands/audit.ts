/**
 * `lofp-lint audit`: the coverage report of a full scan, as Markdown (job summary, terminal),
 * JSON (the lint contract plus `coverage`, and `baseline` when given) or SARIF. The CLI and the
 * Action parse their arguments, run `lint`, then call `runAudit` and print or post the output.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CatalogEntry } from '../catalog/types.js';
import { ConfigError } from '../errors.js';
import type { LintResult } from '../result.js';
import { renderBadge } from '../report/badge.js';
import { compareBaseline, loadBaseline, type BaselineDiff } from '../report/baseline.js';
import { computeCoverage, type Coverage } from '../report/coverage.js';
import { toJsonReport, writeJsonReport } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { writeSarif } from '../report/sarif.js';
import { collect, type TextWriter } from '../report/writer.js';
import { WriteError, writeFileAtomic } from '../write-file.js';

export const AUDIT_FORMATS = ['markdown', 'json', 'sarif'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** The SARIF category of audit runs, apart from pull-request runs so each keeps its own alerts. */
export const AUDIT_SARIF_CATEGORY = 'lofp-lint/audit';

export interface AuditOptions {
  format: AuditFormat;
  /** A previous `--format json` report to compare with. */
  baselinePath?: string;
  /** Where to write the shields.io endpoint JSON. */
  badgePath?: string;
  /** Base URL rule paths link to in Markdown (`https://github.com/o/r/blob/<sha>/`). */
  linkBase?: string;
  /** Byte budget of the Markdown (GitHub's job-summary limit by default). */
  maxBytes?: number;
  /** SARIF `automationDetails.id` category. */
  category?: string;
}

export interface AuditOutcome {
  /** Writes the report in the requested format, ending with a newline, piece by piece. */
  write(out: TextWriter): void;
  /** The same report as one string (the Markdown is bounded by `maxBytes`; JSON and SARIF are not). */
  readonly output: string;
  coverage: Coverage;
  baseline?: BaselineDiff;
}

async function writeBadge(path: string, coverage: Coverage): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    writeFileAtomic(path, `${JSON.stringify(renderBadge(coverage), null, 2)}\n`, `badge ${path}`);
  } catch (error) {
    if (error instanceof WriteError) throw new ConfigError(error.message);
    throw new ConfigError(`cannot write badge ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export async function runAudit(result: LintResult, entries: readonly CatalogEntry[], options: AuditOptions): Promise<AuditOutcome> {
  const coverage = computeCoverage(result, entries);
  const previous = options.baselinePath !== undefined ? await loadBaseline(options.baselinePath) : undefined;
  const baseline =
    previous !== undefined
      ? compareBaseline(toJsonReport(result, { coverage }), previous, { current: 'this run', previous: `baseline ${options.baselinePath}` })
      : undefined;
  if (options.badgePath !== undefined) await writeBadge(options.badgePath, coverage);

  let write: (out: TextWriter) => void;
  switch (options.format) {
    case 'markdown':
      write = (out) => out.write(renderMarkdown(result, coverage, { baseline, maxBytes: options.maxBytes, linkBase: options.linkBase }));
      break;
    case 'json':
      write = (out) => writeJsonReport(out, result, baseline ? { coverage, baseline } : { coverage });
      break;
    case 'sarif':
      write = (out) => writeSarif(out, result, { category: options.category ?? AUDIT_SARIF_CATEGORY });
      break;
  }
  return {
    write,
    get output() {
      return collect(write);
    },
    coverage,
    ...(baseline ? { baseline } : {}),
  };
}
