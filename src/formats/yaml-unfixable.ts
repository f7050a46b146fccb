/**
 * YAML that a line-based fix must not rewrite, and why (Sigma, Splunk; Sentinel and Panther prose fields):
 * - a false-positive field written as an explicit key (`? falsepositives` / `: - Unknown`): the
 *   line scanner sees no `key:` line, and an inserted `falsepositives:` would duplicate the key;
 * - a field whose value is an alias (`falsepositives: *common`): its text is elsewhere;
 * - an anchor in the field (`known_false_positives: &k unknown`, `- &u Unknown`) that an alias
 *   refers to: a rewrite would drop the anchor (the alias then breaks the file) or silently
 *   change the aliasing key's value too. An anchor nothing refers to is harmless and is rewritten.
 * The field is still read and checked (values come from the real parser); only the fix is refused,
 * with a reason the findings carry.
 */
import type { LineSpan } from '../detection.js';
import type { KeySpan, YamlLines } from './yaml-lines.js';

// `&name` / `*name` where a node may start: at the line start or after a space or flow indicator.
const ANCHOR = /(?:^|[\s[{,])&([^\s[\]{},]+)/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The span of `name` written as an explicit key at column 0 of `span` (`? name`, its value on the
 * following `:` line), or undefined. Its value runs to the next column-0 node that is no `:` line.
 */
export function explicitKeySpan(scan: YamlLines, span: LineSpan, name: string): KeySpan | undefined {
  const question = new RegExp(`^\\?[ \\t]+${escapeRegExp(name)}[ \\t]*(?:#.*)?$`);
  for (let l = span.line; l <= span.endLine; l++) {
    if (!question.test(scan.lines[l - 1]!)) continue;
    let end = l;
    for (let next = l + 1; next <= span.endLine; next++) {
      const info = scan.info[next - 1]!;
      if (info.kind === 'marker' || (info.kind === 'node' && info.indent === 0 && !scan.lines[next - 1]!.startsWith(':'))) break;
      end = next;
    }
    return { key: name, line: l, endLine: Math.max(l, scan.lastContentLine(l, end)), indent: 0, valueColumn: -1 };
  }
  return undefined;
}

/**
 * Why the top-level prose field `name` of a one-document file (Sentinel `description`, Panther
 * `Runbook`) cannot get a paragraph appended, or null. An explicit key is refused too: the planner
 * would otherwise add a second `name:` key.
 */
export function proseFieldRefusal(scan: YamlLines, fields: ReadonlyMap<string, KeySpan>, name: string): string | null {
  const field = fields.get(name) ?? explicitKeySpan(scan, scan.whole, name);
  return field ? yamlFixRefusal(scan, scan.whole, field, name) : null;
}

/**
 * Why the field at `field` (its key line through its value) cannot be rewritten line by line in
 * `doc`, or null when it can.
 */
export function yamlFixRefusal(scan: YamlLines, doc: LineSpan, field: LineSpan, name: string): string | null {
  const keyLine = scan.lines[field.line - 1] ?? '';
  if (/^\?[ \t]/.test(keyLine)) return `\`${name}\` is written as an explicit key (\`? ${name}\`); edit it by hand`;
  const alias = /^[^#]*?:[ \t]+\*([^\s#]+)/.exec(keyLine);
  if (alias && scan.info[field.line - 1]?.key === name) return `\`${name}\` is an alias (*${alias[1]}) of a value written elsewhere; edit that value by hand`;
  const anchors = new Set<string>();
  for (let l = field.line; l <= field.endLine; l++) {
    for (const m of scan.lines[l - 1]!.matchAll(ANCHOR)) anchors.add(m[1]!);
  }
  for (const anchor of anchors) {
    const aliased = new RegExp(`(?:^|[\\s[{,:])\\*${escapeRegExp(anchor)}(?=[\\s\\]},]|$)`);
    for (let l = doc.line; l <= doc.endLine; l++) {
      if (aliased.test(scan.lines[l - 1]!)) {
        return `\`${name}\` carries the YAML anchor &${anchor}, which *${anchor} on line ${l} refers to; a rewrite would change or break it: edit it by hand`;
      }
    }
  }
  return null;
}
