/**
 * fast-check arbitraries for rule files of the six formats, built from templates with the layout
 * variations real repositories show: LF/CRLF, a final newline or not, a BOM, 2- or 4-space
 * indentation, comments around the false-positive field, quoting styles, the field missing,
 * empty, holding a placeholder or one real item, tabs in unrelated values, unrelated keys before
 * and after. Every rule is tagged T1530 and carries the evidence of one scenario (CloudTrail
 * CreateTrail, S3 PutBucketPolicy, DynamoDB Scan, Azure blob reads by AzCopy, Pub/Sub
 * CreateTopic), so that catalog entries apply to it.
 *
 * Every generated file is valid for its format's own parser: texts are quoted the way the
 * format requires, and prose that must read as a separate paragraph is written as one.
 */
import fc from 'fast-check';
import type { FormatId } from '../../src/detection.js';

export type Eol = '\n' | '\r\n';

/** Layout choices shared by all formats; each template reads what applies to it. */
export interface Layout {
  eol: Eol;
  finalNewline: boolean;
  bom: boolean;
  indent: 2 | 4;
  /** Comment lines before and after the false-positive field (and inline where the format allows). */
  comments: boolean;
  /** Tab characters inside unrelated values (author, description). */
  tabs: boolean;
  extraBefore: boolean;
  extraAfter: boolean;
  /** The false-positive field is the file's last key (its last line may lack a newline). */
  fieldLast: boolean;
}

export type FalsePositiveState =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'placeholder'; text: string }
  | { kind: 'real'; text: string };

