/**
 * Writes a catalog document as YAML in the layout of catalog/T1530.yml: one entry per block,
 * texts double-quoted on one line, `appliesTo` lists in flow style. Deterministic, so a rebuilt
 * catalog diffs cleanly against the previous one.
 */
import type { CatalogDocument, CatalogDocumentEntry } from './schema.js';

const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);
const PLAIN = /^[A-Za-z][A-Za-z0-9 ._/()&+*-]*$/;

/** A scalar plain when it cannot be misread (as a number, boolean, key, comment, list); else quoted. */
function scalar(value: string): string {
  const plain = PLAIN.test(value) && !value.endsWith(' ') && !value.includes('  ') && !RESERVED.has(value.toLowerCase());
  return plain ? value : quoted(value);
}

/** A JSON string is a valid YAML double-quoted scalar. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

function flow(values: readonly string[] | undefined): string {
  return `[${(values ?? []).map(scalar).join(', ')}]`;
}

function entryLines(entry: CatalogDocumentEntry): string[] {
  const lines = [`  - id: ${entry.id}`];
  if (entry.technique !== undefined) lines.push(`    technique: ${entry.technique}`);
  lines.push(`    text: ${quoted(entry.text)}`);
  if (entry.insert !== undefined) lines.push(`    insert: ${quoted(entry.insert)}`);
  if (entry.short !== undefined) lines.push(`    short: ${quoted(entry.short)}`);
  if (entry.theme !== undefined) lines.push(`    theme: ${entry.theme}`);
  if (entry.source) {
    const { product, title, ruleId, path, url } = entry.source;
    lines.push('    source:', `      product: ${scalar(product)}`, `      title: ${scalar(title)}`);
    if (ruleId !== undefined) lines.push(`      ruleId: ${scalar(ruleId)}`);
    if (path !== undefined) lines.push(`      path: ${scalar(path)}`);
    if (url !== undefined) lines.push(`      url: ${scalar(url)}`);
  }
  if (entry.appliesTo) {
    const a = entry.appliesTo;
    lines.push(
      '    appliesTo:',
      `      platforms: ${flow(a.platforms)}`,
      `      services: ${flow(a.services)}`,
      `      operations: ${flow(a.operations)}`,
      `      tools: ${flow(a.tools)}`,
      `      terms: ${flow(a.terms)}`,
    );
  }
  if (entry.scenario) {
    const s = entry.scenario;
    lines.push('    scenario:');
    if (s.summary !== undefined) lines.push(`      summary: ${quoted(s.summary)}`);
    for (const key of ['anyRule', 'serviceWide', 'resourceState'] as const) {
      if (s[key] !== undefined) lines.push(`      ${key}: ${s[key]}`);
    }
    for (const key of ['evidence', 'excludes', 'words'] as const) {
      if (s[key] !== undefined) lines.push(`      ${key}: ${flow(s[key])}`);
    }
  }
  return lines;
}

/** `header` lines become `# ` comments at the top. */
export function catalogToYaml(document: CatalogDocument, header: readonly string[] = []): string {
  const lines = header.map((line) => (line ? `# ${line}` : '#'));
  if (document.technique !== undefined) lines.push(`technique: ${document.technique}`);
  if (document.name !== undefined) lines.push(`name: ${scalar(document.name)}`);
  if (document.version !== undefined) lines.push(`version: ${scalar(document.version)}`);
  if (document.source) {
    lines.push('source:');
    for (const key of ['name', 'title', 'url', 'snapshot', 'rules', 'license'] as const) {
      const value = document.source[key];
      if (value !== undefined) lines.push(`  ${key}: ${scalar(value)}`);
    }
  }
  lines.push(document.entries.length ? 'entries:' : 'entries: []');
  for (const entry of document.entries) lines.push(...entryLines(entry));
  return `${lines.join('\n')}\n`;
}
