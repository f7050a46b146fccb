/**
 * The shipped T1530 catalog against detections written to resemble each entry's source rule
 * (own wording; the real rules live outside the project): the relevance must rank the rule's own
 * entries first, all with high confidence.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import type { Detection } from '../../src/detection.js';
import { analyzeDetection } from '../../src/match/analyze.js';
import { detection } from './build.js';

const aws = (extra: string[]) => ['integration:aws', 'index:logs-aws.cloudtrail-*', 'tag:data source: aws', ...extra];
const elastic = (id: string, title: string, dataSources: string[], query: string, description = ''): Detection =>
  detection({ format: 'elastic', id, title, description, dataSources, query });

const SOURCE_RULES: readonly Detection[] = [
  elastic('594e0cbf-86cc-45aa-9ff7-ff27db27d3ed', 'AWS CloudTrail Trail Created', aws(['tag:data source: aws cloudtrail']),
    'event.provider: "cloudtrail.amazonaws.com" and event.action: "CreateTrail" and event.outcome: "success"'),
  elastic('2f0ee9fe-4529-4b9e-9f78-6c81ef33c6ba', 'AWS S3 Secret File Downloaded', aws(['tag:data source: aws s3']),
    'event.provider: "s3.amazonaws.com" and event.action: "GetObject" and request.key: (*/.aws/credentials or *.pem or *private_key*)',
    'Detects retrieval of credential and private key files from S3.'),
  elastic('a7577205-88a1-4a08-85d4-7b72a9a2e969', 'AWS S3 Bucket Configuration Read Burst', aws(['tag:data source: aws s3']),
    'from logs-aws.cloudtrail-* | where event.provider == "s3.amazonaws.com" and event.action in ("GetBucketAcl", "GetBucketPolicy", "GetBucketVersioning")'),
  elastic('96b2a03e-003b-11f0-8541-f661ea17fbcd', 'AWS DynamoDB Table Scanned by a New User', aws(['tag:data source: aws dynamodb']),
    'event.provider: "dynamodb.amazonaws.com" and event.action: "Scan"'),
  elastic('deee5856-25ba-438d-ae53-09d66f41b127', 'AWS EC2 Instance or Image Exported', aws(['tag:data source: aws ec2']),
    'event.provider: "ec2.amazonaws.com" and event.action: ("CreateInstanceExportTask" or "ExportImage")'),
  elastic('e8c9ff14-fd1e-11ee-a0df-f661ea17fbce', 'AWS S3 Bucket Shared with Another Account', aws(['tag:data source: aws s3']),
    'event.provider == "s3.amazonaws.com" and event.action == "PutBucketPolicy" and stringContains(request, "AWS=")',
    'A bucket policy grants an external account access to the bucket.'),
  elastic('618bb351-00f0-467b-8956-8cace8b81f07', 'AWS S3 Bucket Made Public by Policy', aws(['tag:data source: aws s3']),
    'event.provider == "s3.amazonaws.com" and event.action == "PutBucketPolicy" and stringContains(request, "Principal=*")',
    'A bucket policy allows public access to everyone; a deny statement may still restrict it.'),
  elastic('73344d2d-9cfb-4daf-b3c5-1d40a8182b86', 'AWS Calls from a Desktop S3 Client', aws(['tag:data source: aws s3']),
    'user_agent.original: (*S3 Browser* or *Cyberduck*)'),
  elastic('3df49ff6-985d-11ef-88a1-f661ea17fbcd', 'AWS SNS Topic Subscribed with an Unusual Protocol', aws(['tag:data source: aws sns']),
    'event.provider: "sns.amazonaws.com" and event.action: "Subscribe"'),
  elastic('5f0234fd-7f21-42af-8391-511d5fd11d5c', 'AWS S3 Bucket Guessing from Outside', aws(['tag:data source: aws s3']),
    'event.provider: "s3.amazonaws.com" and error_code: "AccessDenied"',
    'Many AccessDenied errors against buckets from an external account suggest enumeration or brute force.'),
  elastic('3e002465-876f-4f04-b016-84ef48ce7e5d', 'AWS CloudTrail Trail Modified', aws(['tag:data source: aws cloudtrail']),
    'event.provider: "cloudtrail.amazonaws.com" and event.action: "UpdateTrail"'),
  elastic('4c5a4e8b-3f2d-4a6e-9b5c-7d8f9e0a1b2c', 'Azure Storage Account Allows Anonymous Blob Reads',
    ['integration:azure', 'tag:data source: azure activity logs'],
    'event.action: "MICROSOFT.STORAGE/STORAGEACCOUNTS/WRITE" and responseBody: *allowBlobPublicAccess*true*'),
  elastic('a8b3c4d5-e6f7-8901-a2b3-c4d5e6f78901', 'Azure Blob Downloaded by AzCopy with a SAS Token',
    ['integration:azure', 'tag:data source: azure storage'],
    'event.action: GetBlob and identity.type: SAS and userAgentHeader: AzCopy*'),
  elastic('d62b64a8-a7c9-43e5-aee3-15a725a794e7', 'GCP Pub/Sub Subscription Created', ['integration:gcp', 'tag:data source: gcp'],
    'event.action: google.pubsub.v*.Subscriber.CreateSubscription'),
  elastic('a10d3d9d-0f65-48f1-8b25-af175e2594f5', 'GCP Pub/Sub Topic Created', ['integration:gcp', 'tag:data source: gcp'],
    'event.action: google.pubsub.v*.Publisher.CreateTopic'),
  elastic('980b70a0-c820-11ed-8799-f661ea17fbcc', 'Key File Opened through a Public Drive Link',
    ['integration:google_workspace', 'index:logs-google_workspace.drive-*'],
    'event.action: ("copy", "view", "download") and drive.visibility: "people_with_link" and file.extension: ("pem", "key")'),
  elastic('220d92c6-479d-4a49-9cc0-3a29756dad0c', 'Cluster Secrets Read through the Azure Arc Proxy', ['integration:kubernetes'],
    'kubernetes.audit.user.username: system:serviceaccount:azure-arc:* and kubernetes.audit.objectRef.resource IN ("secrets", "configmaps") and kubernetes.audit.verb IN ("get", "list", "update") and not objectRef.name: sh.helm.release.v1*'),
  elastic('0e524fa6-eed3-11ef-82b4-f661ea17fbce', 'M365 Burst of OneDrive Downloads', ['integration:o365', 'tag:data source: onedrive'],
    'event.provider == "OneDrive" and event.action == "FileDownloaded"', 'Many files downloaded by an OAuth application in one session.'),
  elastic('491651da-125b-11f1-af7d-f661ea17fbce', 'M365 SharePoint Files Read by PowerShell', ['integration:o365'],
    'event.provider: ("SharePoint" or "OneDrive") and event.action: ("FileDownloaded" or "FileAccessed") and user_agent.original: (*PowerShell* or *PnPPS*)'),
  elastic('4f2654e4-125b-11f1-af7d-f661ea17fbce', 'M365 SharePoint Searched for Secrets', ['integration:o365'],
    'event.provider == "SharePoint" and event.action == "SearchQueryPerformed" and SearchQueryText like~ ("*password*", "*salary*", "*contract*")'),
];

