/**
 * The shared vocabulary of what a rule or a catalog entry is about: platforms, services and tools,
 * each with the spellings rules and catalogs use for it. Rule evidence and entry `appliesTo` are
 * both mapped through it, so `o365` in a catalog meets `Microsoft 365` in a rule.
 */
import { vocabularyTokens } from './tokens.js';

export type VocabularyKind = 'platform' | 'service' | 'tool';

export interface VocabularyTerm {
  kind: VocabularyKind;
  /** Canonical id (`aws`, `s3`, `azcopy`). */
  id: string;
  /** The platform a service or tool belongs to; undefined when it spans platforms. */
  platform?: string;
  /** Spellings, lower case; multi-word ones match consecutive tokens. */
  aliases: readonly string[];
  /**
   * A tool that calls the cloud API itself and shows as the user agent (AzCopy, S3 Browser): a
   * rule that names clients fires on those only. Other tools (eDiscovery, Helm) are context.
   */
  client?: boolean;
}

export const PLATFORMS: readonly VocabularyTerm[] = [
  { kind: 'platform', id: 'aws', aliases: ['aws', 'amazon web services', 'amazon'] },
  { kind: 'platform', id: 'azure', aliases: ['azure', 'microsoft azure', 'azuread', 'azure ad', 'entra', 'entra id'] },
  { kind: 'platform', id: 'gcp', aliases: ['gcp', 'google cloud platform', 'google cloud', 'google_cloud'] },
  {
    kind: 'platform',
    id: 'm365',
    aliases: ['m365', 'o365', 'office 365', 'office365', 'microsoft 365', 'microsoft365', 'microsoft 365 defender'],
  },
  {
    kind: 'platform',
    id: 'google-workspace',
    aliases: ['google workspace', 'google_workspace', 'googleworkspace', 'gworkspace', 'g suite', 'gsuite'],
  },
  { kind: 'platform', id: 'kubernetes', aliases: ['kubernetes', 'k8s'] },
  { kind: 'platform', id: 'okta', aliases: ['okta'] },
  { kind: 'platform', id: 'github', aliases: ['github'] },
  { kind: 'platform', id: 'salesforce', aliases: ['salesforce'] },
  { kind: 'platform', id: 'snowflake', aliases: ['snowflake'] },
  { kind: 'platform', id: 'slack', aliases: ['slack'] },
  { kind: 'platform', id: 'databricks', aliases: ['databricks'] },
  { kind: 'platform', id: '1password', aliases: ['1password', 'onepassword'] },
  { kind: 'platform', id: 'box', aliases: ['box com', 'box'] },
  { kind: 'platform', id: 'dropbox', aliases: ['dropbox'] },
  { kind: 'platform', id: 'atlassian', aliases: ['confluence', 'jira', 'atlassian'] },
];

/**
 * Log sources name a platform without saying which service the rule watches: CloudTrail carries
 * every AWS API call, so `service: cloudtrail` in a Sigma logsource is no evidence that the rule
 * is about trails (`cloudtrail.amazonaws.com` as the event source is, see HOST_SERVICES).
 */
export const LOG_SOURCES: readonly VocabularyTerm[] = [
  { kind: 'platform', id: 'aws', aliases: ['cloudtrail', 'aws cloudtrail', 'awscloudtrail', 'aws_cloudtrail', 'cloudwatch', 'guardduty', 'securityhub'] },
  { kind: 'platform', id: 'azure', aliases: ['activitylogs', 'azureactivity', 'azure activity', 'monitoractivity', 'platformlogs', 'signinlogs', 'auditlogs', 'azurediagnostics'] },
  { kind: 'platform', id: 'gcp', aliases: ['gcp audit', 'gcpauditlogs', 'auditlog', 'cloudaudit', 'gcp_cloudaudit', 'google_gcp_pubsub_message'] },
  { kind: 'platform', id: 'm365', aliases: ['o365 audit', 'officeactivity', 'o365_management_activity', 'microsoft 365 audit logs'] },
  { kind: 'platform', id: 'google-workspace', aliases: ['gws', 'google_workspace drive'] },
];

