/**
 * Line-based text edits: the one currency of fixes. A format module plans edits on a file's
 * original text; this module applies them, and reporters show them as diffs or GitHub suggestions.
 */
export interface TextEdit {
  /** First line replaced, 1-based. */
  startLine: number;
  /**
   * Last line replaced, inclusive. `startLine - 1` means nothing is replaced and `lines` are
   * inserted before `startLine` (use `lineCount + 1` to append at the end of the file).
   */
  endLine: number;
  /** The new lines, without line terminators; the file's own line ending is used. */
  lines: string[];
}

export interface Fix {
  /** What the fix does, for humans ("Add 2 false positives to `falsepositives`"). */
  title: string;
  edits: TextEdit[];
}
