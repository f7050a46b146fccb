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
  /** Fixes left out because they touch lines another fix of the file already changes. */
  deferred: number;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same place, or ranges sharing a line, cannot both apply.
  const aEnd = Math.max(a.endLine, a.startLine - 0.5);
  const bEnd = Math.max(b.endLine, b.startLine - 0.5);
  return a.startLine <= bEnd && b.startLine <= aEnd;
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
    const edits: TextEdit[] = [];
    let deferred = 0;
    for (const fix of fixes) {
      // Rules of one multi-document file may share a field: the first fix wins, a re-run applies the next.
      if (fix.edits.some((e) => edits.some((kept) => overlaps(e, kept)))) deferred++;
      else edits.push(...fix.edits);
    }
    const text = applyEdits(source.text, edits);
    out.push({ source, edits, fixed: (source.hasBom ? '\ufeff' : '') + text, deferred });
  }
  return out;
}
