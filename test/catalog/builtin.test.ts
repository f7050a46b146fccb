import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG_FILES } from '../../src/catalog/builtin.generated.js';
import { documentEntries, entriesFor, loadBuiltinEntries, readCatalogFile } from '../../src/catalog/load.js';
import { checkCatalogDocument, parseDocument } from '../../src/catalog/schema.js';
import { catalogToYaml } from '../../src/catalog/serialize.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { generate } from '../../scripts/gen-catalog.mjs';

const ROOT = path.join(import.meta.dirname, '../..');
const CATALOG_FILE = path.join(ROOT, 'catalog/T1530.yml');

/** The LoFP page for T1530, one text per line, as published (`"` escaped as `\"`). */
const LOFP_TEXTS = readFileSync(path.join(import.meta.dirname, '../fixtures/catalog/lofp-T1530-texts.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => line.replace(/\\"/g, '"'));

const ENTRIES = readCatalogFile(CATALOG_FILE, 'catalog/T1530.yml');

describe('catalog/T1530.yml holds the LoFP page', () => {
  it('the page has 27 texts', () => {
    expect(LOFP_TEXTS).toHaveLength(27);
    expect(LOFP_TEXTS.filter((t) => t.includes('principal:"*"'))).toHaveLength(1);
  });

  it.each(LOFP_TEXTS.map((text) => [text.slice(0, 60), text]))('exactly once: %s', (_, text) => {
    expect(ENTRIES.filter((e) => e.text === text)).toHaveLength(1);
  });

  it('holds nothing else', () => {
    expect(ENTRIES.map((e) => e.text).sort()).toEqual([...LOFP_TEXTS].sort());
  });
});

describe('every shipped entry is complete', () => {
  it('has the ids released in 1.0.0 (ids never change)', () => {
    expect(ENTRIES.map((e) => e.id).sort()).toEqual([
      'aws-cloudtrail-trail-created-by-admin',
      'aws-cloudtrail-trail-updated-by-admin',
      'aws-dynamodb-table-scan-by-user',
      'aws-ec2-export-task-by-admin',
      'aws-s3-access-denied-external-accounts',
      'aws-s3-browser-cyberduck-clients',
      'aws-s3-bucket-policy-external-account-share',
      'aws-s3-bucket-policy-public-with-deny',
      'aws-s3-bucket-posture-security-scanners',
      'aws-s3-secret-files-ci-cd-retrieval',
      'aws-sns-topic-subscription-by-user',
      'azure-blob-azcopy-automated-transfers',
      'azure-blob-azcopy-devops-downloads',
      'azure-blob-azcopy-sas-migration-backup',
      'azure-storage-blob-public-access-enabled',
      'gcp-pubsub-subscription-created-by-admin',
      'gcp-pubsub-topic-created-by-admin',
      'google-workspace-drive-key-file-shared-link',
      'kubernetes-arc-helm-release-secrets',
      'kubernetes-arc-system-secrets-configmaps',
      'm365-onedrive-oauth-file-downloads',
      'm365-sharepoint-pnp-powershell-admin',
      'm365-sharepoint-powershell-automation',
      'm365-sharepoint-search-ediscovery',
      'm365-sharepoint-search-hr-finance-records',
      'm365-sharepoint-search-it-documentation',
      'm365-sharepoint-search-legal-documents',
    ]);
  });

  it.each(ENTRIES.map((e) => [e.id, e]))('%s', (_, entry) => {
    expect(entry.technique).toBe('T1530');
    // The insert is the text as the rule writes it: same words, author's casing, a capital first.
    expect(entry.insert.toLowerCase()).toBe(entry.text);
    expect(entry.insert).toMatch(/^[A-Z]/);
    expect(entry.source.product).toBe('elastic');
    expect(entry.source.title).not.toBe('');
    expect(entry.source.ruleId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(entry.source.path).toMatch(/^rules\/integrations\/[a-z_0-9]+\/[a-z_0-9]+\.toml$/);
    expect(entry.source.url).toBe(`https://github.com/elastic/detection-rules/blob/main/${entry.source.path}`);
    expect(entry.appliesTo.platforms.length).toBeGreaterThan(0);
    expect(entry.appliesTo.services.length).toBeGreaterThan(0);
    expect(entry.appliesTo.terms.length).toBeGreaterThan(0);
    expect(entry.theme).not.toBe('other');
  });

  it('cites the right rule for a sample of texts', () => {
    const byId = new Map(ENTRIES.map((e) => [e.id, e]));
    expect(byId.get('aws-cloudtrail-trail-created-by-admin')!.source).toEqual({
      product: 'elastic',
      title: 'AWS CloudTrail Log Created',
      ruleId: '594e0cbf-86cc-45aa-9ff7-ff27db27d3ed',
      path: 'rules/integrations/aws/collection_cloudtrail_logging_created.toml',
      url: 'https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/collection_cloudtrail_logging_created.toml',
    });
    expect(byId.get('aws-s3-bucket-policy-public-with-deny')!.insert).toBe(
      'This rule does not differentiate by itself whether the same policy also includes Deny statements that restrict public access. If a policy includes both Effect=Allow and Effect=Deny with Principal:"*", this rule may still trigger. Such cases should be manually analyzed to verify whether the Deny statement effectively negates the public exposure.',
    );
    expect(byId.get('gcp-pubsub-topic-created-by-admin')!.appliesTo.operations).toEqual([
      'createtopic',
      'google.pubsub.v1.publisher.createtopic',
    ]);
    expect(byId.get('azure-blob-azcopy-devops-downloads')!.appliesTo.tools).toEqual(['azcopy']);
  });
});

describe('the shipped catalog inside the bundle', () => {
  it('is the parsed catalog/T1530.yml', () => {
    expect(BUILTIN_CATALOG_FILES.map((f) => f.name)).toEqual(['T1530.yml']);
    const fromFile = documentEntries(
      checkCatalogDocument(parseDocument(readFileSync(CATALOG_FILE, 'utf8'), 'T1530.yml'), 'T1530.yml'),
      'builtin:T1530.yml',
    );
    expect(loadBuiltinEntries()).toEqual(fromFile);
    expect(entriesFor({ entries: loadBuiltinEntries() }, 'T1530')).toHaveLength(27);
  });

  it('generated modules are current (run node scripts/gen-catalog.mjs)', () => {
    const generated = generate() as Map<string, string>;
    expect(generated.size).toBe(2);
    for (const [file, text] of generated) expect(readFileSync(file, 'utf8'), path.relative(ROOT, file)).toBe(text);
  });

  it('catalog/T1530.yml is in the layout catalog build writes', () => {
    const text = readFileSync(CATALOG_FILE, 'utf8');
    const header = text
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .map((line) => line.replace(/^# ?/, ''));
    expect(catalogToYaml(BUILTIN_CATALOG_FILES[0]!.document, header)).toBe(text);
  });
});
