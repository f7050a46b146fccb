/**
 * Markdown for GitHub comments, reviews and job summaries built from untrusted text: rule titles,
 * messages, file paths and catalog entries come from the repository being linted, so none of it
 * may render HTML, notify people, link other issues or break out of a code block.
 */

// Zero-width space: splits `@user` and `#123` so GitHub neither notifies anyone nor creates
// cross-references on other issues, while the text still reads the same.
const ZERO_WIDTH_SPACE = '\u200B';

const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;

// Characters with a meaning in GitHub Flavored Markdown; CommonMark lets any ASCII punctuation be
// backslash-escaped, so escaping them is always safe.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!|~]/g;

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Untrusted text as one line of plain Markdown prose: no HTML, no mentions, no formatting. */
export function escapeText(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!)
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Untrusted text as an inline code span (one line). GitHub renders neither HTML nor mentions
 * inside code; the delimiter is one backtick longer than any run in the text.
 */
export function inlineCode(text: string): string {
  const line = text.replace(LINE_BREAKS, ' ');
  if (line === '') return '';
  const ticks = '`'.repeat(longestBacktickRun(line) + 1);
  // CommonMark strips one space on each side, which keeps a leading/trailing backtick apart.
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${line}${pad}${ticks}`;
}

/**
 * A fenced code block holding `lines` verbatim. The fence is longer than any backtick run in the
 * text (at least three), so no line of the text can close it early.
 */
export function fencedBlock(lines: readonly string[], info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines.join('\n')) + 1));
  return [`${fence}${info}`, ...lines, fence].join('\n');
}

/** A rendered Markdown fragment made safe for a table cell: no line breaks, no bare `|`. */
export function tableCell(markdown: string): string {
  return markdown.replace(LINE_BREAKS, ' ').replace(/(?<!\\)\|/g, '\\|');
}

/** A link whose label is escaped text and whose target is percent-encoded by the caller. */
export function link(label: string, url: string): string {
  // encodeURIComponent leaves parentheses alone; they would end the link target early.
  const target = url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeText(label)}](${target})`;
}

/**
 * A message of lofp-lint's own (which marks field names and ids as `code`) as one line of
 * Markdown: the backtick spans render as code, everything else is escaped text. Without this a
 * table cell would show the backticks literally.
 */
export function messageMarkdown(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/`([^`\r\n]+)`/g)) {
    parts.push(escapeText(text.slice(last, m.index)), inlineCode(m[1]!));
    last = m.index + m[0].length;
  }
  parts.push(escapeText(text.slice(last)));
  return parts.join('');
}

/** Text cut to `max` UTF-16 units with an ellipsis, never between the halves of a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