export const SERVICES: readonly VocabularyTerm[] = [
  { kind: 'service', id: 's3', platform: 'aws', aliases: ['s3', 'amazon s3', 'aws s3', 'aws.s3', 's3 bucket', 's3serveraccess', 'aws s3 accesslogs'] },
  { kind: 'service', id: 'dynamodb', platform: 'aws', aliases: ['dynamodb', 'dynamo db', 'amazon dynamodb'] },
  { kind: 'service', id: 'sns', platform: 'aws', aliases: ['sns', 'simple notification service', 'amazon sns'] },
  { kind: 'service', id: 'sqs', platform: 'aws', aliases: ['sqs', 'simple queue service'] },
  { kind: 'service', id: 'cloudtrail', platform: 'aws', aliases: ['trail', 'trails'] },
  { kind: 'service', id: 'ec2', platform: 'aws', aliases: ['ec2', 'amazon ec2', 'ebs', 'ami'] },
  { kind: 'service', id: 'rds', platform: 'aws', aliases: ['rds', 'aurora'] },
  { kind: 'service', id: 'redshift', platform: 'aws', aliases: ['redshift'] },
  { kind: 'service', id: 'iam', platform: 'aws', aliases: ['aws iam'] },
  { kind: 'service', id: 'kms', platform: 'aws', aliases: ['kms'] },
  { kind: 'service', id: 'secretsmanager', platform: 'aws', aliases: ['secrets manager', 'secretsmanager'] },
  {
    kind: 'service',
    id: 'blob-storage',
    platform: 'azure',
    aliases: [
      'blob', 'blobs', 'blob storage', 'azure blob', 'azure storage', 'storage account', 'storage accounts',
      'storageaccounts', 'storageaccount', 'azurestorageaccount', 'storagebloblogs', 'microsoft storage', 'blobservices',
    ],
  },
  { kind: 'service', id: 'file-share', platform: 'azure', aliases: ['file share', 'fileshare', 'storagefilelogs'] },
  { kind: 'service', id: 'keyvault', platform: 'azure', aliases: ['key vault', 'keyvault', 'microsoft keyvault'] },
  { kind: 'service', id: 'managed-disk', platform: 'azure', aliases: ['managed disk', 'microsoft compute disks'] },
  { kind: 'service', id: 'arc', platform: 'azure', aliases: ['azure arc', 'arc', 'azure-arc'] },
  { kind: 'service', id: 'gcs', platform: 'gcp', aliases: ['gcs', 'google cloud storage', 'gcs bucket', 'gcs_bucket', 'storage googleapis com'] },
  { kind: 'service', id: 'pubsub', platform: 'gcp', aliases: ['pubsub', 'pub sub', 'google pubsub', 'cloud pub sub'] },
  { kind: 'service', id: 'bigquery', platform: 'gcp', aliases: ['bigquery'] },
  { kind: 'service', id: 'firestore', platform: 'gcp', aliases: ['firestore'] },
  { kind: 'service', id: 'compute-engine', platform: 'gcp', aliases: ['compute engine', 'gce'] },
  { kind: 'service', id: 'gke', platform: 'gcp', aliases: ['gke'] },
  { kind: 'service', id: 'eks', platform: 'aws', aliases: ['eks', 'amazon eks'] },
  { kind: 'service', id: 'aks', platform: 'azure', aliases: ['aks'] },
  { kind: 'service', id: 'sharepoint', platform: 'm365', aliases: ['sharepoint', 'share point', 'sharepoint online'] },
  { kind: 'service', id: 'onedrive', platform: 'm365', aliases: ['onedrive', 'one drive', 'onedrive for business'] },
  { kind: 'service', id: 'exchange', platform: 'm365', aliases: ['exchange online'] },
  { kind: 'service', id: 'purview', platform: 'm365', aliases: ['purview', 'microsoft purview', 'dlp'] },
  { kind: 'service', id: 'drive', platform: 'google-workspace', aliases: ['drive', 'google drive', 'drive googleapis com'] },
  { kind: 'service', id: 'secrets', platform: 'kubernetes', aliases: ['configmap', 'configmaps', 'kubernetes secrets'] },
];