describe('the T1530 catalog against its source rules', () => {
  const entries = loadBuiltinEntries().filter((e) => e.technique === 'T1530');
  const bySource = new Map<string, string[]>();
  for (const e of entries) bySource.set(e.source.ruleId, [...(bySource.get(e.source.ruleId) ?? []), e.id]);

  it('has a lookalike for every source rule', () => {
    expect(new Set(SOURCE_RULES.map((d) => d.id))).toEqual(new Set(bySource.keys()));
  });

  /**
   * Where a source rule does not show its own entry's scenario, on purpose:
   * - the Arc rule already filters out Helm release secrets (`not objectRef.name: sh.helm.release.v1*`);
   * - the search rule's terms show IT, HR and legal searches, not eDiscovery, which it may see only in part.
   */
  const NOT_HIGH: Readonly<Record<string, Readonly<Record<string, 'medium' | 'excluded'>>>> = {
    '220d92c6-479d-4a49-9cc0-3a29756dad0c': { 'kubernetes-arc-helm-release-secrets': 'excluded' },
    '4f2654e4-125b-11f1-af7d-f661ea17fbce': { 'm365-sharepoint-search-ediscovery': 'medium' },
  };

  it.each(SOURCE_RULES.map((d) => [d.title, d] as const))('%s: its own entries first, high', (_title, d) => {
    const exceptions = NOT_HIGH[d.id!] ?? {};
    const own = bySource.get(d.id!)!.filter((id) => exceptions[id] !== 'excluded');
    const analysis = analyzeDetection(d, entries);
    const top = analysis.relevant.slice(0, own.length);
    expect(new Set(top.map((r) => r.entryId))).toEqual(new Set(own));
    expect(top.map((r) => [r.entryId, r.confidence])).toEqual(top.map((r) => [r.entryId, exceptions[r.entryId] ?? 'high']));
    const excluded = Object.keys(exceptions).filter((id) => exceptions[id] === 'excluded');
    expect(analysis.excluded.map((x) => x.entryId).filter((id) => excluded.includes(id))).toEqual(excluded);
  });

  it.each(SOURCE_RULES.map((d) => [d.title, d] as const))('%s: high only for entries of rules watching its operations', (_title, d) => {
    const own = new Set(bySource.get(d.id!)!);
    const others = analyzeDetection(d, entries).relevant.filter((r) => r.confidence === 'high' && !own.has(r.entryId));
    for (const r of others) expect(r.reason).toMatch(/^query matches /);
  });
});

