#!/usr/bin/env node
// Measures the matcher on real Elastic rules (`npm run eval -- <elastic rules dir>`), with the
// built CLI (`npm run build` first):
//  1. Recovery: each rule whose false positives are catalog texts (the source rules of the
//     catalog) is copied with its `false_positives` and the `### False positive analysis` section
//     of its note removed, then linted; every removed entry must be among its top max(3, n)
//     suggestions.
//  2. Consistency: the same rules, unmodified, must get no `missing-catalog-entry` warning,
//     unless the suggested entry's source rule watches the same operation.
// Prints the figures; exits 1 when a target is missed. Not a test: it needs the corpus.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error('usage: npm run eval -- <elastic detection-rules dir, e.g. ../shared/corpus/t1530/elastic>');
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`eval: ${path.relative(process.cwd(), cli)} is missing; run \`npm run build\` first`);
  process.exit(2);
}

const yaml = createRequire(import.meta.url)('js-yaml');
const catalogDir = path.join(root, 'catalog');
const entries = readdirSync(catalogDir)
  .filter((f) => /^T\d{4}.*\.ya?ml$/.test(f))
  .flatMap((f) => yaml.load(readFileSync(path.join(catalogDir, f), 'utf8')).entries);
const entryById = new Map(entries.map((e) => [e.id, e]));

/** Source rule path (relative to the rules dir) -> ids of the entries taken from it. */
const bySource = new Map();
for (const e of entries) {
  if (e.source?.product !== 'elastic' || !existsSync(path.join(dir, e.source.path))) continue;
  bySource.set(e.source.path, [...(bySource.get(e.source.path) ?? []), e.id]);
}
if (bySource.size === 0) {
  console.error(`eval: none of the catalog's source rules is under ${dir}`);
  process.exit(2);
}

/** Removes `false_positives = [...]` (one line or up to a closing `]` line). */
function stripFalsePositives(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^false_positives\s*=\s*\[/.test(lines[i])) {
      out.push(lines[i]);
      continue;
    }
    if (/\]\s*$/.test(lines[i]) && !/\[\s*$/.test(lines[i])) continue;
    while (i < lines.length && !/^\]\s*$/.test(lines[i])) i++;
  }
  return out;
}

/** Removes the note's `### False positive analysis` section, up to the next heading or the note's end. */
function stripNoteSection(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = /^(#{2,4})\s*false positive analysis\b/i.exec(lines[i]);
    if (!heading) {
      out.push(lines[i]);
      continue;
    }
    const level = heading[1].length;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = /^(#{1,6})\s/.exec(lines[j]);
      if (next && next[1].length <= level) break;
      if (lines[j].includes('"""')) {
        out.push('"""');
        break;
      }
    }
    i = lines[j]?.includes('"""') ? j : j - 1;
  }
  return out;
}

function lintJson(target) {
  const run = spawnSync(process.execPath, [cli, '--format', 'json', target], { encoding: 'utf8', maxBuffer: 64 << 20 });
  try {
    return JSON.parse(run.stdout);
  } catch {
    console.error(`eval: the CLI printed no JSON (exit ${run.status}):\n${run.stderr}`);
    process.exit(2);
  }
}

/** Suggestion ids per rule path, in the order the findings carry them (most relevant first). */
function suggestionsByPath(result) {
  const out = new Map();
  for (const f of result.findings) {
    const ids = out.get(f.path) ?? [];
    for (const s of f.suggestions ?? []) if (!ids.includes(s.id)) ids.push(s.id);
    out.set(f.path, ids);
  }
  return out;
}

const rel = (p) => p.split(path.sep).join('/');
const work = mkdtempSync(path.join(tmpdir(), 'lofp-eval-'));
try {
  // 1. Recovery on stripped copies.
  const stripped = path.join(work, 'stripped');
  for (const source of bySource.keys()) {
    const target = path.join(stripped, source);
    mkdirSync(path.dirname(target), { recursive: true });
    const text = readFileSync(path.join(dir, source), 'utf8');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    writeFileSync(target, stripNoteSection(stripFalsePositives(text.split(/\r?\n/))).join(eol));
  }
  const recovered = suggestionsByPath(lintJson(stripped));
  let removedCount = 0;
  let recoveredCount = 0;
  const misses = [];
  console.log(`Recovery: ${bySource.size} source rules, false positives removed, linted`);
  for (const [source, removed] of [...bySource].sort()) {
    const suggested = [...recovered.entries()].find(([p]) => rel(p).endsWith(source))?.[1] ?? [];
    const top = suggested.slice(0, Math.max(3, removed.length));
    const found = removed.filter((id) => top.includes(id));
    removedCount += removed.length;
    recoveredCount += found.length;
    const ranks = removed.map((id) => (suggested.indexOf(id) === -1 ? '-' : String(suggested.indexOf(id) + 1))).join(',');
    console.log(`  ${found.length === removed.length ? 'ok  ' : 'MISS'} ${source}: ${found.length}/${removed.length} in top ${top.length} (ranks ${ranks}; ${suggested.length} suggested)`);
    if (found.length < removed.length) misses.push(source);
  }
  console.log(`  => ${recoveredCount}/${removedCount} removed entries recovered`);

  // 2. Consistency on the unmodified rules.
  const original = path.join(work, 'original');
  for (const source of bySource.keys()) {
    mkdirSync(path.dirname(path.join(original, source)), { recursive: true });
    cpSync(path.join(dir, source), path.join(original, source));
  }
  const result = lintJson(original);
  const warnings = result.findings.filter((f) => f.check === 'missing-catalog-entry' && f.severity === 'warning');
  const notes = result.findings.filter((f) => f.check === 'missing-catalog-entry' && f.severity === 'note');
  const unexpected = [];
  let sameOperation = 0;
  for (const f of warnings) {
    const suggestion = f.suggestions[0];
    const entry = entryById.get(suggestion?.id);
    const op = /^query matches \S+ (\S+);/.exec(suggestion?.reason ?? '')?.[1];
    const sourceText = entry && existsSync(path.join(dir, entry.source.path)) ? readFileSync(path.join(dir, entry.source.path), 'utf8') : '';
    if (op && sourceText.toLowerCase().includes(op.toLowerCase())) sameOperation++;
    else unexpected.push(`${rel(f.path)}: ${f.message}`);
  }
  console.log(`\nConsistency: the same ${bySource.size} rules, unmodified`);
  console.log(`  missing-catalog-entry warnings: ${warnings.length} (${sameOperation} where the entry's source rule watches the same operation)`);
  console.log(`  missing-catalog-entry notes (medium confidence): ${notes.length}`);
  for (const u of unexpected) console.log(`  UNEXPECTED ${u}`);
  console.log(`  => ${unexpected.length} unexpected warnings`);

  const ok = misses.length === 0 && recoveredCount === removedCount && unexpected.length === 0;
  console.log(`\n${ok ? 'PASS' : 'FAIL'}: ${recoveredCount}/${removedCount} recovered, ${unexpected.length} unexpected warnings`);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
