import { describe, expect, it } from 'vitest';
import { extractEvidence } from '../../src/match/evidence.js';
import { buildCatalogIndex, rankEntries } from '../../src/match/relevance.js';
import type { Detection } from '../../src/detection.js';
import { SMALL_CATALOG, detection, entry } from './build.js';

const index = buildCatalogIndex(SMALL_CATALOG);
const rank = (d: Detection) =>
  rankEntries(extractEvidence(d), index).map((r) => [r.indexed.entry.id, r.confidence, r.reason]);

const createTrail = detection({
  title: 'CloudTrail Trail Created',
  dataSources: ['product:aws', 'service:cloudtrail'],
  query: "selection:\n    eventSource: cloudtrail.amazonaws.com\n    eventName: CreateTrail\n",
});

describe('rankEntries', () => {
  it('gives the operation match with its reason, and not the entry of another operation', () => {
    expect(rank(createTrail)).toEqual([['trail-created', 'high', 'query matches eventName CreateTrail; entry applies to CreateTrail']]);
  });

  it('never suggests an AWS SNS entry for a GCP Pub/Sub rule', () => {
    const pubsub = detection({
      title: 'Pub/Sub Topic Created',
      dataSources: ['product:gcp'],
      query: 'event.action: google.pubsub.v*.Publisher.CreateTopic and subscription: *',
    });
    expect(rank(pubsub)).toEqual([
      ['pubsub-topic', 'high', 'query matches event.action google.pubsub.v*.Publisher.CreateTopic; entry applies to google.pubsub.v*.Publisher.CreateTopic'],
    ]);
  });

  it('never suggests an AzCopy entry for an S3 rule, even one that mentions AzCopy', () => {
    const s3 = detection({
      title: 'S3 Object Downloaded with a Sync Tool',
      description: 'Tools such as AzCopy or Cyberduck can copy objects.',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and userAgent: *Cyberduck*',
    });
    expect(rank(s3)).toEqual([['s3-sync-tool', 'high', 'query mentions cyberduck; entry applies to tool cyberduck']]);
  });

  it('excludes an entry of another platform even when its operation matches', () => {
    const azureNamedLikeAws = detection({ dataSources: ['product:aws'], query: 'eventName: GetBlob' });
    expect(rank(azureNamedLikeAws)).toEqual([]);
  });

  it('is high when the rule fires on any client, medium when it names other clients', () => {
    const anyClient = detection({ dataSources: ['datatype:storagebloblogs'], query: 'StorageBlobLogs | where OperationName == "GetBlob"' });
    expect(rank(anyClient)).toEqual([['azcopy-backup', 'high', 'query matches OperationName GetBlob; entry applies to GetBlob']]);

    const otherClients = detection({
      dataSources: ['datatype:storagebloblogs'],
      query: 'StorageBlobLogs | where OperationName == "GetBlob" and UserAgentHeader has_any ("rclone", "curl")',
    });
    expect(rank(otherClients)).toEqual([['azcopy-backup', 'medium', 'query matches OperationName GetBlob; entry applies to GetBlob']]);
  });

  it('is medium when the platform is unknown', () => {
    const noPlatform = detection({ query: 'eventName: CreateTrail' });
    expect(rank(noPlatform)).toEqual([['trail-created', 'medium', 'query matches eventName CreateTrail; entry applies to CreateTrail']]);
  });

  it('needs a word of the entry besides a shared service, and two for high confidence', () => {
    const s3Errors = detection({
      title: 'S3 AccessDenied from Other Accounts',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and errorCode: AccessDenied',
    });
    expect(rank(s3Errors)).toEqual([['s3-denied-probes', 'high', 'query names s3.amazonaws.com; entry applies to service s3']]);

    const s3Denied = detection({ dataSources: ['product:aws'], query: 'eventSource: s3.amazonaws.com and errorCode: AccessDenied' });
    expect(rank(s3Denied)).toEqual([['s3-denied-probes', 'medium', 'query names s3.amazonaws.com; entry applies to service s3']]);

    const s3Plain = detection({ dataSources: ['product:aws'], query: 'eventSource: s3.amazonaws.com' });
    expect(rank(s3Plain)).toEqual([]);
  });

  it('uses operations named in the description when the query names none', () => {
    const prose = detection({ format: 'panther', description: 'Detects many GetBlob calls.', dataSources: ['logtype:azure.monitoractivity'] });
    expect(rank(prose)).toEqual([['azcopy-backup', 'high', 'description mentions GetBlob; entry applies to GetBlob']]);
  });

  it('ranks high before medium, then by score, then in catalog order', () => {
    const catalog = [
      entry('b-medium', 'Backup tools copying blobs.', { platforms: ['azure'], services: ['blob-storage'], operations: ['getblob'], tools: ['azcopy'] }),
      entry('a-high', 'Storage admins reading blobs.', { platforms: ['azure'], services: ['blob-storage'], operations: ['getblob'] }),
      entry('c-high-more-terms', 'Analysts reading reports from blobs.', { platforms: ['azure'], services: ['blob-storage'], operations: ['getblob'], terms: ['reports'] }),
    ];
    const d = detection({ title: 'Reports read', dataSources: ['product:azure'], query: 'OperationName == "GetBlob" and UserAgent: *rclone*' });
    expect(rankEntries(extractEvidence(d), buildCatalogIndex(catalog)).map((r) => [r.indexed.entry.id, r.confidence, r.score])).toEqual([
      ['c-high-more-terms', 'high', 10],
      ['a-high', 'high', 9],
      ['b-medium', 'medium', 9],
    ]);
  });

  it('reads catalog spellings through the vocabulary (o365, storage-account)', () => {
    const catalog = [entry('m365-download', 'Users downloading files.', { platforms: ['o365'], services: ['OneDrive'], operations: ['filedownloaded'] })];
    const d = detection({ dataSources: ['data source: microsoft 365'], query: 'event.provider: "OneDrive" and event.action: "FileDownloaded"' });
    expect(rankEntries(extractEvidence(d), buildCatalogIndex(catalog)).map((r) => r.confidence)).toEqual(['high']);
  });
});

describe('buildCatalogIndex', () => {
  it('indexes operations under the method of dotted names', () => {
    expect(index.byOperation.get('createtopic')).toEqual([3]);
    expect(index.byOperation.get('google.pubsub.v1.publisher.createtopic')).toEqual([3]);
  });

  it('does not count terms that only repeat a service', () => {
    const e = buildCatalogIndex([entry('x', 'Topic creation.', { platforms: ['gcp'], services: ['pubsub'], terms: ['pub/sub', 'topic'] })]);
    expect(e.entries[0]!.terms.map((t) => t.term)).toEqual(['topic']);
  });

  it('looks up a few candidates in a large catalog', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      entry(`e${i}`, `Operators may call Operation${i} during maintenance.`, { platforms: ['aws'], services: [`svc${i}`], operations: [`operation${i}`] }),
    );
    const big = buildCatalogIndex(many);
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < 200; i++) {
      found += rankEntries(extractEvidence(detection({ dataSources: ['product:aws'], query: `eventName: Operation${i}` })), big).length;
    }
    expect(found).toBe(200);
    // 200 rules against 5,000 entries; generous bound, the point is no scan of the catalog per rule.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