export interface Scenario {
  id: string;
  title: string;
  /** One sentence on what the rule detects: no colon, no word that reads as false-positive advice. */
  summary: string;
  sigma: { product: string; service: string; selection: readonly (readonly [string, string])[] };
  elastic: { integration: string; index: string; query: string };
  splunk: { dataSource: string; search: string };
  sentinel: { connector: string; dataType: string; query: readonly string[] };
  /** Panther keeps its logic in Python: the evidence is the description and the matching test's log event. */
  panther: { logType: string; description: string; testEvent: string };
  chronicle: { logType: string; events: readonly string[] };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'aws-createtrail',
    title: 'CloudTrail Trail Created',
    summary: 'Detects the creation of a new CloudTrail trail.',
    sigma: {
      product: 'aws',
      service: 'cloudtrail',
      selection: [
        ['eventSource', 'cloudtrail.amazonaws.com'],
        ['eventName', 'CreateTrail'],
      ],
    },
    elastic: {
      integration: 'aws',
      index: 'logs-aws.cloudtrail-*',
      query: 'event.dataset: "aws.cloudtrail" and event.provider: "cloudtrail.amazonaws.com" and event.action: "CreateTrail"',
    },
    splunk: { dataSource: 'AWS CloudTrail CreateTrail', search: '`cloudtrail` eventName=CreateTrail eventSource=cloudtrail.amazonaws.com | stats count by user_arn' },
    sentinel: { connector: 'AWS', dataType: 'AWSCloudTrail', query: ['AWSCloudTrail', '| where EventName == "CreateTrail" and EventSource == "cloudtrail.amazonaws.com"'] },
    panther: { logType: 'AWS.CloudTrail', description: 'Detects a CreateTrail call that starts a new CloudTrail trail.', testEvent: 'eventName: CreateTrail' },
    chronicle: { logType: 'AWS_CLOUDTRAIL', events: ['$e.metadata.log_type = "AWS_CLOUDTRAIL"', '$e.metadata.product_event_type = "CreateTrail"'] },
  },
  {
    id: 'aws-putbucketpolicy',
    title: 'S3 Bucket Policy Made Public',
    summary: 'Detects a change of an S3 bucket policy that makes the bucket public.',
    sigma: {
      product: 'aws',
      service: 'cloudtrail',
      selection: [
        ['eventSource', 's3.amazonaws.com'],
        ['eventName', 'PutBucketPolicy'],
      ],
    },
    elastic: {
      integration: 'aws',
      index: 'logs-aws.cloudtrail-*',
      query: 'event.dataset: "aws.cloudtrail" and event.provider: "s3.amazonaws.com" and event.action: "PutBucketPolicy"',
    },
    splunk: { dataSource: 'AWS CloudTrail PutBucketPolicy', search: '`cloudtrail` eventName=PutBucketPolicy eventSource=s3.amazonaws.com | stats count by user_arn bucketName' },
    sentinel: { connector: 'AWS', dataType: 'AWSCloudTrail', query: ['AWSCloudTrail', '| where EventName == "PutBucketPolicy" and EventSource == "s3.amazonaws.com"'] },
    panther: { logType: 'AWS.CloudTrail', description: 'Detects a PutBucketPolicy call that makes the policy of an S3 bucket public.', testEvent: 'eventName: PutBucketPolicy' },
    chronicle: { logType: 'AWS_CLOUDTRAIL', events: ['$e.metadata.log_type = "AWS_CLOUDTRAIL"', '$e.metadata.product_event_type = "PutBucketPolicy"', '$e.target.application = "s3.amazonaws.com"'] },
  },
  {
    id: 'aws-dynamodb-scan',
    title: 'DynamoDB Table Scanned',
    summary: 'Detects a full scan of a DynamoDB table.',
    sigma: {
      product: 'aws',
      service: 'cloudtrail',
      selection: [
        ['eventSource', 'dynamodb.amazonaws.com'],
        ['eventName', 'Scan'],
      ],
    },
    elastic: {
      integration: 'aws',
      index: 'logs-aws.cloudtrail-*',
      query: 'event.dataset: "aws.cloudtrail" and event.provider: "dynamodb.amazonaws.com" and event.action: "Scan"',
    },
    splunk: { dataSource: 'AWS CloudTrail Scan', search: '`cloudtrail` eventName=Scan eventSource=dynamodb.amazonaws.com | stats count by user_arn' },
    sentinel: { connector: 'AWS', dataType: 'AWSCloudTrail', query: ['AWSCloudTrail', '| where EventName == "Scan" and EventSource == "dynamodb.amazonaws.com"'] },
    panther: { logType: 'AWS.CloudTrail', description: 'Detects a DynamoDB Scan call that reads a whole table.', testEvent: 'eventName: Scan' },
    chronicle: { logType: 'AWS_CLOUDTRAIL', events: ['$e.metadata.log_type = "AWS_CLOUDTRAIL"', '$e.metadata.product_event_type = "Scan"', '$e.target.application = "dynamodb.amazonaws.com"'] },
  },
  {
    id: 'azure-blob-azcopy',
    title: 'Blob Downloads With AzCopy',
    summary: 'Detects blob downloads from an Azure storage account made with AzCopy.',
    sigma: {
      product: 'azure',
      service: 'storage',
      selection: [
        ['operationName', 'GetBlob'],
        ['userAgentHeader|contains', 'AzCopy'],
      ],
    },
    elastic: {
      integration: 'azure',
      index: 'logs-azure.platformlogs-*',
      query: 'event.dataset: "azure.platformlogs" and azure.platformlogs.operation_name: "GetBlob" and user_agent.original: *AzCopy*',
    },
    splunk: { dataSource: 'Azure Blob Storage GetBlob', search: '`azure_monitor_storage` operationName=GetBlob userAgentHeader="*AzCopy*" | stats count by callerIpAddress' },
    sentinel: { connector: 'AzureStorageAccount', dataType: 'StorageBlobLogs', query: ['StorageBlobLogs', '| where OperationName == "GetBlob" and UserAgentHeader has "AzCopy"'] },
    panther: { logType: 'Azure.MonitorActivity', description: 'Detects GetBlob reads from Azure blob storage made with AzCopy.', testEvent: 'operationName: GetBlob' },
    chronicle: { logType: 'AZURE_STORAGE', events: ['$e.metadata.product_name = "Azure Blob Storage"', '$e.metadata.product_event_type = "GetBlob"', '$e.network.http.user_agent = /AzCopy/ nocase'] },
  },
  {
    id: 'gcp-pubsub-createtopic',
    title: 'Pub/Sub Topic Created',
    summary: 'Detects the creation of a Google Cloud Pub/Sub topic.',
    sigma: {
      product: 'gcp',
      service: 'gcp.audit',
      selection: [['methodName', 'google.pubsub.v1.Publisher.CreateTopic']],
    },
    elastic: {
      integration: 'gcp',
      index: 'logs-gcp*',
      query: 'event.dataset: "gcp.audit" and event.action: "google.pubsub.v1.Publisher.CreateTopic"',
    },
    splunk: { dataSource: 'Google Cloud Pub/Sub', search: '`google_gcp_pubsub_message` data.protoPayload.methodName="google.pubsub.v1.Publisher.CreateTopic" | stats count by data.protoPayload.authenticationInfo.principalEmail' },
    sentinel: { connector: 'GCPAuditLogsDefinition', dataType: 'GCPAuditLogs', query: ['GCPAuditLogs', '| where MethodName == "google.pubsub.v1.Publisher.CreateTopic"'] },
    panther: { logType: 'GCP.AuditLog', description: 'Detects google.pubsub.v1.Publisher.CreateTopic calls that create a Pub/Sub topic.', testEvent: 'methodName: google.pubsub.v1.Publisher.CreateTopic' },
    chronicle: { logType: 'GCP_CLOUDAUDIT', events: ['$e.metadata.log_type = "GCP_CLOUDAUDIT"', '$e.metadata.product_event_type = "google.pubsub.v1.Publisher.CreateTopic"'] },
  },
];

