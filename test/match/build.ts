/** Small hand-made detections and catalog entries for matcher and check tests. */
import type { AppliesTo, CatalogEntry, Scenario } from '../../src/catalog/types.js';
import type { Detection, FalsePositiveItem, FalsePositiveSection } from '../../src/detection.js';
import { makeSourceFile } from '../../src/source.js';

export function detection(fields: Partial<Detection> = {}): Detection {
  return {
    format: 'sigma',
    path: 'rules/rule.yml',
    document: 0,
    id: 'rule-1',
    title: '',
    titleSpan: { line: 1, endLine: 1 },
    description: '',
    techniques: ['T1530'],
    techniqueTags: [],
    tactics: [],
    query: '',
    dataSources: [],
    status: null,
    deprecated: false,
    falsePositives: [],
    disabledChecks: [],
    span: { line: 1, endLine: 20 },
    source: makeSourceFile('rules/rule.yml', ''),
    ...fields,
  };
}

/** A `field` section whose items sit on consecutive lines after its key line. */
export function fieldSection(line: number, texts: readonly string[], key = 'falsepositives'): FalsePositiveSection {
  const items: FalsePositiveItem[] = texts.map((text, i) => ({ text, line: line + 1 + i, endLine: line + 1 + i }));
  return { source: 'field', key, line, endLine: line + texts.length, items };
}

export function entry(
  id: string,
  text: string,
  appliesTo: Partial<AppliesTo>,
  insert = text,
  scenario: Partial<Scenario> = {},
): CatalogEntry {
  return {
    id,
    technique: 'T1530',
    text,
    insert,
    short: insert,
    source: { product: 'test', title: id, ruleId: id, path: `${id}.yml`, url: '' },
    appliesTo: { platforms: [], services: [], operations: [], tools: [], terms: [], ...appliesTo },
    scenario: { summary: '', anyRule: false, serviceWide: false, evidence: [], excludes: [], resourceState: false, words: [], ...scenario },
    theme: 'test',
    origin: 'test:catalog.yml',
  };
}

/** A small catalog across platforms, written for these tests. */
export const SMALL_CATALOG: readonly CatalogEntry[] = [
  entry(
    'trail-created',
    'Trail creations may be made by administrators during account onboarding.',
    { platforms: ['aws'], services: ['cloudtrail'], operations: ['createtrail'], terms: ['trail', 'onboarding'] },
    undefined,
    { summary: 'administrators creating trails', anyRule: true, words: ['onboarding'] },
  ),
  entry(
    'trail-updated',
    'Trail updates may be made by administrators changing log destinations.',
    { platforms: ['aws'], services: ['cloudtrail'], operations: ['updatetrail'], terms: ['trail', 'log destination'] },
    undefined,
    { summary: 'administrators updating trails', anyRule: true, words: ['log destination'] },
  ),
  entry(
    'sns-subscribe',
    'Developers may subscribe to SNS topics to receive build notifications.',
    { platforms: ['aws'], services: ['sns'], operations: ['subscribe'], terms: ['subscription', 'notifications'] },
    undefined,
    { summary: 'developers subscribing to topics', anyRule: true, words: ['notifications'] },
  ),
  entry(
    'pubsub-topic',
    'Platform teams may create Pub/Sub topics when deploying new services.',
    { platforms: ['gcp'], services: ['pubsub'], operations: ['google.pubsub.v1.publisher.createtopic'], terms: ['topic', 'deployment'] },
    undefined,
    { summary: 'platform teams creating topics', anyRule: true, words: ['deployment'] },
  ),
  entry(
    'azcopy-backup',
    'Backup jobs may copy blobs with AzCopy and a SAS token.',
    { platforms: ['azure'], services: ['blob-storage'], operations: ['getblob'], tools: ['azcopy'], terms: ['backup', 'sas token'] },
    undefined,
    { summary: 'backup jobs using AzCopy', serviceWide: true, evidence: ['azcopy', 'sas'], words: ['backup'] },
  ),
  entry(
    's3-sync-tool',
    'Engineers may sync buckets with Cyberduck during migrations.',
    { platforms: ['aws'], services: ['s3'], tools: ['cyberduck'], terms: ['migration', 'sync'] },
    undefined,
    { summary: 'engineers syncing with Cyberduck', serviceWide: true, evidence: ['cyberduck'], excludes: ['anonymous', 'accessdenied'], words: ['sync', 'migration'] },
  ),
  entry(
    's3-denied-probes',
    'Misconfigured jobs in other accounts may receive AccessDenied errors on buckets.',
    { platforms: ['aws'], services: ['s3'], terms: ['accessdenied', 'other accounts', 'misconfigured jobs'] },
    undefined,
    { summary: 'misconfigured jobs being denied', evidence: ['accessdenied', 'access denied'], words: ['accessdenied', 'misconfigured'] },
  ),
  entry(
    's3-secrets-ci',
    'CI/CD pipelines may read secret files from buckets.',
    { platforms: ['aws'], services: ['s3'], operations: ['getobject'] },
    undefined,
    { summary: 'CI/CD pipelines reading secret files', serviceWide: true, evidence: ['secret', 'credentials', '.pem'], excludes: ['anonymous', 'accessdenied'], words: ['pipeline', 'ci/cd'] },
  ),
  entry(
    'policy-external-share',
    'Buckets may be shared with partner accounts on purpose.',
    { platforms: ['aws'], services: ['s3'], operations: ['putbucketpolicy'] },
    undefined,
    {
      summary: 'sharing a bucket with a partner account',
      evidence: ['external account', 'cross-account'],
      excludes: ['principal=*', 'public access'],
      resourceState: true,
      words: ['partner', 'external account', 'cross-account'],
    },
  ),
  entry(
    'policy-public-deny',
    'Public bucket policies may carry Deny statements that cancel the exposure.',
    { platforms: ['aws'], services: ['s3'], operations: ['putbucketpolicy'] },
    undefined,
    {
      summary: 'public policies restricted by Deny',
      evidence: ['principal=*', 'principal:*', 'bucket policy + public'],
      excludes: ['external account', 'cross-account'],
      resourceState: true,
      words: ['deny', 'principal'],
    },
  ),
];
