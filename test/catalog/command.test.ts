import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogDocument, parseDocument } from '../../src/catalog/schema.js';
import { catalogCommand } from '../../src/commands/catalog.js';
import { ConfigError } from '../../src/errors.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/catalog');

async function run(args: string[], cwd = FIXTURES): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await catalogCommand(args, (t) => void (out += t), (t) => void (err += t), cwd);
  return { code, out, err };
}

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

describe('catalog list', () => {
  it('prints a table of the loaded entries', async () => {
    const { code, out } = await run(['list']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`ID${' '.repeat(43)}TECHNIQUE  THEME                 TEXT`);
    expect(lines[1]).toBe(
      'aws-cloudtrail-trail-created-by-admin        T1530      admin-change          trail creations may be made by a system or network administrator. verif…',
    );
    expect(lines).toHaveLength(31);
    expect(lines.slice(-3)).toEqual(['', '27 entries (27 from builtin:T1530.yml)', '']);
  });

  it('prints JSON with the documented fields', async () => {
    const { out } = await run(['list', '--format', 'json']);
    const entries = JSON.parse(out) as Record<string, unknown>[];
    expect(entries).toHaveLength(27);
    expect(Object.keys(entries[0]!)).toEqual(['id', 'technique', 'text', 'insert', 'short', 'source', 'appliesTo', 'scenario', 'theme', 'origin']);
    expect(entries[0]!.id).toBe('aws-cloudtrail-trail-created-by-admin');
  });

  it('filters by technique and adds --catalog files', async () => {
    const { out } = await run(['list', '--format=json', '--technique', 't1552.004', '--catalog', 'valid/other-techniques.json']);
    expect((JSON.parse(out) as { id: string }[]).map((e) => e.id)).toEqual([
      'cloud-key-file-shared-by-owner',
      'private-key-copied-by-deploy',
    ]);
  });

  it('honours the config: its catalogs and disabled entries', async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'lofp-catalog-'));
    writeFileSync(path.join(temp, 'team.yml'), readFileSync(path.join(FIXTURES, 'valid/team.yml')));
    writeFileSync(path.join(temp, '.lofp.yml'), 'catalogs: [team.yml]\ndisabledEntries: [aws-ec2-export-task-by-admin]\n');
    const { out } = await run(['list'], temp);
    expect(out.split('\n').at(-2)).toBe('27 entries (25 from builtin:T1530.yml, 2 from team.yml)');
  });

  it.each([
    [['list', '--format', 'xml'], "catalog list: --format 'xml' is not one of table, json"],
    [['list', '--technique', 'collection'], "catalog list: --technique 'collection' is not an ATT&CK technique id (expected T1234 or T1234.001)"],
    [['list', '--catalog'], 'catalog list: --catalog needs a value'],
    [['list', '--frmat', 'json'], "catalog list: unknown option '--frmat'"],
    [['list', 'extra'], "catalog list: unexpected argument 'extra'"],
    [['lst'], "catalog: unknown subcommand 'lst' (expected list or build)"],
    [['list', '--catalog', 'invalid/duplicate-id.yml'], "invalid/duplicate-id.yml: /entries/2/id: duplicate id 'same-id' (first used at /entries/0/id)"],
    [['build', 'rules'], 'catalog build: give exactly one --technique'],
    [['build', '--technique', 'T1530'], 'catalog build: give the rule folders to build from'],
  ])('%j is a usage error', async (args, message) => {
    await expect(run(args)).rejects.toThrow(new ConfigError(message));
  });

  it('prints its usage', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Usage:');
  });
});

describe('catalog build', () => {
  it('builds from rule folders: known texts keep their ids, new ones are reported', async () => {
    const { code, out, err } = await run(['build', '--technique', 'T1530', 'rules']);
    expect(code).toBe(0);
    expect(err).toBe(
      [
        'known  aws-cloudtrail-trail-created-by-admin  elastic/trail_created.toml',
        'new    aws-cloudtrail-landing-zone-pipelines-create  elastic/trail_created.toml',
        'new    aws-s3-static-website-buckets-public  sigma/s3_acl_public.yml',
        'dropped  "unknown"  sigma/s3_acl_public.yml (a placeholder)',
        '3 texts from 2 of 2 rules tagged T1530: 1 known, 2 new, 0 gone; 1 dropped (1 placeholder, 0 generic)',
        '',
      ].join('\n'),
    );
    const document = checkCatalogDocument(parseDocument(out, 'out.yml'), 'out.yml');
    expect(out.split('\n').slice(0, 2)).toEqual([
      '# Built by lofp-lint catalog build from the false-positive texts of rules tagged T1530 in rules.',
      "# Texts are normalized like LoFP (lower case, whitespace collapsed, deduplicated); insert keeps the rule's casing.",
    ]);
    expect(document.entries.map((e) => [e.id, e.text, e.source])).toEqual([
      [
        'aws-cloudtrail-trail-created-by-admin',
        'trail creations may be made by a system or network administrator. verify whether the user identity, user agent, and/or hostname should be making changes in your environment. trail creations by unfamiliar users or hosts should be investigated. if known behavior is causing false positives, it can be exempted from the rule.',
        { product: 'elastic', title: 'Example Trail Created', ruleId: '00000000-0000-4000-8000-000000000001', path: 'elastic/trail_created.toml' },
      ],
      [
        'aws-cloudtrail-landing-zone-pipelines-create',
        'landing-zone pipelines create trails in every new account.',
        { product: 'elastic', title: 'Example Trail Created', ruleId: '00000000-0000-4000-8000-000000000001', path: 'elastic/trail_created.toml' },
      ],
      [
        'aws-s3-static-website-buckets-public',
        'static website buckets that are public on purpose',
        { product: 'sigma', title: 'Example S3 Bucket ACL Made Public', ruleId: '00000000-0000-4000-8000-000000000003', path: 'sigma/s3_acl_public.yml' },
      ],
    ]);
    expect(document.entries[2]!.appliesTo).toEqual({
      platforms: ['aws'],
      services: ['s3'],
      operations: ['putbucketacl'],
      tools: [],
      terms: ['static', 'website', 'buckets', 'public'],
    });
  });

  it('-o writes the file; --new-only keeps the texts the catalog lacks; the result loads as a catalog', async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'lofp-catalog-'));
    const file = path.join(temp, 'new.yml');
    const rules = path.join(FIXTURES, 'rules');
    const built = await run(['build', '-t', 'T1530', rules, '-o', file, '--new-only', '--base-url', 'https://example.test/r/']);
    expect(built.out).toBe('');
    const listed = await run(['list', '--format', 'json', '--catalog', file]);
    const entries = JSON.parse(listed.out) as { id: string; source: { url: string } }[];
    expect(entries.slice(27).map((e) => [e.id, e.source.url])).toEqual([
      ['aws-cloudtrail-landing-zone-pipelines-create', 'https://example.test/r/elastic/trail_created.toml'],
      ['aws-s3-static-website-buckets-public', 'https://example.test/r/sigma/s3_acl_public.yml'],
    ]);
  });
});
