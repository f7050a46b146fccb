import { describe, expect, it } from 'vitest';
import { extractEvidence } from '../../src/match/evidence.js';
import { buildCatalogIndex, rankEntries } from '../../src/match/relevance.js';
import type { Detection } from '../../src/detection.js';
import { SMALL_CATALOG, detection, entry } from './build.js';

const index = buildCatalogIndex(SMALL_CATALOG);
const rank = (d: Detection) =>
  rankEntries(extractEvidence(d), index).ranked.map((r) => [r.indexed.entry.id, r.confidence, r.reason]);

const createTrail = detection({
  title: 'CloudTrail Trail Created',
  dataSources: ['product:aws', 'service:cloudtrail'],
  query: "selection:\n    eventSource: cloudtrail.amazonaws.com\n    eventName: CreateTrail\n",
});

const excluded = (d: Detection) => rankEntries(extractEvidence(d), index).excluded.map((x) => [x.indexed.entry.id, x.reason]);

describe('rankEntries', () => {
  it('an anyRule entry is high on its operation, and the entry of another operation is not suggested', () => {
    expect(rank(createTrail)).toEqual([
      ['trail-created', 'high', 'query matches eventName CreateTrail; the entry applies to every rule on CreateTrail'],
    ]);
  });

  it('never suggests an AWS SNS entry for a GCP Pub/Sub rule', () => {
    const pubsub = detection({
      title: 'Pub/Sub Topic Created',
      dataSources: ['product:gcp'],
      query: 'event.action: google.pubsub.v*.Publisher.CreateTopic and subscription: *',
    });
    expect(rank(pubsub)).toEqual([
      [
        'pubsub-topic',
        'high',
        'query matches event.action google.pubsub.v*.Publisher.CreateTopic; the entry applies to every rule on google.pubsub.v*.Publisher.CreateTopic',
      ],
    ]);
  });

  it('never suggests an AzCopy entry for an S3 rule, even one that mentions AzCopy', () => {
    const s3 = detection({
      title: 'S3 Object Downloaded with a Sync Tool',
      description: 'Tools such as AzCopy or Cyberduck can copy objects.',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and userAgent: *Cyberduck*',
    });
    expect(rank(s3)).toEqual([['s3-sync-tool', 'high', 'query mentions cyberduck; query names s3.amazonaws.com']]);
  });

  it('excludes an entry of another platform even when its operation matches', () => {
    const azureNamedLikeAws = detection({ dataSources: ['product:aws'], query: 'eventName: GetBlob' });
    expect(rank(azureNamedLikeAws)).toEqual([]);
  });

  // Class 1 of issue 10: an operation match alone made a warning.
  it('an operation alone gives a note; the rule must show the scenario for a warning', () => {
    const anyClient = detection({ dataSources: ['datatype:storagebloblogs'], query: 'StorageBlobLogs | where OperationName == "GetBlob"' });
    expect(rank(anyClient)).toEqual([
      ['azcopy-backup', 'medium', 'query matches OperationName GetBlob; nothing in the rule shows backup jobs using AzCopy'],
    ]);
    const viaAzCopy = detection({
      dataSources: ['datatype:storagebloblogs'],
      query: 'StorageBlobLogs | where OperationName == "GetBlob" and UserAgentHeader has "AzCopy"',
    });
    expect(rank(viaAzCopy)).toEqual([['azcopy-backup', 'high', 'query matches OperationName GetBlob; query mentions azcopy']]);
    const secretFiles = detection({
      title: 'Secret Files Read from S3',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and eventName: GetObject and requestParameters.key: (*.pem or *credentials*)',
    });
    // Singling out secret files, the query does not watch S3 reads broadly: no Cyberduck note.
    expect(rank(secretFiles)).toEqual([['s3-secrets-ci', 'high', 'query matches eventName GetObject; query selects "credentials"']]);
    expect(excluded(secretFiles)).toEqual([
      ['s3-sync-tool', 'the query singles out the scenario of another entry, so it does not watch its service broadly'],
    ]);
  });

  it('a rule restricted to anonymous requesters never gets an entry about identities of its own', () => {
    const anonymous = detection({
      title: 'S3 Object Read by an Anonymous Requester',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and eventName: GetObject and userIdentity.type: AnonymousUser and requestParameters.key: *secret*',
    });
    expect(rank(anonymous)).toEqual([]);
    expect(excluded(anonymous)).toEqual([
      ['s3-sync-tool', 'title says "anonymous", which rules out engineers syncing with Cyberduck'],
      ['s3-secrets-ci', 'title says "anonymous", which rules out CI/CD pipelines reading secret files'],
    ]);
    // Excluding anonymous requesters is no restriction to them.
    const notAnonymous = detection({
      title: 'S3 Secret Object Read',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and eventName: GetObject and requestParameters.key: *secret* and not userIdentity.type: AnonymousUser',
    });
    expect(rank(notAnonymous)).toEqual([['s3-secrets-ci', 'high', 'query matches eventName GetObject; query selects "secret"']]);
  });

  it('a rule that names the clients it watches excludes entries about other clients and other actors', () => {
    const otherClients = detection({
      title: 'Blob Download via rclone',
      dataSources: ['datatype:storagebloblogs'],
      query: 'StorageBlobLogs | where OperationName == "GetBlob" and UserAgentHeader has_any ("rclone", "curl")',
    });
    expect(rank(otherClients)).toEqual([]);
    expect(excluded(otherClients)).toEqual([['azcopy-backup', 'query selects the client rclone; the entry is about azcopy']]);
    // Clients listed in the query for scoring, unnamed by the title, restrict nothing.
    const scored = detection({
      title: 'Bulk Blob Download with a SAS Token',
      dataSources: ['datatype:storagebloblogs'],
      query: 'StorageBlobLogs | where OperationName == "GetBlob" | extend Tool = UserAgentHeader has_any ("rclone", "curl")',
    });
    expect(rank(scored)).toEqual([['azcopy-backup', 'high', 'query matches OperationName GetBlob; title says "sas"']]);
  });

  // Class 2: sibling entries on the same operation swapped.
  it('sibling entries on one operation go to the rule whose evidence shows their scenario', () => {
    const publicPolicy = detection({
      title: 'S3 Bucket Policy Made Public',
      dataSources: ['product:aws'],
      query: 'event.action: PutBucketPolicy and aws.cloudtrail.request_parameters: *Principal=\\**',
    });
    expect(rank(publicPolicy)).toEqual([['policy-public-deny', 'high', 'query matches event.action PutBucketPolicy; query selects "principal=*"']]);
    expect(excluded(publicPolicy)).toEqual([
      ['policy-external-share', 'query selects "principal=*", which rules out sharing a bucket with a partner account'],
    ]);
    const sharedPolicy = detection({
      title: 'S3 Bucket Policy Shared with an External Account',
      dataSources: ['product:aws'],
      query: 'event.action: PutBucketPolicy and aws.cloudtrail.request_parameters: *PrincipalAccount*',
    });
    expect(rank(sharedPolicy)).toEqual([
      ['policy-external-share', 'high', 'query matches event.action PutBucketPolicy; title says "external account"'],
    ]);
    // A policy change that shows neither: both are possible, as notes.
    const anyPolicy = detection({ title: 'S3 Bucket Policy Changed', dataSources: ['product:aws'], query: 'eventName: PutBucketPolicy' });
    expect(rank(anyPolicy).map(([id, confidence]) => [id, confidence])).toEqual([
      ['policy-external-share', 'medium'],
      ['policy-public-deny', 'medium'],
    ]);
  });

  // Class 3: configuration policies got entries about activity by actors.
  it('a configuration policy gets only entries about a resource state', () => {
    const policy = detection({
      format: 'panther',
      title: 'S3 Bucket Policy Restricts Principals',
      description: 'Bucket policies must not allow Principal:"*".',
      dataSources: ['resourcetype:aws.s3.bucket'],
      evaluates: 'resources',
    });
    expect(rank(policy)).toEqual([['policy-public-deny', 'medium', 'description says "principal:*"; data source names aws s3']]);
    expect(excluded(policy)).toEqual([
      ['s3-sync-tool', 'the rule evaluates resource configuration; the entry is about activity (engineers syncing with Cyberduck)'],
      ['s3-secrets-ci', 'the rule evaluates resource configuration; the entry is about activity (CI/CD pipelines reading secret files)'],
    ]);
  });

  it('a rule reading any object gets the data-access entries as notes', () => {
    const anyObject = detection({
      title: 'S3 Object Read by an Unknown Requester',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and eventName: GetObject',
    });
    expect(rank(anyObject)).toEqual([
      ['s3-secrets-ci', 'medium', 'query matches eventName GetObject; nothing in the rule shows CI/CD pipelines reading secret files'],
      ['s3-sync-tool', 'medium', 'query names s3.amazonaws.com and the query selects only reads of data, so engineers syncing with Cyberduck would fire it'],
    ]);
  });

  it('a rule watching every access to a service gets the data-access entries as notes', () => {
    const newIp = detection({ title: 'S3 Access from a New IP', dataSources: ['product:aws', 'service:s3'], query: 'eventSource: s3.amazonaws.com' });
    expect(rank(newIp)).toEqual([
      ['s3-sync-tool', 'medium', 'data source names s3 and the query selects no operation, so engineers syncing with Cyberduck would fire it'],
      ['s3-secrets-ci', 'medium', 'data source names s3 and the query selects no operation, so CI/CD pipelines reading secret files would fire it'],
    ]);
  });

  it('is medium when the platform is unknown', () => {
    const noPlatform = detection({ query: 'eventName: CreateTrail' });
    expect(rank(noPlatform)).toEqual([
      ['trail-created', 'medium', 'query matches eventName CreateTrail; the entry applies to every rule on CreateTrail'],
    ]);
  });

  it('an entry about no operation needs its scenario in the query or title, not only in the description', () => {
    const s3Errors = detection({
      title: 'S3 AccessDenied from Other Accounts',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and errorCode: AccessDenied',
    });
    expect(rank(s3Errors)).toEqual([['s3-denied-probes', 'high', 'query selects "accessdenied"; query names s3.amazonaws.com']]);

    const describedOnly = detection({
      title: 'S3 Bucket Enumeration',
      description: 'Enumeration often ends in AccessDenied.',
      dataSources: ['product:aws'],
      query: 'eventSource: s3.amazonaws.com and eventName: ListBuckets',
    });
    expect(rank(describedOnly)).toEqual([]);

    const s3Plain = detection({ dataSources: ['product:aws'], query: 'eventSource: s3.amazonaws.com and eventName: PutBucketAcl' });
    expect(rank(s3Plain)).toEqual([]);
  });

  it('uses operations named in the prose: as good as a query in a rule without one, else notes', () => {
    const prose = detection({ format: 'panther', description: 'Detects many GetBlob calls.', dataSources: ['logtype:azure.monitoractivity'] });
    expect(rank(prose)).toEqual([]);
    // Panther keeps its logic in Python: the prose is all the file says about what it selects.
    const proseWithTool = detection({
      format: 'panther',
      title: 'Blob Reads with AzCopy',
      description: 'Detects many GetBlob calls.',
      dataSources: ['logtype:azure.monitoractivity'],
    });
    expect(rank(proseWithTool)).toEqual([['azcopy-backup', 'high', 'description mentions GetBlob; title mentions azcopy']]);
    // A query that selects no operation: the operation in its description may not be what it watches.
    const queried = detection({
      title: 'Blob Reads with AzCopy',
      description: 'Detects many GetBlob calls.',
      dataSources: ['datatype:storagebloblogs'],
      query: 'StorageBlobLogs | where StatusCode == 200',
    });
    expect(rank(queried)).toEqual([['azcopy-backup', 'medium', 'description mentions GetBlob; title mentions azcopy']]);
  });

  it('ranks high before medium, then by score, then in catalog order', () => {
    const catalog = [
      entry('b-medium', 'Backup tools copying blobs.', { platforms: ['azure'], services: ['blob-storage'], operations: ['getblob'], tools: ['azcopy'] }),
      entry('a-high', 'Storage admins reading blobs.', { platforms: ['azure'], services: ['blob-storage'], operations: ['getblob'] }, undefined, { anyRule: true }),
      entry(
        'c-high-more-terms',
        'Analysts reading reports from blobs.',
        { platforms: ['azure'], services: ['blob-storage'], operations: ['getblob'], terms: ['reports'] },
        undefined,
        { evidence: ['reports'] },
      ),
    ];
    const d = detection({ title: 'Reports read', dataSources: ['product:azure'], query: 'OperationName == "GetBlob"' });
    expect(rankEntries(extractEvidence(d), buildCatalogIndex(catalog)).ranked.map((r) => [r.indexed.entry.id, r.confidence, r.score])).toEqual([
      ['c-high-more-terms', 'high', 13],
      ['a-high', 'high', 9],
      ['b-medium', 'medium', 9],
    ]);
  });

  it('reads catalog spellings through the vocabulary (o365, storage-account)', () => {
    const catalog = [
      entry('m365-download', 'Users downloading files.', { platforms: ['o365'], services: ['OneDrive'], operations: ['filedownloaded'] }, undefined, { anyRule: true }),
    ];
    const d = detection({ dataSources: ['data source: microsoft 365'], query: 'event.provider: "OneDrive" and event.action: "FileDownloaded"' });
    expect(rankEntries(extractEvidence(d), buildCatalogIndex(catalog)).ranked.map((r) => r.confidence)).toEqual(['high']);
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
      found += rankEntries(extractEvidence(detection({ dataSources: ['product:aws'], query: `eventName: Operation${i}` })), big).ranked.length;
    }
    expect(found).toBe(200);
    // 200 rules against 5,000 entries; generous bound, the point is no scan of the catalog per rule.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
