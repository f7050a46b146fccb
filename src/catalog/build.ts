/**
 * Builds a catalog the way LoFP does: the false-positive items of the rules tagged with a
 * technique, normalized (lower-cased, whitespace collapsed), deduplicated, each with the rule it
 * came from. Texts the loaded catalog already has keep their ids; new ones get ids, `appliesTo`
 * and a theme derived from their rule.
 */
import { TECHNIQUE_NAMES, techniqueMatches } from '../attack.js';
import type { Detection } from '../detection.js';
import { isVagueFalsePositive } from '../match/similarity.js';
import { isPlaceholder } from '../placeholders.js';
import { deriveAppliesTo, deriveTheme, entryIdBase } from './derive.js';
import { entriesFor } from './load.js';
import type { CatalogDocument, CatalogDocumentEntry } from './schema.js';
import type { Catalog, CatalogEntry } from './types.js';

export interface BuildOptions {
  technique: string;
  /** The loaded catalog: its texts keep their ids, new ids never collide with its ids. */
  known?: Catalog;
  /** Prefix of a rule's path that makes its source URL (`https://github.com/o/r/blob/main/`). */
  baseUrl?: string;
  /** Recorded as `source.rules` (the scanned folders). */
  rules?: string;
  /**
   * Also take false positives that rules describe in prose (Elastic `note` sections, Sentinel
   * descriptions). LoFP reads only the format's own field, so this is off by default.
   */
  includeProse?: boolean;
}

export interface BuiltText {
  id: string;
  text: string;
  /** `known`: the loaded catalog has the text (under `id`); `new`: it does not. */
  status: 'known' | 'new';
  /** The rule it was first found in. */
  path: string;
  title: string;
}

export interface BuildResult {
  document: CatalogDocument;
  texts: BuiltText[];
  /** Entries of the technique in the loaded catalog whose source rule was scanned and no longer has the text. */
  missing: CatalogEntry[];
  /** Rules tagged with the technique, and how many of them documented at least one text. */
  rules: number;
  rulesWithTexts: number;
  /**
   * Texts left out because linting would reject them as an entry to add: placeholders
   * (`Unknown`) and generic items (`Legitimate activity`), by normalized text, each once.
   */
  dropped: { text: string; reason: 'placeholder' | 'vague'; path: string }[];
}

/** LoFP's normal form: lower case, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The item as a rule author writes it, on one line, starting with a capital letter. */
function insertText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.charAt(0).toUpperCase() + oneLine.slice(1);
}

function byPath(a: Detection, b: Detection): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.document - b.document;
}

export function buildCatalog(detections: readonly Detection[], options: BuildOptions): BuildResult {
  const { technique } = options;
  const knownEntries = options.known ? entriesFor(options.known, technique) : [];
  const knownByText = new Map(knownEntries.map((e) => [normalizeText(e.text), e]));
  const usedIds = new Set((options.known?.entries ?? []).map((e) => e.id));
  const tagged = detections.filter((d) => d.techniques.some((t) => techniqueMatches(t, technique))).sort(byPath);

  const entries: CatalogDocumentEntry[] = [];
  const texts: BuiltText[] = [];
  const seen = new Set<string>();
  const dropped: BuildResult['dropped'] = [];
  const droppedTexts = new Set<string>();
  let rulesWithTexts = 0;
  for (const detection of tagged) {
    // LoFP collects the format's own false-positive field, not prose in notes or descriptions.
    const sections = detection.falsePositives.filter((s) => options.includeProse || s.source === 'field');
    const items = sections.flatMap((s) => s.items);
    let documented = false;
    for (const item of items) {
      const text = normalizeText(item.text);
      // A catalog entry is what lint asks rules to add: never a text the placeholder or vague
      // checks would reject in the rule itself.
      const reason = isPlaceholder(item.text) ? 'placeholder' : isVagueFalsePositive(item.text) ? 'vague' : null;
      if (reason) {
        if (!droppedTexts.has(text)) dropped.push({ text, reason, path: detection.path });
        droppedTexts.add(text);
        continue;
      }
      documented = true;
      if (seen.has(text)) continue;
      seen.add(text);
      const appliesTo = deriveAppliesTo(detection, text);
      const knownEntry = knownByText.get(text);
      const id = knownEntry?.id ?? uniqueId(entryIdBase(text, appliesTo), usedIds);
      usedIds.add(id);
      entries.push({
        id,
        text,
        insert: insertText(item.text),
        theme: deriveTheme(text),
        source: {
          product: detection.format,
          title: detection.title,
          ruleId: detection.id ?? '',
          path: detection.path,
          ...(options.baseUrl ? { url: `${options.baseUrl}${detection.path}` } : {}),
        },
        appliesTo,
      });
      texts.push({ id, text, status: knownEntry ? 'known' : 'new', path: detection.path, title: detection.title });
    }
    if (documented) rulesWithTexts++;
  }

  const name = TECHNIQUE_NAMES[technique.split('.')[0]!];
  const document: CatalogDocument = {
    technique,
    ...(name && !technique.includes('.') ? { name } : {}),
    source: { name: 'lofp-lint catalog build', ...(options.rules ? { rules: options.rules } : {}) },
    entries,
  };
  // Only an entry whose own rule was scanned can be known to be gone: another repository (or a
  // part of one) says nothing about entries taken from rules it does not hold.
  const scanned = new Set(tagged.flatMap((d) => (d.id ? [d.id, d.path] : [d.path])));
  const missing = knownEntries.filter(
    (e) => (scanned.has(e.source.ruleId) || scanned.has(e.source.path)) && !seen.has(normalizeText(e.text)),
  );
  return { document, texts, missing, rules: tagged.length, rulesWithTexts, dropped };
}

function uniqueId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The stderr report of `catalog build`: one line per text, then the counts. */
export function buildReport(result: BuildResult, technique: string): string {
  const lines = result.texts.map((t) => `${t.status === 'new' ? 'new  ' : 'known'}  ${t.id}  ${t.path}`);
  for (const entry of result.missing) lines.push(`gone   ${entry.id}  ${entry.source.path || entry.source.ruleId} (the rule no longer has the text)`);
  for (const d of result.dropped) lines.push(`dropped  "${d.text}"  ${d.path} (${d.reason === 'vague' ? 'generic: names no actor, tool or operation' : 'a placeholder'})`);
  const fresh = result.texts.filter((t) => t.status === 'new').length;
  const vague = result.dropped.filter((d) => d.reason === 'vague').length;
  lines.push(
    `${result.texts.length} texts from ${result.rulesWithTexts} of ${result.rules} rules tagged ${technique}: ` +
      `${result.texts.length - fresh} known, ${fresh} new, ${result.missing.length} gone; ` +
      `${result.dropped.length} dropped (${result.dropped.length - vague} placeholder${result.dropped.length - vague === 1 ? '' : 's'}, ${vague} generic)`,
  );
  return `${lines.join('\n')}\n`;
}
