/**
 * Applying line edits to a text, keeping its line endings and its final-newline state.
 */
import type { TextEdit } from './edits.js';

export interface Line {
  content: string;
  /** The line's own terminator: '\n', '\r\n' or '' for a last line without one. */
  eol: string;
}

/** A text's lines with their own terminators, so that joining them gives the text back. */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r?\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ content: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ content: text.slice(start), eol: '' });
  return lines;
}

export function dominantEol(text: string): string {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * Applies non-overlapping edits (line numbers refer to the original text). Lines outside the
 * edits are kept byte for byte; new lines take the file's dominant line ending. A text without a
 * final newline keeps none when its last line is a new one, even if the edit that wrote it did
 * not replace the last line (a later edit deleted what followed); a last line left untouched
 * keeps its own terminator.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const eol = dominantEol(text);
  const lines = toLines(text);
  const unterminated = lines.length > 0 && lines[lines.length - 1]!.eol === '';
  const sorted = [...edits].sort((a, b) => b.startLine - a.startLine || b.endLine - a.endLine);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.endLine >= sorted[i - 1]!.startLine) throw new Error('overlapping edits');
  }
  const added = new Set<Line>();
  for (const edit of sorted) {
    const removed = lines.slice(edit.startLine - 1, edit.endLine);
    // A replaced block keeps the terminator of its last line (possibly none at end of file).
    const lastEol = removed.length ? removed[removed.length - 1]!.eol : eol;
    const inserted: Line[] = edit.lines.map((content, i) => ({
      content,
      eol: i === edit.lines.length - 1 ? lastEol : eol,
    }));
    for (const line of inserted) added.add(line);
    lines.splice(edit.startLine - 1, removed.length, ...inserted);
  }
  // Only the last line may lack a terminator: a former last line that lines were appended after gets one.
  for (let i = 0; i < lines.length - 1; i++) if (lines[i]!.eol === '') lines[i]!.eol = eol;
  const last = lines[lines.length - 1];
  if (unterminated && last && added.has(last)) last.eol = '';
  return lines.map((l) => l.content + l.eol).join('');
}
