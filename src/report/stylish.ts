/**
 * The default terminal output, after ESLint's "stylish": findings grouped by file,
 * `line:col  severity  message  check-id`, then a closing count.
 */
import { docsUrl } from '../checks/index.js';
import type { Finding, Severity } from '../finding.js';
import type { LintResult } from '../result.js';
import { printable } from './printable.js';

export interface StylishOptions {
  color: boolean;
  /** Check ids become OSC 8 hyperlinks to their documentation (terminals that render them). */
  hyperlinks?: boolean;
  /** List every skipped file with its reason, not just the count. */
  verbose: boolean;
}

const ANSI = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4, green: 32 } as const;

function paint(enabled: boolean, style: keyof typeof ANSI, text: string): string {
  return enabled ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
}

const SEVERITY_STYLE: Record<Severity, keyof typeof ANSI> = { error: 'red', warning: 'yellow', note: 'blue' };

/** OSC 8: `text` links to `url` in terminals that support it. */
function link(enabled: boolean, url: string, text: string): string {
  return enabled ? `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007` : text;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function renderStylish(result: LintResult, options: StylishOptions): string {
  const { color } = options;
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.path);
    if (list) list.push(f);
    else byFile.set(f.path, [f]);
  }
  const out: string[] = [];
  for (const [path, findings] of byFile) {
    // Paths and messages quote the rule files: one line each, whatever they hold (see printable.ts).
    out.push(paint(color, 'underline', printable(path)));
    const positions = findings.map((f) => `${f.line}:${f.column}`);
    const width = Math.max(...positions.map((p) => p.length));
    findings.forEach((f, i) => {
      const severity = paint(color, SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
      out.push(`  ${paint(color, 'dim', positions[i]!.padEnd(width))}  ${severity}  ${printable(f.message)}  ${paint(color, 'dim', link(options.hyperlinks ?? false, docsUrl(f.check), f.check))}`);
    });
    out.push('');
  }
  if (options.verbose) {
    for (const s of result.skipped) out.push(paint(color, 'dim', `skipped ${printable(s.path)}: ${printable(s.reason)}`));
    if (result.skipped.length) out.push('');
  }
  const { errors, warnings, notes, detections, files, skipped, suppressed } = result.summary;
  const total = errors + warnings + notes;
  const counts = `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')})`;
  const scope = `${plural(detections, 'rule')} tagged ${result.techniques.join(', ')} in ${plural(files, 'file')}`;
  const extras = [
    skipped ? `${skipped} skipped${options.verbose ? '' : ' (--verbose lists them)'}` : '',
    suppressed ? `${suppressed} suppressed` : '',
  ].filter(Boolean);
  const tail = extras.length ? `; ${extras.join(', ')}` : '';
  if (total === 0) out.push(paint(color, 'green', `✔ No problems: ${scope}${tail}`));
  else out.push(paint(color, errors ? 'red' : 'yellow', `✖ ${counts} in ${scope}${tail}`));
  return `${out.join('\n')}\n`;
}
