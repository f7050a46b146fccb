/**
 * ATT&CK references written as a YAML list (Sigma `tags`, Splunk `tags.mitre_attack_id`,
 * Sentinel `relevantTechniques`, Panther `Reports: MITRE ATT&CK`): one tag per item the format
 * accepts, placed at the item's line and the column of its text.
 */
import { normalizeTechnique } from '../attack.js';
import type { TechniqueTag } from '../detection.js';
import type { KeySpan, YamlLines } from './yaml-lines.js';
import { stringOf } from './yaml-value.js';

/**
 * What a format makes of one item's trimmed text: the technique it names (null for a tactic or
 * another reference worth keeping), or null when the item is no ATT&CK reference at all.
 */
export type ReadAttackItem = (raw: string) => { technique: string | null } | null;

/** Every item is a reference; it names the technique its text normalizes to, if any. */
const anyReference: ReadAttackItem = (raw) => ({ technique: normalizeTechnique(raw) });

/** The tags of `value`, the loaded value of `key` (a list, or a lone scalar). */
export function attackTags(scan: YamlLines, key: KeySpan | undefined, value: unknown, read: ReadAttackItem = anyReference): TechniqueTag[] {
  if (!key) return [];
  const tags: TechniqueTag[] = [];
  for (const { value: item, span } of scan.listValues(key, value)) {
    const raw = stringOf(item)?.trim();
    if (!raw) continue;
    const tag = read(raw);
    if (tag) tags.push({ raw, technique: tag.technique, line: span.line, endLine: span.line, column: scan.columnOf(span, raw) });
  }
  return tags;
}