describe('the T1530 catalog against rules it must leave alone', () => {
  const entries = loadBuiltinEntries().filter((e) => e.technique === 'T1530');
  const suggested = (d: Detection) => analyzeDetection(d, entries).relevant.map((r) => r.entryId);

  it('suggests no cloud entry for a PowerShell rule on Windows endpoints', () => {
    const windows = detection({
      format: 'sigma',
      title: 'PowerShell Downloads a File with Invoke-WebRequest',
      description: 'Detects PowerShell scripts that download files, as automation scripts sometimes do.',
      dataSources: ['product:windows', 'category:ps_script'],
      query: "selection:\n    ScriptBlockText|contains: 'Invoke-WebRequest'\n",
    });
    expect(suggested(windows)).toEqual([]);
  });

  it('suggests no Azure Arc entry for a Kubernetes audit rule that is not about secrets', () => {
    const cronjob = detection({
      format: 'sigma',
      title: 'Kubernetes CronJob Created',
      dataSources: ['product:kubernetes', 'service:audit'],
      query: "selection:\n    objectRef.resource: 'cronjobs'\n    verb: 'create'\n",
    });
    expect(suggested(cronjob)).toEqual([]);
  });
});

describe('CRUD verbs inside dotted method names', () => {
  const entries = loadBuiltinEntries().filter((e) => e.technique === 'T1530');
  it('gives no Azure Arc entry to a Kubernetes exec rule named io.k8s.core.v1.pods.exec.create', () => {
    const exec = detection({
      format: 'panther',
      title: 'Kubernetes Pod Exec',
      dataSources: ['logtype:amazon.eks.audit', 'logtype:azure.monitoractivity', 'logtype:gcp.auditlog', 'tag:kubernetes'],
      query: 'protoPayload.methodName: io.k8s.core.v1.pods.exec.create\nprotoPayload.serviceName: k8s.io',
    });
    expect(analyzeDetection(exec, entries).relevant.map((r) => r.entryId)).toEqual([]);
  });
});
