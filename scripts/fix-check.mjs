#!/usr/bin/env node
// `node scripts/fix-check.mjs <dir> [--json] [--tag-sigma]`: proves `--fix` on a real rule folder.
// Copies <dir> into a temporary git repository (never writes next to the input), commits it,
// runs the BUILT CLI with `--fix --fix-confidence medium`, re-lints with `--format json`, and
// reports:
// - files changed;
// - parse-error findings before and after (must not increase);
// - every line `git diff -U0` changes outside the false-positive field of its rule, as the JSON
//   report locates it after the fix (Sentinel: `description`, Panther: `Runbook`): expected none;
// - whether the `--fix-dry-run` diff, applied with `git apply` to the unfixed copy, gives
//   exactly what `--fix` wrote;
// - a second `--fix` run: files it still changes (fixes deferred because two rules of one file
//   touch the same lines, or fixes that are not idempotent);
// - missing-false-positives / placeholder-false-positives findings left, and why.
// Exits 1 when a line outside a false-positive field changed or parse errors increased.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI_DIR = path.join(ROOT, 'dist', 'cli');
const CLI = path.join(CLI_DIR, 'index.js');
/** Another engineer may be rebuilding dist/ (build.mjs deletes it first): wait this long for it. */
const BUILD_RETRIES = 10;
const RETRY_DELAY_MS = 3000;
/** The key a fix writes into, per format, when it is not the format's own `field` section. */
const PROSE_FIX_KEYS = { sentinel: 'description', panther: 'Runbook' };
/** The top-level YAML key a fix may rewrite, per format (its lines before the fix may go). */
const YAML_FIX_KEYS = { sigma: 'falsepositives', splunk: 'known_false_positives', ...PROSE_FIX_KEYS };

const args = process.argv.slice(2);
const asJson = args.includes('--json');
// SigmaHQ's main branch has no rule tagged T1530: `--tag-sigma` adds `attack.t1530` to every Sigma
// rule of the copy (before the baseline commit), so that the fixer meets every real layout.
const tagSigma = args.includes('--tag-sigma');
const input = args.find((a) => !a.startsWith('--'));
if (!input) {
  console.error('usage: node scripts/fix-check.mjs <dir> [--json] [--tag-sigma]');
  process.exit(2);
}
const source = path.resolve(input);
if (!existsSync(source) || !statSync(source).isDirectory()) {
  console.error(`fix-check: ${input} is no folder`);
  process.exit(2);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh() {
  if (!existsSync(CLI)) return false;
  const built = statSync(CLI).mtimeMs;
  return ['src', 'catalog'].every((d) => !existsSync(path.join(ROOT, d)) || newestMtime(path.join(ROOT, d)) <= built);
}

/**
 * A private copy of the built CLI, rebuilt first when src/ is newer. The copy is what runs, so a
 * concurrent rebuild (which deletes dist/) cannot pull the bundle away mid-check.
 */
function snapshotCli(into) {
  let built = false;
  for (let attempt = 1; attempt <= BUILD_RETRIES; attempt++) {
    if (!isFresh() && !built) {
      const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
      built = build.status === 0;
      if (!built) process.stderr.write(`fix-check: build attempt ${attempt} failed:\n${build.stderr || build.stdout}`);
    }
    try {
      cpSync(CLI_DIR, into, { recursive: true });
      if (existsSync(path.join(into, 'index.js'))) {
        if (!isFresh()) process.stderr.write('fix-check: warning: dist/cli/index.js is older than src/ (build failed or raced)\n');
        return path.join(into, 'index.js');
      }
    } catch {
      // dist/ vanished between the check and the copy: someone is rebuilding.
    }
    sleep(RETRY_DELAY_MS);
  }
  console.error('fix-check: no dist/cli/index.js after retries; run `npm run build`');
  process.exit(2);
}

function git(cwd, ...gitArgs) {
  return execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'core.safecrlf=false', '-c', 'commit.gpgsign=false', ...gitArgs], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
}

