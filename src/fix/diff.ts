/**
 * Unified diffs of planned edits (`--fix-dry-run`), built from the edits themselves: no text
 * diffing needed since every change is already a known line range.
 */
import { splitLines } from '../source.js';
import type { TextEdit } from './edits.js';

/** Lines of unchanged context around each change, as `diff -u` prints. */
const CONTEXT_LINES = 3;

interface Hunk {
  oldStart: number;
  oldEnd: number;
  edits: TextEdit[];
}

export function unifiedDiff(path: string, text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return '';
  const old = splitLines(text);
  const sorted = [...edits].sort((a, b) => a.startLine - b.startLine);
  const hunks: Hunk[] = [];
  for (const edit of sorted) {
    const start = Math.max(1, edit.startLine - CONTEXT_LINES);
    const end = Math.min(old.length, Math.max(edit.endLine, edit.startLine - 1) + CONTEXT_LINES);
    const last = hunks[hunks.length - 1];
    if (last && start <= last.oldEnd + 1) {
      last.oldEnd = Math.max(last.oldEnd, end);
      last.edits.push(edit);
    } else hunks.push({ oldStart: start, oldEnd: end, edits: [edit] });
  }
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let shift = 0;
  for (const hunk of hunks) {
    const body: string[] = [];
    let line = hunk.oldStart;
    let oldCount = 0;
    let newCount = 0;
    for (const edit of hunk.edits) {
      for (; line < edit.startLine; line++, oldCount++, newCount++) body.push(` ${old[line - 1]}`);
      for (; line <= edit.endLine; line++, oldCount++) body.push(`-${old[line - 1]}`);
      for (const added of edit.lines) {
        body.push(`+${added}`);
        newCount++;
      }
    }
    for (; line <= hunk.oldEnd; line++, oldCount++, newCount++) body.push(` ${old[line - 1]}`);
    const newStart = hunk.oldStart + shift;
    out.push(`@@ -${oldCount ? hunk.oldStart : hunk.oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@`, ...body);
    shift += newCount - oldCount;
  }
  return `${out.join('\n')}\n`;
}
