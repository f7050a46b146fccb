/**
 * Coverage and relevance with the shipped catalog, for the classes of error of issue 10 (own
 * fixtures, written to look like real rules), and the worked examples the docs give.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import { analyzeDetection, catalogIndexFor, entriesCoveredBy } from '../../src/match/analyze.js';
import { detection } from './build.js';

const entries = loadBuiltinEntries();
const index = catalogIndexFor(entries);
const covered = (text: string) => entriesCoveredBy(text, index);

describe('coverage needs the platform, the action and the scenario (class 4)', () => {
  it.each([
    // Another platform, same kind of actor.
    ['GitHub Actions workflows downloading build artifacts with their own token', []],
    ['CI pipelines fetching service-account key files from a GCS bucket', []],
    // Another behaviour that shares a word ("transfer", "compliance", "export").
    ['Storage account ownership transfer between subscriptions', []],
    ['Compliance teams exporting the unified audit log to a SIEM', []],
    // Another action on the same object.
    ['Admins deleting stale Pub/Sub subscriptions', []],
    ['Users uploading large numbers of files to OneDrive', []],
  ])('"%s" covers %j', (text, expected) => {
    expect(covered(text)).toEqual(expected);
  });
});

describe('paraphrases in the author\'s own words still cover (class 5)', () => {
  it.each([
    ['Teams opening a container to the public on purpose to serve website assets or feed a CDN', 'azure-storage-blob-public-access-enabled'],
    ['Nightly backup jobs copying blobs with AzCopy and a SAS token', 'azure-blob-azcopy-sas-migration-backup'],
    ['Terraform or Ansible runs pulling credential files from S3', 'aws-s3-secret-files-ci-cd-retrieval'],
    ['Admins running PnP scripts to migrate sites', 'm365-sharepoint-pnp-powershell-admin'],
    ['A partner account granted read access through the bucket policy', 'aws-s3-bucket-policy-external-account-share'],
  ])('"%s" covers %s', (text, entry) => {
    expect(covered(text)).toContain(entry);
  });

  it('a rule that documents the public-container scenario in its own words gets no suggestion for it', () => {
    const rule = detection({
      format: 'sentinel',
      title: 'Storage Container Made Public',
      dataSources: ['connector:azureactivity', 'datatype:azureactivity'],
      query: 'AzureActivity | where OperationNameValue =~ "MICROSOFT.STORAGE/STORAGEACCOUNTS/WRITE" and Properties has "allowBlobPublicAccess"',
      falsePositives: [
        {
          source: 'description',
          key: 'description',
          line: 3,
          endLine: 4,
          items: [{ text: 'Teams opening a container to the public on purpose to serve website assets or feed a CDN.', line: 4, endLine: 4 }],
        },
      ],
    });
    const analysis = analyzeDetection(rule, entries);
    expect(analysis.relevant.map((r) => [r.entryId, r.confidence, r.coveredBy?.line ?? null])).toEqual([
      ['azure-storage-blob-public-access-enabled', 'high', 4],
    ]);
    expect(analysis.suggestions).toEqual([]);
  });
});

describe('the worked example of docs/checks/missing-catalog-entry.md', () => {
  const blobRule = (query: string, title = 'Blob Download from Azure Storage') =>
    analyzeDetection(detection({ format: 'sentinel', title, dataSources: ['datatype:storagebloblogs'], query }), entries);

  it('AzCopy named: high; not named: notes; other clients named: excluded', () => {
    const named = blobRule('StorageBlobLogs\n| where OperationName == "GetBlob" and UserAgentHeader has "AzCopy"');
    expect(named.relevant.find((r) => r.entryId === 'azure-blob-azcopy-devops-downloads')).toMatchObject({
      confidence: 'high',
      reason: 'query matches OperationName GetBlob; query mentions azcopy',
    });
    const any = blobRule('StorageBlobLogs\n| where OperationName == "GetBlob"');
    expect(any.relevant.find((r) => r.entryId === 'azure-blob-azcopy-devops-downloads')).toMatchObject({
      confidence: 'medium',
      reason: 'query matches OperationName GetBlob; nothing in the rule shows DevOps or IT teams downloading with AzCopy',
    });
    const rclone = blobRule('StorageBlobLogs\n| where OperationName == "GetBlob" and UserAgentHeader has_any ("rclone", "curl")', 'Blob Download via rclone');
    expect(rclone.relevant.map((r) => r.entryId)).toEqual([]);
    expect(rclone.excluded.find((x) => x.entryId === 'azure-blob-azcopy-devops-downloads')).toEqual({
      entryId: 'azure-blob-azcopy-devops-downloads',
      reason: 'query selects the client rclone; the entry is about azcopy',
    });
  });
});

describe('anonymous-requester rules (class 1) with the shipped catalog', () => {
  it('an Azure rule on anonymous blob reads gets no AzCopy entry, each excluded with the reason', () => {
    const analysis = analyzeDetection(
      detection({
        format: 'sentinel',
        title: 'Anonymous Blob Reads from a New Address',
        dataSources: ['datatype:storagebloblogs'],
        query: 'StorageBlobLogs\n| where OperationName == "GetBlob" and AuthenticationType == "Anonymous"',
      }),
      entries,
    );
    expect(analysis.relevant).toEqual([]);
    expect(analysis.excluded.map((x) => [x.entryId, x.reason])).toEqual([
      ['azure-blob-azcopy-sas-migration-backup', 'query selects "anonymous", which rules out migration or backup with AzCopy and SAS tokens'],
      ['azure-blob-azcopy-automated-transfers', 'query selects "anonymous", which rules out automated scripts using AzCopy'],
      ['azure-blob-azcopy-devops-downloads', 'query selects "anonymous", which rules out DevOps or IT teams downloading with AzCopy'],
    ]);
  });
});
