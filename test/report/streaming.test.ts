import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { StreamedArray, StreamedObject, writeJson } from '../../src/report/json-stream.js';
import { toJsonReport, writeJsonReport } from '../../src/report/json.js';
import { renderSarif, writeSarif } from '../../src/report/sarif.js';
import { BufferedWriter, collect } from '../../src/report/writer.js';
import { writeFileAtomic } from '../../src/write-file.js';
import { detection, finding, lintResult, suggestion } from './sample-result.js';

const RULE_TEXT = 'title: S3 copy\r\nfalsepositives:\r\n  - Unknown\r\nlevel: high\r\n';

function sampleResult() {
  const d = detection('rules/aws/s3 copy.yml', { text: RULE_TEXT, id: 'r-1' });
  const fix = { title: 'Add 1 false positive', edits: [{ startLine: 3, endLine: 3, lines: ['  - Admins copying buckets'] }] };
  return lintResult(
    [d, detection('rules/gcp/ü.yml', { title: 'Quote " and \\ and \u2028' })],
    [
      finding('placeholder-false-positives', 'rules/aws/s3 copy.yml', { line: 3, endLine: 3, fix, suggestions: [suggestion('aws-s3-copy')] }),
      finding('missing-catalog-entry', 'rules/aws/s3 copy.yml', { severity: 'warning', line: 3, endLine: 3, endColumn: 12, fix }),
      finding('not-a-registered-check', 'rules/gcp/ü.yml', { severity: 'note' }),
    ],
  );
}

describe('writeJson', () => {
  it('writes streamed arrays and objects exactly as JSON.stringify(value, null, 2)', () => {
    const value = { a: [1, { b: [] }], c: 'x\ny', d: undefined, e: {}, f: [{ g: null }] };
    const streamed = new StreamedObject({
      a: new StreamedArray([1, { b: new StreamedArray([]) }].map((x) => (x === 1 ? 1 : { b: [] }))),
      c: 'x\ny',
      d: undefined,
      e: new StreamedObject({}),
      f: new StreamedArray([new StreamedObject({ g: null })]),
    });
    expect(collect((out) => writeJson(out, streamed))).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('matches JSON.stringify for any JSON value, streamed at the top two levels', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.array(fc.jsonValue(), { maxLength: 4 })), (record) => {
        const streamed = new StreamedObject(Object.fromEntries(Object.entries(record).map(([k, v]) => [k, new StreamedArray(v)])));
        expect(collect((out) => writeJson(out, streamed))).toBe(`${JSON.stringify(record, null, 2)}\n`);
      }),
    );
  });
});

describe('streamed reports', () => {
  it('the JSON report is byte-identical to the stringified report object', () => {
    const result = sampleResult();
    const extra = { coverage: { total: 1 } };
    expect(collect((out) => writeJsonReport(out, result, extra))).toBe(`${JSON.stringify(toJsonReport(result, extra), null, 2)}\n`);
  });

  it('writes any findings as the stringified report does, shared suggestion lists and fixes included', () => {
    const text = fc.string({ unit: 'binary' });
    const suggestionArb = fc.record(
      { id: text, text, insert: text, short: text, confidence: fc.constantFrom('high' as const, 'medium' as const), reason: text },
      { requiredKeys: ['id', 'text', 'insert', 'confidence', 'reason'] },
    );
    const number = fc.oneof(fc.integer(), fc.double());
    const fixArb = fc.record({ title: text, edits: fc.array(fc.record({ startLine: fc.nat(), endLine: fc.nat(), lines: fc.array(text, { maxLength: 3 }) }), { maxLength: 2 }) });
    const findingArb = fc.record(
      {
        check: text,
        severity: fc.constantFrom('error' as const, 'warning' as const, 'note' as const),
        path: text,
        line: number,
        column: number,
        endLine: number,
        endColumn: number,
        message: text,
        suggestions: fc.array(suggestionArb, { maxLength: 3 }),
        omittedSuggestions: fc.nat(),
        fix: fixArb,
        ruleId: fc.option(text),
        fingerprint: text,
      },
      { requiredKeys: ['check', 'severity', 'path', 'line', 'column', 'endLine', 'message', 'suggestions', 'fingerprint'] },
    );
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 6 }), fc.boolean(), (findings, share) => {
        // The findings of a rule carry the same list and fix objects; a run without texts freezes the lists it shares among rules.
        const list = findings[0]?.suggestions ?? [];
        const shared = share ? findings.map((f, i) => ({ ...f, suggestions: i % 2 ? (Object.freeze([...list]) as typeof list) : list, fix: findings[0]!.fix })) : findings;
        const result = lintResult([], shared);
        expect(collect((out) => writeJsonReport(out, result))).toBe(`${JSON.stringify(toJsonReport(result), null, 2)}\n`);
      }),
    );
  });

  it('the SARIF log is byte-identical to the stringified log, unregistered checks included', () => {
    const result = sampleResult();
    const written = collect((out) => writeSarif(out, result, { category: 'lofp-lint/audit' }));
    expect(written).toBe(`${JSON.stringify(renderSarif(result, { category: 'lofp-lint/audit' }), null, 2)}\n`);
    const log = JSON.parse(written);
    expect(log.runs[0].results.map((r: { ruleId: string; ruleIndex: number }) => [r.ruleId, log.runs[0].tool.driver.rules[r.ruleIndex].id])).toEqual([
      ['placeholder-false-positives', 'placeholder-false-positives'],
      ['missing-catalog-entry', 'missing-catalog-entry'],
      ['not-a-registered-check', 'not-a-registered-check'],
    ]);
  });
});

describe('BufferedWriter', () => {
  it('hands over chunks of at least 64 KiB and the rest on flush, in order', () => {
    const chunks: string[] = [];
    const out = new BufferedWriter((c) => chunks.push(c));
    for (let i = 0; i < 3000; i++) out.write(`${String(i).padStart(40, '.')}\n`);
    expect(chunks.length).toBe(1);
    expect(chunks[0]!.length).toBe(1599 * 41);
    out.flush();
    expect(chunks.length).toBe(2);
    expect(chunks.join('')).toBe(Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(40, '.')}\n`).join(''));
  });

  it('hands over a chunk of 64 KiB or more as it is, after what came before it', () => {
    const chunks: string[] = [];
    const out = new BufferedWriter((c) => chunks.push(c));
    const big = 'b'.repeat(64 * 1024);
    out.write('a');
    out.write(big);
    out.write('c');
    out.flush();
    expect(chunks).toEqual(['a', big, 'c']);
  });
});

describe('writeFileAtomic with a reporter', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'lofp-stream-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let made = 0;
  const folder = () => {
    const dir = path.join(scratch, String(made++));
    mkdirSync(dir);
    return dir;
  };

  it('writes what the reporter writes, in chunks', () => {
    const dir = folder();
    const file = path.join(dir, 'report.json');
    writeFileAtomic(file, (out) => {
      for (let i = 0; i < 5000; i++) out.write(`${i}\n`);
    });
    expect(readFileSync(file, 'utf8')).toBe(Array.from({ length: 5000 }, (_, i) => `${i}\n`).join(''));
  });

  it('leaves the previous file as it was and no temporary file when the reporter fails midway', () => {
    const dir = folder();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, 'previous report\n');
    expect(() =>
      writeFileAtomic(file, (out) => {
        out.write('y'.repeat(100_000));
        throw new Error('reporter failed');
      }, 'report.json'),
    ).toThrow('cannot write report.json: reporter failed');
    expect(readFileSync(file, 'utf8')).toBe('previous report\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
