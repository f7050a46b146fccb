import { describe, expect, it } from 'vitest';
import { extractEvidence, operationKeys, queryOperations, queryValues, sigmaSelections } from '../../src/match/evidence.js';
import { detection } from './build.js';

const ops = (query: string) => queryOperations(query).map((o) => [o.field, o.shown]);

describe('queryOperations', () => {
  it.each([
    ['Elastic KQL', 'event.provider: "cloudtrail.amazonaws.com" and event.action: "CreateTrail"', [['event.action', 'CreateTrail']]],
    ['KQL list', 'event.action:(GetObject or "PutObject")', [['event.action', 'GetObject'], ['event.action', 'PutObject']]],
    ['EQL in', 'event.action in ("GetBucketAcl", "GetBucketPolicy")', [['event.action', 'GetBucketAcl'], ['event.action', 'GetBucketPolicy']]],
    ['EQL ==', 'event.action == "PutBucketPolicy"', [['event.action', 'PutBucketPolicy']]],
    ['EQL comma list', 'event.action : ("copy", "view")', [['event.action', 'copy'], ['event.action', 'view']]],
    ['SPL', '`cloudtrail` eventSource=s3.amazonaws.com eventName=PutBucketAcl | stats count', [['eventName', 'PutBucketAcl']]],
    ['SPL IN', '`cloudtrail` eventName IN ("DeleteBucket", "PutBucketAcl")', [['eventName', 'DeleteBucket'], ['eventName', 'PutBucketAcl']]],
    ['Sentinel KQL', 'AWSCloudTrail\n| where EventName =~ "GetObject"', [['EventName', 'GetObject']]],
    ['Sentinel in', 'StorageBlobLogs | where OperationName in ("GetBlob", "ListBlobs")', [['OperationName', 'GetBlob'], ['OperationName', 'ListBlobs']]],
    ['O365 Operation', 'OfficeActivity | where Operation == "FileDownloaded"', [['Operation', 'FileDownloaded']]],
    ['GCP methodName', 'protoPayload.methodName: "storage.setIamPermissions"', [['protoPayload.methodName', 'storage.setIamPermissions']]],
    ['Sigma GCP audit method_name', 'gcp.audit.method_name: google.pubsub.v1.Publisher.CreateTopic', [['gcp.audit.method_name', 'google.pubsub.v1.Publisher.CreateTopic']]],
    ['YARA-L', '$e.metadata.product_event_type = "google.pubsub.v1.Publisher.CreateTopic"', [['$e.metadata.product_event_type', 'google.pubsub.v1.Publisher.CreateTopic']]],
    ['YARA-L regex', '$e.metadata.product_event_type = /CreateTrail|UpdateTrail/', [['$e.metadata.product_event_type', 'CreateTrail'], ['$e.metadata.product_event_type', 'UpdateTrail']]],
    ['Sigma list', "selection:\n    eventSource: s3.amazonaws.com\n    eventName:\n        - 'GetObject'\n        - SelectObjectContent\ncondition: selection\n", [['eventName', 'GetObject'], ['eventName', 'SelectObjectContent']]],
    ['Sigma modifier', 'selection:\n    eventName|startswith: PutBucket\n', [['eventName', 'PutBucket']]],
    ['Kubernetes verb', 'kubernetes.audit.verb IN ("get", "list")', [['kubernetes.audit.verb', 'get'], ['kubernetes.audit.verb', 'list']]],
  ])('%s', (_name, query, expected) => {
    expect(ops(query)).toEqual(expected);
  });

  it.each([
    ['not before the field', 'event.action: "GetObject" and not event.action: "PutObject"'],
    ['!=', 'event.action: "GetObject" and event.action != "PutObject"'],
  ])('leaves out excluded operations: %s', (_name, query) => {
    expect(ops(query)).toEqual([['event.action', 'GetObject']]);
  });

  it('ignores wildcards, variables and words of the query language', () => {
    expect(ops('event.action: * and $e.metadata.product_event_type = $op and event.action: (or)')).toEqual([]);
  });
});

describe('queryValues', () => {
  it('drops field names before operators and keeps values', () => {
    expect(queryValues('user_agent.original: "aws-cli" and EventName == "GetObject" and src in ("a")')).toBe(
      ' : "aws-cli" and   == "GetObject" and   in ("a")',
    );
    expect(queryValues('selection:\n    eventName|contains: Put\n')).toBe(' :\n     : Put\n');
  });
});

