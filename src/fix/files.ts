/**
 * Turning a run's fixes into new file contents: one text per file, edits of every rule in it.
 */
import type { Finding } from '../finding.js';
import type { LintResult } from '../result.js';
import type { SourceFile } from '../source.js';
import { applyEdits } from './apply.js';
import type { TextEdit } from './edits.js';

export interface FileFix {
  source: SourceFile;
  edits: TextEdit[];
  /** The new text, BOM restored when the file had one. */
  fixed: string;
}

/** Fixes grouped per file; a fix shared by several findings of one rule counts once. */
export function collectFileFixes(result: LintResult): FileFix[] {
  const sources = new Map<string, SourceFile>(result.detections.map((d) => [d.path, d.source]));
  const perFile = new Map<string, Set<NonNullable<Finding['fix']>>>();
  for (const f of result.findings) {
    if (!f.fix || !sources.has(f.path)) continue;
    const set = perFile.get(f.path) ?? new Set();
    set.add(f.fix);
    perFile.set(f.path, set);
  }
  const out: FileFix[] = [];
  for (const [path, fixes] of perFile) {
    const source = sources.get(path)!;
    const seen = new Set<string>();
    const edits: TextEdit[] = [];
    for (const fix of fixes) {
      for (const e of fix.edits) {
        const key = JSON.stringify(e);
        if (!seen.has(key)) edits.push(e);
        seen.add(key);
      }
    }
    const text = applyEdits(source.text, edits);
    out.push({ source, edits, fixed: (source.hasBom ? '\ufeff' : '') + text });
  }
  return out;
}
