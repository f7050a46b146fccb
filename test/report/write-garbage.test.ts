/**
 * Writing a report leaves nothing behind in the old generation: the JSON writer's cache of the
 * file at hand is replaced, never cleared. A cleared Map that V8 had promoted keeps a link to its
 * new table, which keeps the next one alive, and so on: every file's cached fix texts then
 * survived young collections until the next full one (at 90,000 rules, some 60 MB of peak heap
 * while writing the JSON report; 15.6 MB here).
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { writeJsonReport } from '../../src/report/json.js';
import { BufferedWriter, type TextWriter } from '../../src/report/writer.js';
import type { LintResult } from '../../src/result.js';
import { detection, finding, lintResult } from './sample-result.js';

const FILES = 12000;

/** Rules with a 1 KB fix each, two findings per rule, one rule per file; titles long enough that the detections take several young collections. */
function manyFixes(): LintResult {
  const detections = [];
  const findings = [];
  for (let i = 0; i < FILES; i++) {
    const path = `rules/r${String(i).padStart(5, '0')}.yml`;
    const text = `title: rule ${i}\nfalsepositives:\n  - Unknown\n`;
    detections.push(detection(path, { text, title: `Rule ${i} `.repeat(40), id: `id-${i}` }));
    const fix = { title: `Add false positives ${i}`, edits: [{ startLine: 3, endLine: 3, lines: Array.from({ length: 8 }, (_, k) => `  - Item ${k} of rule ${i} `.padEnd(120, '.')) }] };
    findings.push(finding('placeholder-false-positives', path, { line: 3, endLine: 3, fix }), finding('missing-catalog-entry', path, { line: 3, endLine: 3, fix }));
  }
  return lintResult(detections, findings);
}

function oldSpaceUsed(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size;
}

/** Writes the result to a sink that drops the text. */
function writeOut(write: (out: TextWriter) => void): void {
  const out = new BufferedWriter(() => {});
  write(out);
  out.flush();
}

/**
 * Old-space growth (MB) while `write` writes the result, after a full collection: the second
 * write, since the first one also compiles the writer's code.
 */
function oldSpaceGrowth(write: (out: TextWriter) => void): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  writeOut(write);
  gc();
  const before = oldSpaceUsed();
  writeOut(write);
  return (oldSpaceUsed() - before) / 2 ** 20;
}

describe('the JSON report writer', () => {
  const result = manyFixes();

  it('keeps no fix text of a file it is done with', () => {
    expect(oldSpaceGrowth((out) => writeJsonReport(out, result))).toBeLessThan(2);
  });
});