/** One real item a rule may already hold; some need quoting in YAML (apostrophe, colon, quotes). */
export const REAL_ITEMS = [
  'Administrators reviewing the logging configuration during an audit',
  "Backups run by the platform team's service account",
  'Security scanners: "read-only" checks by the compliance team',
] as const;

export const PLACEHOLDERS = ['Unknown', 'None identified.'] as const;

export interface GeneratedRule {
  format: FormatId;
  /** File name with the format's extension. */
  name: string;
  /** The file's bytes as a string: BOM and line endings included. */
  raw: string;
  layout: Layout;
  falsePositives: FalsePositiveState;
  scenario: string;
  /** The format-specific style choice, for failure reports. */
  style: string;
  /**
   * The false-positive field is written in a form no fix may rewrite (an explicit \`? key\`, an
   * anchor an alias refers to): lint reports it, the fix is refused and the findings say why.
   */
  unfixable?: boolean;
}

/**
 * How a YAML false-positive field is written: as usual; with an anchor on the key's value or on
 * its first item that nothing refers to; with an anchor a later key aliases; as an explicit key.
 */
export type YamlFieldForm = 'usual' | 'anchor' | 'item-anchor' | 'aliased' | 'explicit';

export const yamlFieldFormArb: fc.Arbitrary<YamlFieldForm> = fc.oneof(
  { arbitrary: fc.constant<YamlFieldForm>('usual'), weight: 8 },
  { arbitrary: fc.constantFrom<YamlFieldForm>('anchor', 'item-anchor', 'aliased', 'explicit'), weight: 4 },
);

/** The forms whose fix is refused, when the field exists. */
function unfixableForm(form: YamlFieldForm, fp: FalsePositiveState): boolean {
  return fp.kind !== 'missing' && (form === 'aliased' || form === 'explicit');
}

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  eol: fc.constantFrom<Eol>('\n', '\r\n'),
  finalNewline: fc.boolean(),
  bom: fc.boolean(),
  indent: fc.constantFrom<2 | 4>(2, 4),
  comments: fc.boolean(),
  tabs: fc.boolean(),
  extraBefore: fc.boolean(),
  extraAfter: fc.boolean(),
  fieldLast: fc.boolean(),
});

export const falsePositiveArb: fc.Arbitrary<FalsePositiveState> = fc.oneof(
  fc.constant<FalsePositiveState>({ kind: 'missing' }),
  fc.constant<FalsePositiveState>({ kind: 'empty' }),
  fc.constantFrom(...PLACEHOLDERS).map((text): FalsePositiveState => ({ kind: 'placeholder', text })),
  fc.constantFrom(...REAL_ITEMS).map((text): FalsePositiveState => ({ kind: 'real', text })),
);

const scenarioArb = fc.constantFrom(...SCENARIOS);

function finish(lines: readonly string[], layout: Layout): string {
  return (layout.bom ? '\ufeff' : '') + lines.join(layout.eol) + (layout.finalNewline ? layout.eol : '');
}

