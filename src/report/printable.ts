/**
 * Text from rule files (titles, file names, messages quoting them) made safe to print on one
 * line. In a GitHub Actions step the runner reads every output line starting with `::` as a
 * workflow command, so a title holding a newline and `::error ...` or `::add-mask::` would forge
 * annotations or hide log text; in a terminal, escape sequences would repaint the screen. Line
 * breaks and control characters are shown as escapes instead (`\n`, `\x1B`), and so are the
 * bidirectional overrides that make text read differently from what it is.
 */

// C0 controls but tab, DEL, C1 controls, Unicode line/paragraph separators, bidi overrides/isolates.
const UNPRINTABLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r' };

function escape(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` on one line with no control character: tabs become spaces, the rest escapes. */
export function printable(text: string): string {
  UNPRINTABLE.lastIndex = 0;
  const clean = UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE, escape) : text;
  return clean.includes('\t') ? clean.replace(/\t/g, ' ') : clean;
}
