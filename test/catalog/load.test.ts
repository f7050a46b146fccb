import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesFor, loadCatalog } from '../../src/catalog/load.js';
import type { CatalogEntry } from '../../src/catalog/types.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/catalog');

function byId(entries: readonly CatalogEntry[], id: string): CatalogEntry | undefined {
  return entries.find((e) => e.id === id);
}

describe('loadCatalog', () => {
  it('loads the shipped catalog by default', () => {
    const { entries } = loadCatalog({ cwd: FIXTURES });
    expect(entries).toHaveLength(27);
    expect(new Set(entries.map((e) => e.origin))).toEqual(new Set(['builtin:T1530.yml']));
  });

  it('a user entry with an existing id replaces it in place; new entries follow', () => {
    const builtin = loadCatalog({ cwd: FIXTURES }).entries;
    const { entries } = loadCatalog({ cwd: FIXTURES, files: ['valid/team.yml'] });
    expect(entries).toHaveLength(28);
    const index = builtin.findIndex((e) => e.id === 'aws-cloudtrail-trail-created-by-admin');
    expect(entries[index]).toEqual({
      id: 'aws-cloudtrail-trail-created-by-admin',
      technique: 'T1530',
      text: 'our landing-zone pipeline creates trails in every new account.',
      insert: 'Our landing-zone pipeline creates trails in every new account.',
      short: 'Landing-zone pipeline creating trails in new accounts',
      source: { product: '', title: '', ruleId: '', path: '', url: '' },
      appliesTo: { platforms: ['aws'], services: ['cloudtrail'], operations: ['createtrail'], tools: [], terms: [] },
      scenario: {
        summary: 'the landing-zone pipeline',
        anyRule: false,
        serviceWide: false,
        evidence: ['landing zone', 'control tower'],
        excludes: ['console'],
        resourceState: false,
        words: ['landing zone', 'pipeline', 'new account'],
      },
      theme: 'automation',
      origin: 'valid/team.yml',
    });
    // Defaults of a minimal entry: insert = text with a capital, short = insert, theme `other`,
    // empty appliesTo, a scenario that needs evidence and has none (so at most notes).
    expect(entries[27]).toEqual({
      id: 'team-backup-job-reads-buckets',
      technique: 'T1530',
      text: 'the nightly backup job reads every bucket.',
      insert: 'The nightly backup job reads every bucket.',
      short: 'The nightly backup job reads every bucket.',
      source: { product: '', title: '', ruleId: '', path: '', url: '' },
      appliesTo: { platforms: [], services: [], operations: [], tools: [], terms: [] },
      scenario: { summary: '', anyRule: false, serviceWide: false, evidence: [], excludes: [], resourceState: false, words: [] },
      theme: 'other',
      origin: 'valid/team.yml',
    });
  });

  it('reads JSON catalogs of other techniques; a sub-technique gets its parent entries', () => {
    const catalog = loadCatalog({ cwd: FIXTURES, files: [path.join(FIXTURES, 'valid/other-techniques.json')] });
    expect(entriesFor(catalog, 'T1552').map((e) => e.id)).toEqual(['cloud-key-file-shared-by-owner']);
    expect(entriesFor(catalog, 'T1552.004').map((e) => e.id)).toEqual([
      'cloud-key-file-shared-by-owner',
      'private-key-copied-by-deploy',
    ]);
    expect(entriesFor(catalog, 'T1530')).toHaveLength(27);
    expect(entriesFor(catalog, 'T1552.001')).toEqual([byId(catalog.entries, 'cloud-key-file-shared-by-owner')]);
    expect(byId(catalog.entries, 'cloud-key-file-shared-by-owner')!.source).toEqual({
      product: 'custom',
      title: 'Key file shared',
      ruleId: '',
      path: '',
      url: '',
    });
  });

  it('the config catalogs load before the --catalog files; later files win', () => {
    const config = { ...DEFAULT_CONFIG, catalogs: [path.join(FIXTURES, 'valid/team.yml')], source: '.lofp.yml' };
    const { entries } = loadCatalog({ cwd: FIXTURES, config, files: ['valid/other-techniques.json'] });
    expect(entries.map((e) => e.origin).slice(-3)).toEqual([
      'valid/team.yml',
      'valid/other-techniques.json',
      'valid/other-techniques.json',
    ]);
  });

  it('leaves out disabled entries', () => {
    const { entries } = loadCatalog({
      cwd: FIXTURES,
      disabledEntries: ['aws-cloudtrail-trail-created-by-admin', 'm365-sharepoint-search-legal-documents'],
    });
    expect(entries).toHaveLength(25);
    expect(byId(entries, 'aws-cloudtrail-trail-created-by-admin')).toBeUndefined();
  });

  it('a disabled id that no entry has is a config error naming the config file', () => {
    const config = { ...DEFAULT_CONFIG, disabledEntries: ['aws-cloudtrail-trail-create-by-admin'], source: '.lofp.yml' };
    expect(() => loadCatalog({ cwd: FIXTURES, config })).toThrow(
      new ConfigError(".lofp.yml: disabledEntries: no catalog entry has the id 'aws-cloudtrail-trail-create-by-admin'"),
    );
  });

  it('without the shipped catalog, only the user files', () => {
    const { entries } = loadCatalog({ cwd: FIXTURES, builtin: false, files: ['valid/team.yml'] });
    expect(entries.map((e) => e.id)).toEqual(['aws-cloudtrail-trail-created-by-admin', 'team-backup-job-reads-buckets']);
  });

  it('names a broken user catalog relative to cwd', () => {
    expect(() => loadCatalog({ cwd: FIXTURES, files: ['invalid/bad-technique.yml'] })).toThrow(
      new ConfigError(
        "invalid/bad-technique.yml: /technique: 'T15300' is not an ATT&CK technique id (expected T1234 or T1234.001)",
      ),
    );
  });
});