function pad(n: number): string {
  return ' '.repeat(n);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

// ---------------------------------------------------------------------------------------------
// YAML scalars

export type YamlQuote = 'plain' | 'single' | 'double';

/** A YAML plain scalar needs no quotes: starts with a letter, no `: `, ` #`, quotes or trailing colon. */
function plainSafe(text: string): boolean {
  return /^[A-Za-z][^'"]*$/.test(text) && !/:(?:\s|$)|\s#|[[\]{},]/.test(text);
}

/** `text` as a YAML scalar in `style`; plain falls back to single quotes when it must. */
export function yamlScalar(text: string, style: YamlQuote): string {
  if (style === 'plain' && plainSafe(text)) return text;
  if (style === 'double') return JSON.stringify(text);
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A one-line scalar written over two lines, broken at the space nearest its middle: plain and
 * quoted flow scalars fold a line break into a space, so the value is the same.
 */
export function wrapScalar(scalar: string, continuation: string): string[] {
  const middle = scalar.length >> 1;
  let at = -1;
  for (let d = 0; d < middle && at === -1; d++) {
    if (scalar[middle + d] === ' ' && scalar[middle + d - 1] !== ' ' && scalar[middle + d + 1] !== ' ') at = middle + d;
    else if (scalar[middle - d] === ' ' && scalar[middle - d - 1] !== ' ' && scalar[middle - d + 1] !== ' ') at = middle - d;
  }
  if (at <= 0) return [scalar];
  return [scalar.slice(0, at), `${continuation}${scalar.slice(at + 1)}`];
}

// ---------------------------------------------------------------------------------------------
// Sigma

export const sigmaArb: fc.Arbitrary<GeneratedRule> = fc
  .record({
    layout: layoutArb,
    fp: falsePositiveArb,
    scenario: scenarioArb,
    quote: fc.constantFrom<YamlQuote>('plain', 'single', 'double'),
    emptyForm: fc.constantFrom('[]', '[ ]'),
    /** A real item written over two lines; a second placeholder item (`- None`). */
    wrap: fc.boolean(),
    gap: fc.constantFrom(1, 2),
    form: yamlFieldFormArb,
  })
  .map(({ layout, fp, scenario, quote, emptyForm, wrap, gap, form }) => {
    const i = pad(layout.indent);
    const lines: string[] = [];
    if (layout.comments) lines.push('# Generated for lofp-lint property tests');
    lines.push(`title: ${scenario.title}`, 'id: 6c1d2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'status: test');
    lines.push(`description: ${scenario.summary}`);
    if (layout.extraBefore) {
      lines.push('references:', `${i}- https://attack.mitre.org/techniques/T1530/`);
      lines.push(layout.tabs ? 'author: Example\tOrg' : 'author: Example Org', 'date: 2026-01-15');
    } else if (layout.tabs) {
      lines.push('author: Example\tOrg');
    }
    lines.push('tags:', `${i}- attack.collection`, `${i}- attack.t1530`);
    lines.push('logsource:', `${i}product: ${scenario.sigma.product}`, `${i}service: ${scenario.sigma.service}`);
    lines.push('detection:', `${i}selection:`);
    for (const [k, v] of scenario.sigma.selection) lines.push(`${i}${i}${k}: ${yamlScalar(v, 'single')}`);
    lines.push(`${i}condition: selection`);
    const field: string[] = [];
    if (fp.kind !== 'missing') {
      if (layout.comments) field.push('# Reviewed with the SOC');
      const anchor = form === 'anchor' || form === 'aliased' ? ' &fp' : '';
      if (form === 'explicit') {
        field.push('? falsepositives', fp.kind === 'empty' ? `: ${emptyForm}` : `:${' '.repeat(gap)}- ${yamlScalar(fp.text, quote)}`);
      } else if (fp.kind === 'empty') field.push(`falsepositives:${anchor} ${emptyForm}${layout.comments ? ' # none yet' : ''}`);
      else {
        const dash = `${i}-${' '.repeat(gap)}`;
        field.push(`falsepositives:${anchor}${layout.comments ? ' # keep this list current' : ''}`);
        const item = yamlScalar(fp.text, quote);
        if (form === 'item-anchor') field.push(`${dash}&first ${item}`);
        else if (fp.kind === 'real' && wrap) field.push(...wrapScalar(`${dash}${item}`, ' '.repeat(dash.length)));
        else field.push(`${dash}${item}`);
        if (fp.kind === 'placeholder' && wrap) field.push(`${dash}${yamlScalar('None', quote)}`);
      }
      if (layout.comments) field.push('# End of false positives');
    }
    if (!layout.fieldLast) lines.push(...field);
    lines.push('level: medium');
    if (layout.extraAfter) lines.push('modified: 2026-02-01', 'x_custom_field:', `${i}owner: detection-engineering`);
    if (layout.fieldLast) lines.push(...field);
    if (form === 'aliased' && fp.kind !== 'missing') lines.push('x_reviewed_false_positives: *fp');
    return {
      format: 'sigma' as const,
      name: `${slug(scenario.title)}.yml`,
      raw: finish(lines, layout),
      layout,
      falsePositives: fp,
      scenario: scenario.id,
      style: `quote=${quote} empty=${emptyForm} wrap=${wrap} gap=${gap} form=${form}`,
      unfixable: unfixableForm(form, fp),
    };
  });

// ---------------------------------------------------------------------------------------------
// Elastic TOML

type TomlItemStyle = 'block' | 'basic' | 'literal' | 'inline';

function tomlItem(text: string, style: TomlItemStyle, indent: string): string[] {
  switch (style) {
    case 'block':
      return [`${indent}"""`, `${indent}${text}`, `${indent}""",`];
    case 'literal':
      return [`${indent}'${text}',`];
    default:
      return [`${indent}${JSON.stringify(text)},`];
  }
}

export const elasticArb: fc.Arbitrary<GeneratedRule> = fc
  .record({
    layout: layoutArb,
    fp: falsePositiveArb,
    scenario: scenarioArb,
    style: fc.constantFrom<TomlItemStyle>('block', 'basic', 'literal', 'inline'),
    /** A second placeholder item. */
    second: fc.boolean(),
  })
  .map(({ layout, fp, scenario, style, second }) => {
    const i = pad(layout.indent);
    const e = scenario.elastic;
    const lines: string[] = [];
    lines.push('[metadata]', 'creation_date = "2025/01/15"', `integration = ["${e.integration}"]`, 'maturity = "production"');
    if (layout.extraBefore) lines.push('min_stack_version = "8.13.0"');
    lines.push('updated_date = "2025/03/02"', '', '[rule]');
    lines.push(layout.tabs ? 'author = ["Example\tOrg"]' : 'author = ["Example Org"]');
    if (layout.extraBefore) lines.push('building_block_type = "default"');
    lines.push('description = """', layout.tabs ? `${scenario.summary}\tReview the caller.` : scenario.summary, '"""');
    if (fp.kind !== 'missing') {
      if (layout.comments) lines.push('# Reviewed with the SOC');
      if (fp.kind === 'empty') lines.push(style === 'inline' ? 'false_positives = []' : 'false_positives = [', ...(style === 'inline' ? [] : [']']));
      else {
        const texts = fp.kind === 'placeholder' && second ? [fp.text, 'None'] : [fp.text];
        if (style === 'inline') {
          lines.push(`false_positives = [${texts.map((t) => JSON.stringify(t)).join(', ')}]${layout.comments ? ' # keep current' : ''}`);
        } else {
          lines.push('false_positives = [');
          if (layout.comments) lines.push(`${i}# one item per benign cause`);
          // A literal string cannot hold an apostrophe; the typographic one reads the same.
          for (const t of texts) lines.push(...tomlItem(style === 'literal' ? t.replace(/'/g, '’') : t, style, i));
          lines.push(']');
        }
      }
      if (layout.comments) lines.push('# End of false positives');
    }
    lines.push('from = "now-9m"', `index = ["${e.index}"]`, 'language = "kuery"', 'license = "Elastic License v2"');
    lines.push(`name = "${scenario.title}"`, 'risk_score = 21', 'rule_id = "0f4c2a9e-8d7b-4f5e-9a61-3c2b1d0e9f87"', 'severity = "low"');
    lines.push('tags = [', `${i}"Domain: Cloud",`, `${i}"Tactic: Collection",`, ']');
    if (layout.extraAfter) lines.push('timestamp_override = "event.ingested"');
    lines.push('type = "query"', '', "query = '''", e.query, "'''", '');
    lines.push('', '[[rule.threat]]', 'framework = "MITRE ATT&CK"', '', '[[rule.threat.technique]]', 'id = "T1530"');
    lines.push('name = "Data from Cloud Storage"', 'reference = "https://attack.mitre.org/techniques/T1530/"', '');
    lines.push('[rule.threat.tactic]', 'id = "TA0009"', 'name = "Collection"', 'reference = "https://attack.mitre.org/tactics/TA0009/"');
    if (layout.extraAfter) lines.push('', '[rule.new_terms]', 'field = "new_terms_fields"', 'value = ["user.name"]');
    return {
      format: 'elastic' as const,
      name: `${slug(scenario.title)}.toml`,
      raw: finish(lines, layout),
      layout,
      falsePositives: fp,
      scenario: scenario.id,
      style: `items=${style} second=${second}`,
    };
  });

// ---------------------------------------------------------------------------------------------
// Splunk security_content

type SplunkStyle = YamlQuote | 'folded-block';

/** The field's lines; `key` is how the key and its value indicator are written (`known_false_positives: &k`). */
function splunkValue(text: string, style: SplunkStyle, i: string, wrap: boolean, key = 'known_false_positives:'): string[] {
  if (style === 'folded-block') return [`${key} >-`, ...(wrap ? wrapScalar(`${i}${text}`, i) : [`${i}${text}`])];
  const line = `${key} ${yamlScalar(text, style)}`;
  return wrap ? wrapScalar(line, i) : [line];
}

export const splunkArb: fc.Arbitrary<GeneratedRule> = fc
  .record({
    layout: layoutArb,
    fp: falsePositiveArb,
    scenario: scenarioArb,
    style: fc.constantFrom<SplunkStyle>('plain', 'single', 'double', 'folded-block'),
    emptyForm: fc.constantFrom("''", '""'),
    /** The value written over two lines, as PyYAML folds long scalars. */
    wrap: fc.boolean(),
    form: yamlFieldFormArb.map((f) => (f === 'item-anchor' ? 'anchor' : f)),
  })
  .map(({ layout, fp, scenario, style, emptyForm, wrap, form }) => {
    const i = pad(layout.indent);
    // PyYAML writes list items at the parent's indentation; a 4-space layout indents them by 2.
    const li = pad(layout.indent - 2);
    const lines: string[] = [];
    lines.push(`name: ${scenario.title}`, 'id: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a805', 'version: 3', "date: '2026-01-15'");
    lines.push(layout.tabs ? 'author: Example\tOrg' : 'author: Example Org');
    if (layout.extraBefore) lines.push('status: production', 'type: TTP');
    lines.push(`description: ${scenario.summary}`, 'data_source:', `${li}- ${scenario.splunk.dataSource}`);
    lines.push(`search: ${yamlScalar(scenario.splunk.search, 'single')}`);
    lines.push('how_to_implement: Ingest the audit logs of the provider.');
    const field: string[] = [];
    if (fp.kind !== 'missing') {
      if (layout.comments) field.push('# Reviewed with the SOC');
      // A string field: an anchor goes on its value; an explicit key puts the value on a `:` line.
      const key = form === 'explicit' ? ':' : form === 'anchor' || form === 'aliased' ? 'known_false_positives: &kfp' : 'known_false_positives:';
      if (form === 'explicit') field.push('? known_false_positives');
      if (fp.kind === 'empty') field.push(`${key} ${emptyForm}`);
      else field.push(...splunkValue(fp.text, style, i, wrap && fp.kind === 'real' && form === 'usual', key));
      if (layout.comments) field.push('# End of false positives');
    }
    if (!layout.fieldLast) lines.push(...field);
    lines.push('references:', `${li}- https://attack.mitre.org/techniques/T1530/`);
    lines.push('tags:', `${i}analytic_story:`, `${i}${li}- Suspicious Cloud Activity`, `${i}mitre_attack_id:`, `${i}${li}- T1530`);
    lines.push(`${i}security_domain: threat`);
    if (layout.extraAfter) lines.push('tests:', `${li}- name: True Positive Test`, `${li}  attack_data:`, `${li}  ${li}- data: https://example.com/T1530/events.log`);
    if (layout.fieldLast) lines.push(...field);
    if (form === 'aliased' && fp.kind !== 'missing') lines.push('x_reviewed_false_positives: *kfp');
    return {
      format: 'splunk' as const,
      name: `${slug(scenario.title)}.yml`,
      raw: finish(lines, layout),
      layout,
      falsePositives: fp,
      scenario: scenario.id,
      style: `value=${style} empty=${emptyForm} wrap=${wrap} form=${form}`,
      unfixable: unfixableForm(form, fp),
    };
  });

// ---------------------------------------------------------------------------------------------
// Prose fields (Sentinel description, Panther Runbook)

export type ProseStyle = YamlQuote | 'literal' | 'folded';

/**
 * A top-level prose field holding `paragraphs`, in `style`. Paragraphs are separated by an
 * empty line, which every style reads as a line break; a plain scalar cannot hold `: `, so
 * plain falls back to single quotes when a paragraph has one.
 */
export function proseField(key: string, paragraphs: readonly string[], style: ProseStyle, indent: string): string[] {
  if (style === 'literal' || style === 'folded') {
    const out = [`${key}: ${style === 'literal' ? '|' : '>'}`];
    paragraphs.forEach((p, k) => {
      if (k > 0) out.push('');
      out.push(`${indent}${p}`);
    });
    return out;
  }
  const effective: YamlQuote = style === 'plain' && !paragraphs.every(plainSafe) ? 'single' : style;
  const written = paragraphs.map((p) => (effective === 'plain' ? p : effective === 'double' ? JSON.stringify(p).slice(1, -1) : p.replace(/'/g, "''")));
  const open = effective === 'plain' ? '' : effective === 'double' ? '"' : "'";
  if (written.length === 1) return [`${key}: ${open}${written[0]}${open}`];
  const out = [`${key}: ${open}${written[0]}`];
  written.slice(1).forEach((p, k) => out.push('', `${indent}${p}${k === written.length - 2 ? open : ''}`));
  return out;
}

/** The paragraphs a prose field holds for a false-positive state (after the rule's own text). */
function prosePlaceholder(fp: FalsePositiveState, style: ProseStyle): string[] {
  if (fp.kind === 'placeholder') {
    // Plain scalars cannot hold `: `; a sentence that is a placeholder on its own reads the same.
    return [style === 'plain' ? 'False positives are unlikely.' : `False positives: ${fp.text}`];
  }
  if (fp.kind === 'real') return [`Legitimate activity includes ${fp.text.charAt(0).toLowerCase()}${fp.text.slice(1).replace(/[.]$/, '')}.`];
  return [];
}

// ---------------------------------------------------------------------------------------------
// Microsoft Sentinel

export const sentinelArb: fc.Arbitrary<GeneratedRule> = fc
  .record({
    layout: layoutArb,
    fp: falsePositiveArb,
    scenario: scenarioArb,
    style: fc.constantFrom<ProseStyle>('plain', 'single', 'double', 'literal', 'folded'),
    noDescription: fc.boolean(),
    emptyForm: fc.constantFrom("''", ''),
  })
  .map(({ layout, fp, scenario, style, noDescription, emptyForm }) => {
    const i = pad(layout.indent);
    const s = scenario.sentinel;
    const lines: string[] = [];
    lines.push('id: 1a2b3c4d-0000-4000-8000-000000000001', `name: ${scenario.title}`);
    if (layout.extraBefore) lines.push("version: '1.0.1'");
    const field: string[] = [];
    if (layout.comments) field.push('# What the rule looks for');
    if (fp.kind === 'empty') field.push(emptyForm === '' ? 'description:' : `description: ${emptyForm}`);
    else if (!(fp.kind === 'missing' && noDescription)) {
      const summary = layout.tabs ? scenario.summary.replace(' ', '\t') : scenario.summary;
      field.push(...proseField('description', [summary, ...prosePlaceholder(fp, style)], style, i));
    }
    if (layout.comments) field.push('# End of description');
    if (!layout.fieldLast) lines.push(...field);
    lines.push('severity: Medium', 'requiredDataConnectors:', `${i}- connectorId: ${s.connector}`, `${i}  dataTypes:`, `${i}${i}- ${s.dataType}`);
    lines.push('queryFrequency: 1d', 'queryPeriod: 1d', 'triggerOperator: gt', 'triggerThreshold: 0');
    lines.push('tactics:', `${i}- Collection`, 'relevantTechniques:', `${i}- T1530`);
    lines.push('query: |', ...s.query.map((q) => `${i}${q}`));
    if (layout.extraAfter) lines.push('entityMappings:', `${i}- entityType: Account`, `${i}  fieldMappings:`, `${i}${i}- identifier: Name`, `${i}${i}  columnName: Caller`);
    lines.push('kind: Scheduled');
    if (layout.fieldLast) lines.push(...field);
    return {
      format: 'sentinel' as const,
      name: `${slug(scenario.title)}.yaml`,
      raw: finish(lines, layout),
      layout,
      falsePositives: fp,
      scenario: scenario.id,
      style: `description=${style} noDescription=${noDescription} empty=${JSON.stringify(emptyForm)}`,
    };
  });

// ---------------------------------------------------------------------------------------------
// Panther

export const pantherArb: fc.Arbitrary<GeneratedRule> = fc
  .record({
    layout: layoutArb,
    fp: falsePositiveArb,
    scenario: scenarioArb,
    style: fc.constantFrom<ProseStyle>('plain', 'single', 'double', 'literal', 'folded'),
    noRunbook: fc.boolean(),
    emptyForm: fc.constantFrom("''", ''),
  })
  .map(({ layout, fp, scenario, style, noRunbook, emptyForm }) => {
    const i = pad(layout.indent);
    const p = scenario.panther;
    const lines: string[] = [];
    lines.push('AnalysisType: rule', `Filename: ${slug(scenario.title)}.py`, `RuleID: "${scenario.id}"`, `DisplayName: "${scenario.title}"`, 'Enabled: true');
    lines.push('LogTypes:', `${i}- ${p.logType}`);
    if (layout.extraBefore) lines.push('Tags:', `${i}- ${layout.tabs ? 'Cloud\tStorage' : 'Cloud Storage'}`);
    lines.push('Reports:', `${i}MITRE ATT&CK:`, `${i}${i}- TA0009:T1530`, 'Severity: Medium');
    lines.push(`Description: ${p.description}`);
    const field: string[] = [];
    if (layout.comments) field.push('# Triage steps');
    if (fp.kind === 'empty') field.push(emptyForm === '' ? 'Runbook:' : `Runbook: ${emptyForm}`);
    else if (!(fp.kind === 'missing' && noRunbook)) {
      field.push(...proseField('Runbook', ['Check who made the call and from where.', ...prosePlaceholder(fp, style)], style, i));
    }
    if (layout.comments) field.push('# End of runbook');
    if (!layout.fieldLast) lines.push(...field);
    lines.push('Reference: https://attack.mitre.org/techniques/T1530/');
    if (layout.extraAfter) {
      lines.push('SummaryAttributes:', `${i}- p_any_aws_arns`, 'Tests:', `${i}- Name: Matching call`, `${i}  ExpectedResult: true`, `${i}  Log:`, `${i}${i}  ${p.testEvent}`);
    }
    if (layout.fieldLast) lines.push(...field);
    return {
      format: 'panther' as const,
      name: `${slug(scenario.title)}.yml`,
      raw: finish(lines, layout),
      layout,
      falsePositives: fp,
      scenario: scenario.id,
      style: `runbook=${style} noRunbook=${noRunbook} empty=${JSON.stringify(emptyForm)}`,
    };
  });

// ---------------------------------------------------------------------------------------------
// Chronicle YARA-L

function yaralString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export const chronicleArb: fc.Arbitrary<GeneratedRule> = fc
  .record({
    layout: layoutArb,
    fp: falsePositiveArb,
    scenario: scenarioArb,
    tabIndent: fc.boolean(),
    techniqueKey: fc.constantFrom('technique', 'mitre_attack_technique'),
  })
  .map(({ layout, fp, scenario, tabIndent, techniqueKey }) => {
    const i = tabIndent ? '\t' : pad(layout.indent);
    const lines: string[] = [];
    if (layout.extraBefore) lines.push('/*', ' * Example detection written for lofp-lint property tests.', ' */', '');
    lines.push(`rule ${slug(scenario.title)} {`, `${i}meta:`);
    lines.push(`${i}${i}author = ${layout.tabs ? '"Example\tOrg"' : '"Example Org"'}`);
    lines.push(`${i}${i}description = ${yaralString(scenario.summary)}`);
    if (layout.extraBefore) lines.push(`${i}${i}reference = "https://attack.mitre.org/techniques/T1530/"`);
    lines.push(`${i}${i}${techniqueKey} = "T1530"`, `${i}${i}severity = "MEDIUM"`);
    if (fp.kind !== 'missing') {
      if (layout.comments) lines.push(`${i}${i}// Reviewed with the SOC`);
      const value = fp.kind === 'empty' ? '' : fp.text;
      lines.push(`${i}${i}false_positives = ${yaralString(value)}${layout.comments ? ' // keep current' : ''}`);
      if (layout.comments) lines.push(`${i}${i}// End of false positives`);
    }
    if (layout.extraAfter && !layout.fieldLast) lines.push(`${i}${i}created = "2026-01-15"`);
    lines.push('', `${i}events:`, ...scenario.chronicle.events.map((e) => `${i}${i}${e}`), '', `${i}condition:`, `${i}${i}$e`, '}');
    return {
      format: 'chronicle' as const,
      name: `${slug(scenario.title)}.yaral`,
      raw: finish(lines, layout),
      layout,
      falsePositives: fp,
      scenario: scenario.id,
      style: `tabIndent=${tabIndent} key=${techniqueKey}`,
    };
  });

export const RULE_ARBITRARIES: Readonly<Record<FormatId, fc.Arbitrary<GeneratedRule>>> = {
  sigma: sigmaArb,
  elastic: elasticArb,
  splunk: splunkArb,
  sentinel: sentinelArb,
  panther: pantherArb,
  chronicle: chronicleArb,
};