function runCli(cli, cwd, cliArgs) {
  const child = spawnSync(process.execPath, [cli, ...cliArgs], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  // 0: clean, 1: findings at the failing severity; anything else is a crash or a usage error.
  if (child.status !== 0 && child.status !== 1) {
    console.error(`fix-check: lofp-lint ${cliArgs.join(' ')} exited ${child.status}\n${child.stderr}`);
    process.exit(2);
  }
  return child;
}

function lintJson(cli, cwd, target) {
  return JSON.parse(runCli(cli, cwd, ['--format', 'json', '--fix-confidence', 'medium', target]).stdout);
}

/** A path as git prints it: `"b/caf\\303\\251.yml"` (octal UTF-8 bytes, C escapes) or as is. */
function unquoteGitPath(name) {
  if (!name.startsWith('"')) return name;
  const bytes = [];
  const simple = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 1; i < name.length - 1; i++) {
    const c = name[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = name[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(name.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `git diff -U0` as hunks: old and new line ranges and the changed lines of each file. */
function parseDiff(text) {
  const files = new Map();
  let current = null;
  let hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = null;
      hunk = null;
      continue;
    }
    if (line.startsWith('+++ ')) {
      // git ends a name holding spaces with a tab, and C-quotes one holding special characters.
      const name = unquoteGitPath(line.slice(4).replace(/\t$/, ''));
      current = name === '/dev/null' ? null : name.replace(/^b\//, '');
      if (current) files.set(current, []);
      continue;
    }
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m && current) {
      hunk = { oldStart: Number(m[1]), oldCount: m[2] === undefined ? 1 : Number(m[2]), newStart: Number(m[3]), newCount: m[4] === undefined ? 1 : Number(m[4]), removed: [], added: [] };
      files.get(current).push(hunk);
      continue;
    }
    if (!hunk) continue;
    if (line.startsWith('-') && !line.startsWith('---')) hunk.removed.push(line.slice(1));
    else if (line.startsWith('+') && !line.startsWith('+++')) hunk.added.push(line.slice(1));
  }
  return files;
}

/** Line ranges of the sections a fix may write, per file, from a JSON report. */
function fixableRanges(report) {
  const ranges = new Map();
  for (const d of report.detections) {
    const sections = [d.falsePositives, ...d.otherFalsePositives].filter(Boolean);
    for (const s of sections) {
      const allowed = PROSE_FIX_KEYS[d.format] ? s.key === PROSE_FIX_KEYS[d.format] : s.source === 'field';
      if (!allowed) continue;
      const list = ranges.get(d.path) ?? [];
      list.push({ line: s.line, endLine: s.endLine, rule: d.title });
      ranges.set(d.path, list);
    }
  }
  return ranges;
}

/**
 * Lines of the top-level YAML key `key` in `text`: from the key to the line before the next
 * column-0 node (blank lines and comments after the value excluded). Empty when absent.
 */
function yamlKeySpans(text, key) {
  const lines = text.split(/\r?\n/);
  const spans = [];
  const start = new RegExp(`^["']?${key}["']?[ \\t]*:`);
  for (let i = 0; i < lines.length; i++) {
    if (!start.test(lines[i])) continue;
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (/^[^\s#]/.test(l)) break;
      if (l.trim() !== '' && !l.trimStart().startsWith('#')) end = j;
    }
    spans.push({ line: i + 1, endLine: end + 1 });
  }
  return spans;
}

function within(ranges, from, to) {
  return (ranges ?? []).some((r) => r.line <= from && to <= r.endLine);
}

/** The `--fix-dry-run` output split per file: `[path, patch text]`. */
function splitPatch(text) {
  const parts = [];
  for (const chunk of text.split(/^(?=--- a\/)/m)) {
    const m = /^--- a\/(.*)\n/.exec(chunk);
    if (m) parts.push([m[1], chunk]);
  }
  return parts;
}

/**
 * Applies the dry-run diff, file by file, with `git apply` to a checkout of the unfixed copy and
 * compares each result with what `--fix` wrote.
 */
function checkDryRun(repo, dryRun) {
  const pristine = path.join(path.dirname(repo), 'pristine');
  git(repo, 'worktree', 'add', '-q', '--detach', pristine, 'HEAD~1');
  const patches = splitPatch(dryRun);
  const failed = [];
  const differ = [];
  patches.forEach(([file, patch], k) => {
    const patchFile = path.join(path.dirname(repo), `dry-${k}.diff`);
    writeFileSync(patchFile, patch);
    const applied = spawnSync('git', ['apply', '--whitespace=nowarn', patchFile], { cwd: pristine, encoding: 'utf8' });
    if (applied.status !== 0) {
      failed.push(`${file}: ${applied.stderr.trim().split('\n').pop()}`);
      return;
    }
    if (!readFileSync(path.join(pristine, file)).equals(readFileSync(path.join(repo, file)))) differ.push(file);
  });
  return { files: patches.length, failed, differ };
}

const SIGMA_RULE = /^title[ \t]*:/m;
const SIGMA_DETECTION = /^(?:detection|correlation)[ \t]*:/m;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : e.isFile() ? [full] : [];
  });
}

/**
 * Adds `attack.t1530` to the first `tags:` block list of every Sigma rule under `dir` (or a new
 * `tags:` before `logsource:`), in the file's indentation and line endings. Returns counts.
 */
function tagSigmaRules(dir) {
  const counts = { tagged: 0, skipped: 0 };
  for (const file of filesUnder(dir)) {
    if (!/\.ya?ml$/i.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (!SIGMA_RULE.test(text) || !SIGMA_DETECTION.test(text) || /attack\.t1530\b/i.test(text)) continue;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const block = /^tags[ \t]*:[ \t]*(?:#.*)?\r?\n([ \t]*)- /m.exec(text);
    let out = null;
    if (block) {
      const at = block.index + block[0].length - block[1].length - 2;
      out = `${text.slice(0, at)}${block[1]}- attack.t1530${eol}${text.slice(at)}`;
    } else if (!/^tags[ \t]*:/m.test(text)) {
      const logsource = /^logsource[ \t]*:/m.exec(text);
      if (logsource) out = `${text.slice(0, logsource.index)}tags:${eol}    - attack.t1530${eol}${text.slice(logsource.index)}`;
    }
    if (out === null) counts.skipped++;
    else {
      writeFileSync(file, out);
      counts.tagged++;
    }
  }
  return counts;
}

const RESOLVABLE = new Set(['missing-false-positives', 'placeholder-false-positives']);

/** Why a missing/placeholder finding survived `--fix --fix-confidence medium`. */
function whyLeft(finding, report) {
  if (finding.suggestions.length === 0) return 'no catalog entry applies (no high or medium suggestion)';
  if (/expected a (?:list of strings|string)|not a quoted string|wrong|is (?:null|a number|a map|a boolean)/i.test(finding.message)) {
    return 'the field has the wrong shape (the fix leaves malformed fields to the author)';
  }
  const rule = report.detections.find((d) => d.path === finding.path);
  return `suggestions exist but no fix could be planned (${rule?.format ?? 'unknown'} layout not supported)`;
}

// ---------------------------------------------------------------------------------------------

const work = mkdtempSync(path.join(os.tmpdir(), 'lofp-fix-check-'));
const started = Date.now();
try {
  const cli = snapshotCli(path.join(work, 'cli'));
  const repo = path.join(work, 'repo');
  const name = path.basename(source);
  const copy = path.join(repo, name);
  // Symlinks are copied as links (never followed out of the folder); the CLI refuses those leaving the root.
  cpSync(source, copy, { recursive: true, verbatimSymlinks: true });
  const tagged = tagSigma ? tagSigmaRules(copy) : null;
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=fix-check', '-c', 'user.email=fix-check@example.invalid', 'commit', '-q', '-m', 'before --fix');

  const before = lintJson(cli, repo, name);
  const dryRun = runCli(cli, repo, ['--fix-dry-run', '--fix-confidence', 'medium', name]).stdout;
  const fixRun = runCli(cli, repo, ['--fix', '--fix-confidence', 'medium', name]);
  const after = lintJson(cli, repo, name);

  const changed = git(repo, 'diff', '--name-only').split('\n').filter(Boolean);
  const diff = parseDiff(git(repo, 'diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames'));
  const afterRanges = fixableRanges(after);
  const beforeRanges = fixableRanges(before);
  const outside = [];
  let addedLines = 0;
  let removedLines = 0;
  const formats = new Map(before.detections.map((d) => [d.path, d.format]));
  for (const [file, hunks] of diff) {
    // Report paths are relative to the scanned root (the repo), like the diff's.
    const yamlKey = YAML_FIX_KEYS[formats.get(file)];
    const oldField = [...(beforeRanges.get(file) ?? []), ...(yamlKey ? yamlKeySpans(git(repo, 'show', `HEAD:${file}`), yamlKey) : [])];
    for (const h of hunks) {
      addedLines += h.added.length;
      removedLines += h.removed.length;
      // Added lines must sit in the field after the fix, removed lines in the field before it
      // (a prose field without false positives yet has no report range: its key's lines count).
      const addedOk = h.newCount === 0 || within(afterRanges.get(file), h.newStart, h.newStart + h.newCount - 1);
      const removedOk = h.oldCount === 0 || within(oldField, h.oldStart, h.oldStart + h.oldCount - 1);
      if (!addedOk || !removedOk) outside.push({ file, oldStart: h.oldStart, oldCount: h.oldCount, newStart: h.newStart, newCount: h.newCount, removed: h.removed, added: h.added });
    }
  }

  const parseErrors = (r) => r.findings.filter((f) => f.check === 'parse-error');
  const parseBefore = parseErrors(before);
  const parseAfter = parseErrors(after);
  const key = (f) => `${f.path}\u0000${f.message}`;
  const oldKeys = new Set(parseBefore.map(key));
  const newParseErrors = parseAfter.filter((f) => !oldKeys.has(key(f)));

  // A second round on the fixed copy: anything it changes is a deferred or non-idempotent fix.
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=fix-check', '-c', 'user.email=fix-check@example.invalid', 'commit', '-q', '--allow-empty', '-m', 'after --fix');
  const dry = checkDryRun(repo, dryRun);
  runCli(cli, repo, ['--fix', '--fix-confidence', 'medium', name]);
  const secondRound = git(repo, 'diff', '--name-only').split('\n').filter(Boolean);

  const formatOf = new Map(before.detections.map((d) => [d.path, d.format]));
  const changedByFormat = {};
  for (const f of changed) changedByFormat[formatOf.get(f) ?? 'other'] = (changedByFormat[formatOf.get(f) ?? 'other'] ?? 0) + 1;
  const count = (r, check) => r.findings.filter((f) => f.check === check).length;
  const left = after.findings.filter((f) => RESOLVABLE.has(f.check));
  const reasons = {};
  for (const f of left) {
    const why = `${f.check} (${formatOf.get(f.path) ?? 'unknown'}): ${whyLeft(f, after)}`;
    reasons[why] = (reasons[why] ?? 0) + 1;
  }

  const summary = {
    input: source,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ...(tagged ? { sigmaRulesTaggedT1530: tagged.tagged, sigmaRulesNotTagged: tagged.skipped } : {}),
    filesLinted: before.summary.files,
    detections: before.summary.detections,
    filesChanged: changed.length,
    filesChangedByFormat: changedByFormat,
    fixMessage: fixRun.stderr.trim(),
    linesAdded: addedLines,
    linesRemoved: removedLines,
    parseErrors: { before: parseBefore.length, after: parseAfter.length, introduced: newParseErrors.map((f) => `${f.path}:${f.line}: ${f.message}`) },
    changedLinesOutsideFalsePositiveFields: outside.length,
    outside: outside.slice(0, 50),
    dryRun: { files: dry.files, gitApplyFailed: dry.failed, differFromFix: dry.differ },
    secondRoundFilesChanged: secondRound,
    findings: Object.fromEntries(
      ['missing-false-positives', 'placeholder-false-positives', 'missing-catalog-entry'].map((c) => [c, { before: count(before, c), after: count(after, c) }]),
    ),
    leftAfterFix: reasons,
    leftExamples: left.slice(0, 10).map((f) => `${f.path}:${f.line} ${f.check}: ${f.message}`),
  };

  if (asJson) console.log(JSON.stringify(summary, null, 2));
  else {
    const p = (s) => console.log(s);
    p(`fix-check ${source} (${summary.seconds}s)`);
    if (tagged) p(`  --tag-sigma: attack.t1530 added to ${tagged.tagged} Sigma rules (${tagged.skipped} with flow-style tags left as they are)`);
    p(`  linted: ${summary.filesLinted} files, ${summary.detections} T1530 rules`);
    p(`  files changed by --fix: ${summary.filesChanged} (+${addedLines} / -${removedLines} lines): ${Object.entries(changedByFormat).map(([f, n]) => `${f} ${n}`).join(', ')}`);
    p(`  parse-error findings: ${parseBefore.length} before, ${parseAfter.length} after, ${newParseErrors.length} introduced`);
    for (const e of summary.parseErrors.introduced) p(`    ${e}`);
    p(`  changed lines outside a false-positive field: ${outside.length} hunk(s)`);
    for (const h of outside.slice(0, 20)) {
      p(`    ${h.file} -${h.oldStart},${h.oldCount} +${h.newStart},${h.newCount}`);
      for (const l of h.removed.slice(0, 3)) p(`      -${l.slice(0, 120)}`);
      for (const l of h.added.slice(0, 3)) p(`      +${l.slice(0, 120)}`);
    }
    p(`  --fix-dry-run diff: ${dry.files} file(s); git apply failed on ${dry.failed.length}, result differs from --fix on ${dry.differ.length}`);
    for (const f of [...dry.failed, ...dry.differ].slice(0, 10)) p(`    ${f}`);
    p(`  second --fix run changed: ${secondRound.length} file(s)${secondRound.length ? ` (${secondRound.slice(0, 10).join(', ')})` : ''}`);
    for (const [check, { before: b, after: a }] of Object.entries(summary.findings)) p(`  ${check}: ${b} before, ${a} after`);
    p('  left after the fix:');
    for (const [why, n] of Object.entries(reasons).sort((a, b) => b[1] - a[1])) p(`    ${n}  ${why}`);
    for (const e of summary.leftExamples) p(`      e.g. ${e}`);
  }
  process.exitCode = outside.length > 0 || newParseErrors.length > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
