/**
 * Unified diffs of planned edits (`--fix-dry-run`), built from the edits themselves: no text
 * diffing needed since every change is already a known line range. The diff applies with
 * `git apply` / `patch -p1` and gives exactly what `--fix` writes: CRLF lines keep their `\r`,
 * and a last line without a terminator is marked `\ No newline at end of file`.
 */
import { applyEdits, toLines, type Line } from './apply.js';
import type { TextEdit } from './edits.js';
import { printable } from '../report/printable.js';

/** Lines of unchanged context around each change, as `diff -u` prints. */
const CONTEXT_LINES = 3;
const NO_NEWLINE = '\\ No newline at end of file';

interface Hunk {
  oldStart: number;
  oldEnd: number;
  edits: TextEdit[];
}

/**
 * The diff of `text` (the file's text as on disk, BOM included if it has one) and the text after
 * `edits`; '' when there is nothing to change.
 */
export function unifiedDiff(path: string, text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return '';
  const old = toLines(text);
  const fixed = toLines(applyEdits(text, edits));
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
  // A file name is printed on one line whatever it holds (see report/printable.ts).
  const shown = printable(path);
  const out = [`--- a/${shown}`, `+++ b/${shown}`];
  // New line number = old line number + shift, for lines outside the edits.
  let shift = 0;
  for (const hunk of hunks) {
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    const print = (prefix: string, line: Line): void => {
      body.push(`${prefix}${line.content}${line.eol === '\r\n' ? '\r' : ''}`);
      if (line.eol === '') body.push(NO_NEWLINE);
    };
    const removed = (line: Line): void => {
      print('-', line);
      oldCount++;
    };
    const added = (line: Line): void => {
      print('+', line);
      newCount++;
    };
    const context = (oldLine: number): void => {
      const was = old[oldLine - 1]!;
      const now = fixed[oldLine - 1 + shift]!;
      if (was.content === now.content && was.eol === now.eol) {
        print(' ', was);
        oldCount++;
        newCount++;
      } else {
        // A former last line gains (or a new last line loses) its terminator: a change to git.
        removed(was);
        added(now);
      }
    };
    const newStart = hunk.oldStart + shift;
    let line = hunk.oldStart;
    for (const edit of hunk.edits) {
      for (; line < edit.startLine; line++) context(line);
      for (; line <= edit.endLine; line++) removed(old[line - 1]!);
      const at = edit.startLine - 1 + shift;
      for (let k = 0; k < edit.lines.length; k++) added(fixed[at + k]!);
      shift += edit.lines.length - (edit.endLine - edit.startLine + 1);
    }
    for (; line <= hunk.oldEnd; line++) context(line);
    out.push(`@@ -${oldCount ? hunk.oldStart : hunk.oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@`, ...body);
  }
  return `${out.join('\n')}\n`;
}
