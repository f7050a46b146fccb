#!/usr/bin/env node
// `npm run bench -- <dir> [runs]`: times the built CLI against a baseline that only reads every
// file, in the same run, and prints the ratio (single timings are noise on shared machines).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
if (!dir) {
  console.error('usage: npm run bench -- <dir> [runs]');
  process.exit(2);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lofp-bench-'));
const rssFile = path.join(tmp, 'rss');
const probe = path.resolve('scripts/bench-probe.cjs');

function measure(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', probe, ...args], {
    env: { ...process.env, LOFP_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0 && child.status !== 1) {
    console.error(child.stderr);
    process.exit(1);
  }
  return { seconds, rssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024, stdout: child.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = [];
const cli = [];
let report;
for (let i = 0; i < runs; i++) {
  // Interleaved so that machine noise hits both sides alike.
  base.push(measure(['scripts/bench-read.mjs', dir]));
  const r = measure(['dist/cli/index.js', '--format', 'json', '--fail-on', 'never', dir]);
  cli.push(r);
  report ??= JSON.parse(r.stdout);
}
rmSync(tmp, { recursive: true, force: true });

const baseSeconds = median(base.map((r) => r.seconds));
const cliSeconds = median(cli.map((r) => r.seconds));
const fmt = (s) => `${s.toFixed(3)} s`;
console.log(`folder:             ${dir}`);
console.log(`runs:               ${runs} (medians)`);
console.log(`files read (CLI):   ${report.summary.files}`);
console.log(`detections:         ${report.summary.detections}`);
console.log(`baseline (read):    ${fmt(baseSeconds)}, ${JSON.parse(base[0].stdout).files} files, peak RSS ${median(base.map((r) => r.rssMiB)).toFixed(0)} MiB`);
console.log(`lofp-lint:          ${fmt(cliSeconds)}, ${(report.summary.files / cliSeconds).toFixed(0)} files/s, peak RSS ${median(cli.map((r) => r.rssMiB)).toFixed(0)} MiB`);
console.log(`ratio (CLI / read): ${(cliSeconds / baseSeconds).toFixed(2)}x`);