/**
 * Words that name a service only once the platform is known: a GCP rule's "bucket" is GCS,
 * an AWS rule's is S3.
 */
export const PLATFORM_SERVICES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  bucket: { aws: 's3', gcp: 'gcs' },
  buckets: { aws: 's3', gcp: 'gcs' },
  object: { aws: 's3', gcp: 'gcs' },
  objects: { aws: 's3', gcp: 'gcs' },
  storage: { azure: 'blob-storage', gcp: 'gcs', aws: 's3' },
  container: { azure: 'blob-storage' },
  containers: { azure: 'blob-storage' },
};

export const TOOLS: readonly VocabularyTerm[] = [
  { kind: 'tool', id: 'azcopy', client: true, platform: 'azure', aliases: ['azcopy'] },
  { kind: 'tool', id: 'azure storage explorer', client: true, platform: 'azure', aliases: ['storage explorer', 'microsoft azure storage explorer'] },
  { kind: 'tool', id: 's3 browser', client: true, platform: 'aws', aliases: ['s3 browser', 's3browser'] },
  { kind: 'tool', id: 'cyberduck', client: true, aliases: ['cyberduck'] },
  { kind: 'tool', id: 'aws cli', client: true, platform: 'aws', aliases: ['aws cli', 'aws-cli', 'awscli'] },
  { kind: 'tool', id: 'gsutil', client: true, platform: 'gcp', aliases: ['gsutil', 'gcloud'] },
  { kind: 'tool', id: 'rclone', client: true, aliases: ['rclone'] },
  { kind: 'tool', id: 'pnp powershell', client: true, platform: 'm365', aliases: ['pnp powershell', 'pnp', 'pnpps', 'pnpcoresdk', 'sharepointpnp'] },
  { kind: 'tool', id: 'powershell', client: true, aliases: ['powershell', 'pwsh'] },
  { kind: 'tool', id: 'terraform', client: true, aliases: ['terraform'] },
  { kind: 'tool', id: 'cloudformation', platform: 'aws', aliases: ['cloudformation'] },
  { kind: 'tool', id: 'pulumi', client: true, aliases: ['pulumi'] },
  { kind: 'tool', id: 'helm', aliases: ['helm'] },
  { kind: 'tool', id: 'kubectl', client: true, platform: 'kubernetes', aliases: ['kubectl'] },
  { kind: 'tool', id: 'ediscovery', platform: 'm365', aliases: ['ediscovery', 'e discovery', 'content search'] },
  { kind: 'tool', id: 'oauth', aliases: ['oauth'] },
  { kind: 'tool', id: 'curl', client: true, aliases: ['curl', 'wget'] },
];

const ALL_TERMS: readonly VocabularyTerm[] = [...PLATFORMS, ...SERVICES, ...TOOLS];

export { vocabularyTokens };

interface Phrase {
  tokens: string[];
  /** The tokens joined by spaces, as a match reports them. */
  joined: string;
  term: VocabularyTerm;
}

interface PhraseTable {
  /** First token -> phrases starting with it, longest first. */
  byFirst: Map<string, Phrase[]>;
}