describe('operationKeys', () => {
  it('adds the method of a dotted name', () => {
    expect(operationKeys('google.pubsub.v*.Publisher.CreateTopic')).toEqual(['google.pubsub.v*.publisher.createtopic', 'createtopic']);
  });

  it('keeps Azure resource operations whole', () => {
    expect(operationKeys('MICROSOFT.STORAGE/STORAGEACCOUNTS/WRITE')).toEqual(['microsoft.storage/storageaccounts/write']);
  });
});

describe('extractEvidence', () => {
  const values = (items: readonly { value: string }[]) => items.map((i) => i.value);

  it('reads an Elastic CloudTrail rule', () => {
    const e = extractEvidence(
      detection({
        format: 'elastic',
        title: 'AWS Trail Created',
        dataSources: ['logs-aws.cloudtrail-*', 'aws', 'data source: aws', 'data source: aws cloudtrail'],
        query: 'event.provider: "cloudtrail.amazonaws.com" and event.action: "CreateTrail"',
      }),
    );
    expect(values(e.platforms)).toEqual(['aws']);
    expect(values(e.services)).toEqual(['cloudtrail']);
    expect(e.operations.map((o) => [o.value, o.origin])).toEqual([['createtrail', 'query']]);
    expect(e.operationsFromQuery).toBe(true);
  });

  it('takes the platform from the data source, not from search terms in the query', () => {
    const e = extractEvidence(
      detection({
        dataSources: ['data source: microsoft 365'],
        query: 'event.provider == "SharePoint" and o365.audit.SearchQueryText like~ ("*aws*", "*azure*", "*gcp*")',
      }),
    );
    expect(values(e.platforms)).toEqual(['m365']);
    expect(values(e.services)).toEqual(['sharepoint']);
  });

  it('reads a service of a neighbouring platform in the query (Drive in GCP audit logs)', () => {
    const e = extractEvidence(
      detection({ dataSources: ['product:gcp', 'service:gcp.audit'], query: "protoPayload.serviceName: 'drive.googleapis.com'" }),
    );
    expect(values(e.platforms)).toEqual(['gcp', 'google-workspace']);
    expect(values(e.services)).toEqual(['drive']);
  });

  it('treats SPL macros as log sources', () => {
    const e = extractEvidence(detection({ format: 'splunk', query: '`google_gcp_pubsub_message` | rename cs_object_ as bucket_name' }));
    expect(values(e.platforms)).toEqual(['gcp']);
    expect(values(e.services)).toEqual(['gcs']);
  });

  it('resolves "bucket" by the platform and falls back to prose for everything else', () => {
    const e = extractEvidence(
      detection({ format: 'panther', title: 'AWS S3 Bucket Public Read', description: 'A bucket allows public reads by GetObject.', dataSources: ['logtype:aws.cloudtrail'] }),
    );
    expect(values(e.platforms)).toEqual(['aws']);
    expect(values(e.services)).toEqual(['s3']);
    expect(e.operations.map((o) => [o.shown, o.origin])).toEqual([['GetObject', 'description']]);
    expect(e.operationsFromQuery).toBe(false);
  });

  it('leaves out prose services of another platform', () => {
    const e = extractEvidence(detection({ dataSources: ['product:azure'], description: 'Unlike Amazon S3, Azure Blob Storage...' }));
    expect(values(e.services)).toEqual(['blob-storage']);
  });

  it('finds tools in user-agent clauses', () => {
    const e = extractEvidence(detection({ dataSources: ['product:azure'], query: 'userAgentHeader: AzCopy*' }));
    expect(values(e.tools)).toEqual(['azcopy']);
  });

  it('collects comparable words of title, description and query values', () => {
    const e = extractEvidence(
      detection({ title: 'Trail Created', description: 'By admins.', query: 'errorCode: AccessDenied and user_agent.original: *Terraform*' }),
    );
    expect([...e.words]).toEqual(['trail', 'creat', 'administr', 'accessdeni', 'terraform']);
  });
});

describe('sigmaSelections', () => {
  it('drops the selections the condition negates', () => {
    const yaml = [
      'selection:',
      '    eventName: GetObject',
      'filter_service:',
      '    eventName: PutObject',
      'filter_other:',
      '    eventName: ListBucket',
      'condition: selection and not 1 of filter_*',
      '',
    ].join('\n');
    expect(queryOperations(sigmaSelections(yaml)).map((o) => o.shown)).toEqual(['GetObject']);
  });

  it('keeps everything without a negation', () => {
    const yaml = 'selection:\n    eventName: GetObject\ncondition: selection\n';
    expect(sigmaSelections(yaml)).toBe('selection:\n    eventName: GetObject\n');
  });
});
