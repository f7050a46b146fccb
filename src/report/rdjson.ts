/**
 * reviewdog's Diagnostic Format (rdjson, `reviewdog -f=rdjson`): one DiagnosticResult whose
 * diagnostics carry the check as `code` (with its documentation URL) and the fix as
 * `suggestions`, so reviewdog posts inline comments and suggested changes on GitHub, GitLab,
 * Bitbucket and Gerrit. Pure: a function of the LintResult.
 *
 * Format: reviewdog proto/rdf/reviewdog.proto. Lines start at 1; columns start at 1 and count
 * UTF-8 bytes (ours count UTF-16 code units, so columns are converted on the line's text).
 */
import { docsUrl } from '../checks/index.js';
import type { Finding, Severity } from '../finding.js';
import type { LintResult } from '../result.js';
import { TOOL_INFORMATION_URI, lineLayout, replacementFor, type LineLayout, type SarifRegion } from './sarif.js';

type RdfSeverity = 'ERROR' | 'WARNING' | 'INFO';

interface RdfPosition {
  line: number;
  column?: number;
}

interface RdfRange {
  start: RdfPosition;
  end?: RdfPosition;
}

const SEVERITY: Readonly<Record<Severity, RdfSeverity>> = { error: 'ERROR', warning: 'WARNING', note: 'INFO' };

/** A UTF-16 column of `line` (1-based) as rdjson's UTF-8 byte column. */
function byteColumn(layout: LineLayout | undefined, line: number, column: number): number {
  const text = layout?.lines[line - 1];
  if (text === undefined) return column;
  return Buffer.byteLength(text.slice(0, column - 1), 'utf8') + 1;
}

function position(layout: LineLayout | undefined, line: number, column: number | undefined): RdfPosition {
  return column === undefined ? { line } : { line, column: byteColumn(layout, line, column) };
}

function rangeOf(region: SarifRegion, layout: LineLayout | undefined): RdfRange {
  return {
    start: position(layout, region.startLine, region.startColumn),
    end: position(layout, region.endLine ?? region.startLine, region.endColumn),
  };
}

function diagnostic(finding: Finding, layout: LineLayout | undefined) {
  const range: RdfRange = {
    start: position(layout, Math.max(1, finding.line), Math.max(1, finding.column)),
    ...(finding.endLine > finding.line || finding.endColumn !== undefined
      ? { end: position(layout, Math.max(finding.line, finding.endLine), finding.endColumn) }
      : {}),
  };
  const suggestions =
    finding.fix && layout
      ? finding.fix.edits.map((edit) => {
          const replacement = replacementFor(edit, layout);
          return { range: rangeOf(replacement.deletedRegion, layout), text: replacement.insertedContent?.text ?? '' };
        })
      : [];
  return {
    message: finding.message,
    location: { path: finding.path, range },
    severity: SEVERITY[finding.severity],
    code: { value: finding.check, url: docsUrl(finding.check) },
    ...(suggestions.length ? { suggestions } : {}),
  };
}

export function renderRdjson(result: LintResult): string {
  const layouts = new Map<string, LineLayout>();
  for (const d of result.detections) if (!layouts.has(d.path)) layouts.set(d.path, lineLayout(d.source.text));
  const report = {
    source: { name: result.tool.name, url: TOOL_INFORMATION_URI },
    diagnostics: result.findings.map((f) => diagnostic(f, layouts.get(f.path))),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