function phraseTable(terms: readonly VocabularyTerm[]): PhraseTable {
  const byFirst = new Map<string, Phrase[]>();
  for (const term of terms) {
    for (const alias of term.aliases) {
      const tokens = vocabularyTokens(alias);
      if (tokens.length === 0) continue;
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ tokens, joined: tokens.join(' '), term });
      byFirst.set(tokens[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

const TERM_TABLE = phraseTable(ALL_TERMS);
const LOG_SOURCE_TABLE = phraseTable(LOG_SOURCES);

export interface VocabularyMatch {
  term: VocabularyTerm;
  /** The words that matched, as written in lower case (`amazon s3`). */
  phrase: string;
}

function scan(tokens: readonly string[], table: PhraseTable): VocabularyMatch[] {
  const out: VocabularyMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = table.byFirst.get(tokens[i]!);
    if (!candidates) continue;
    for (const { tokens: phrase, joined, term } of candidates) {
      let k = 1;
      while (k < phrase.length && tokens[i + k] === phrase[k]) k++;
      if (k === phrase.length) {
        out.push({ term, phrase: joined });
        i += phrase.length - 1;
        break;
      }
    }
  }
  return out;
}

/** Platforms, services and tools named in `text`, longest phrase first at each position. */
export function findTerms(text: string): VocabularyMatch[] {
  return scan(vocabularyTokens(text), TERM_TABLE);
}

/** `findTerms` of a text already split (`tokenize(text).tokens`). */
export function findTermsIn(tokens: readonly string[]): VocabularyMatch[] {
  return scan(tokens, TERM_TABLE);
}

/** Platforms named by log-source words (`cloudtrail`, `activitylogs`) in `text`. */
export function findLogSources(text: string): VocabularyMatch[] {
  return scan(vocabularyTokens(text), LOG_SOURCE_TABLE);
}

/** `findLogSources` of a text already split (`tokenize(text).tokens`). */
export function findLogSourcesIn(tokens: readonly string[]): VocabularyMatch[] {
  return scan(tokens, LOG_SOURCE_TABLE);
}

const BY_KIND_ALIAS = new Map<string, VocabularyTerm>();
for (const term of ALL_TERMS) {
  for (const alias of [term.id, ...term.aliases]) {
    const key = `${term.kind}:${vocabularyTokens(alias).join(' ')}`;
    if (!BY_KIND_ALIAS.has(key)) BY_KIND_ALIAS.set(key, term);
  }
}

function canonical(kind: VocabularyKind, value: string): string {
  const words = vocabularyTokens(value).join(' ');
  return BY_KIND_ALIAS.get(`${kind}:${words}`)?.id ?? value.trim().toLowerCase();
}

/** `o365` -> `m365`, `Google Workspace` -> `google-workspace`; unknown values lower-cased. */
export function canonicalPlatform(value: string): string {
  return canonical('platform', value);
}

/** `amazon s3` -> `s3`, `azure storage` -> `blob-storage`; unknown values lower-cased. */
export function canonicalService(value: string): string {
  return canonical('service', value);
}

/** `S3 Browser` -> `s3 browser`, `PnPPS` -> `pnp powershell`; unknown values lower-cased. */
export function canonicalTool(value: string): string {
  return canonical('tool', value);
}

/** True for tools that are API clients (see VocabularyTerm.client). */
export function isClientTool(id: string): boolean {
  return BY_KIND_ALIAS.get(`tool:${vocabularyTokens(id).join(' ')}`)?.client === true;
}

/** The platform of a canonical service or tool id, if it belongs to one. */
export function platformOf(kind: 'service' | 'tool', id: string): string | undefined {
  return BY_KIND_ALIAS.get(`${kind}:${vocabularyTokens(id).join(' ')}`)?.platform;
}

/**
 * Service of an API endpoint host as CloudTrail `eventSource` / GCP `serviceName` write it:
 * `s3.amazonaws.com` -> s3 (aws), `pubsub.googleapis.com` -> pubsub (gcp).
 */
export function serviceOfHost(host: string): Readonly<{ platform: string; service: string }> | null {
  let service = HOST_CACHE.get(host);
  if (service === undefined) {
    if (HOST_CACHE.size >= HOST_CACHE_LIMIT) HOST_CACHE.clear();
    service = hostService(host);
    HOST_CACHE.set(host, service);
  }
  return service;
}

/** Hosts already seen: rules name the same few endpoints. */
const HOST_CACHE = new Map<string, Readonly<{ platform: string; service: string }> | null>();
const HOST_CACHE_LIMIT = 10_000;

function hostService(host: string): { platform: string; service: string } | null {
  const h = host.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const aws = /^([a-z0-9-]+)\.amazonaws\.com$/.exec(h);
  if (aws) return { platform: 'aws', service: canonicalService(aws[1]!) };
  const gcp = /^([a-z0-9-]+)\.googleapis\.com$/.exec(h);
  if (gcp) {
    const name = gcp[1]!;
    if (name === 'storage') return { platform: 'gcp', service: 'gcs' };
    if (name === 'drive') return { platform: 'google-workspace', service: 'drive' };
    return { platform: 'gcp', service: canonicalService(name) };
  }
  return null;
}
