import { describe, expect, it } from 'vitest';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import { entriesCoveredBy } from '../../src/match/analyze.js';
import { buildCatalogIndex } from '../../src/match/relevance.js';
import { PAIRS } from './pairs.js';
import { entry } from './build.js';

// Whether an item names an anchor of an entry is looked up from the item's words (an index of
// the anchors by their first word) rather than by searching the item for every anchor of every
// entry. Expected values: what the search gave, before the index.
describe('documented items against the anchors of the built-in entries', () => {
  const index = buildCatalogIndex(loadBuiltinEntries());

  it.each([
    ['Administrators creating trails with Terraform', ['aws-cloudtrail-trail-created-by-admin']],
    ['Ownership transfer of files', []],
    ['AzCopy transfers by the backup team', ['azure-blob-azcopy-sas-migration-backup', 'azure-blob-azcopy-devops-downloads']],
    ['Deleting trails during cleanup', []],
    ['CI/CD pipelines reading secret files from S3 buckets', ['aws-s3-secret-files-ci-cd-retrieval']],
    ['Partner accounts reading a shared bucket', ['aws-s3-bucket-policy-external-account-share']],
    ['Scheduled exports of BigQuery tables', []],
    ['Arc agents writing their own Secret and ConfigMap objects inside the azure-arc namespaces', []],
    ['Legitimate activity', []],
    ['Compliance search by legal teams in SharePoint', ['m365-sharepoint-search-ediscovery']],
    ['Admins adding a subscription to a Pub/Sub topic', ['gcp-pubsub-subscription-created-by-admin', 'gcp-pubsub-topic-created-by-admin']],
    ['Storage admins switching on AllowBlobPublicAccess for an account that serves public downloads', []],
  ])('%s', (text, covered) => {
    expect(entriesCoveredBy(text, index)).toEqual(covered);
  });

  it('covers as many entries with the labelled pairs as before', () => {
    expect(PAIRS.length).toBe(88);
    expect(PAIRS.reduce((n, p) => n + entriesCoveredBy(p.item, index).length, 0)).toBe(71);
  });
});

describe('documented items against entries whose anchors are phrases', () => {
  const index = buildCatalogIndex([
    entry('topic-pipeline', 'Topics created by admins for an event pipeline.', { platforms: ['gcp'], services: ['pubsub'] }, undefined, {
      evidence: ['event pipeline', 'message bus'],
    }),
    entry('topic-other', 'Topics created by a deployment tool.', { platforms: ['gcp'], services: ['pubsub'] }, undefined, { evidence: ['deployment tool'] }),
  ]);

  it.each([
    ['Admins creating topics for an event pipeline', ['topic-pipeline']],
    ['Admins creating topics for event handlers', []],
    ['Admins creating topics for the pipeline of events', []],
    ['Topics created for the message bus', ['topic-pipeline']],
    ['Topics created for a message', []],
    ['Topics created by a deployment tool', ['topic-other']],
    ['Topics created by a deployment', []],
    ['Pipeline event topics created by admins', []],
  ])('%s', (text, covered) => {
    expect(entriesCoveredBy(text, index)).toEqual(covered);
  });
});
