/** Small hand-made detections and catalog entries for matcher and check tests. */
import type { AppliesTo, CatalogEntry } from '../../src/catalog/types.js';
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

export function entry(id: string, text: string, appliesTo: Partial<AppliesTo>, insert = text): CatalogEntry {
  return {
    id,
    technique: 'T1530',
    text,
    insert,
    source: { product: 'test', title: id, ruleId: id, path: `${id}.yml`, url: '' },
    appliesTo: { platforms: [], services: [], operations: [], tools: [], terms: [], ...appliesTo },
    theme: 'test',
    origin: 'test:catalog.yml',
  };
}

/** A small catalog across platforms, written for these tests. */
export const SMALL_CATALOG: readonly CatalogEntry[] = [
  entry('trail-created', 'Trail creations may be made by administrators during account onboarding.', {
    platforms: ['aws'], services: ['cloudtrail'], operations: ['createtrail'], terms: ['trail', 'onboarding'],
  }),
  entry('trail-updated', 'Trail updates may be made by administrators changing log destinations.', {
    platforms: ['aws'], services: ['cloudtrail'], operations: ['updatetrail'], terms: ['trail', 'log destination'],
  }),
  entry('sns-subscribe', 'Developers may subscribe to SNS topics to receive build notifications.', {
    platforms: ['aws'], services: ['sns'], operations: ['subscribe'], terms: ['subscription', 'notifications'],
  }),
  entry('pubsub-topic', 'Platform teams may create Pub/Sub topics when deploying new services.', {
    platforms: ['gcp'], services: ['pubsub'], operations: ['google.pubsub.v1.publisher.createtopic'], terms: ['topic', 'deployment'],
  }),
  entry('azcopy-backup', 'Backup jobs may copy blobs with AzCopy and a SAS token.', {
    platforms: ['azure'], services: ['blob-storage'], operations: ['getblob'], tools: ['azcopy'], terms: ['backup', 'sas token'],
  }),
  entry('s3-sync-tool', 'Engineers may sync buckets with Cyberduck during migrations.', {
    platforms: ['aws'], services: ['s3'], tools: ['cyberduck'], terms: ['migration', 'sync'],
  }),
  entry('s3-denied-probes', 'Misconfigured jobs in other accounts may receive AccessDenied errors on buckets.', {
    platforms: ['aws'], services: ['s3'], terms: ['accessdenied', 'other accounts', 'misconfigured jobs'],
  }),
];
