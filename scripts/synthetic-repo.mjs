// A synthetic detection-as-code repository for benchmarks and tests: `files` generated rules
// (Sigma, Elastic, Splunk in turn, 500 per folder), `taggedPercent` of them tagged T1530 and
// watching an AWS operation the catalog knows, the rest tagged with other techniques. The
// tagged rules document their false positives in four ways (not at all, a placeholder, a vague
// item, a specific one), so every check has work. Deterministic: the same arguments give the
// same files. Each file is about 2.5 KB, padded with prose like real rules' descriptions.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OPERATIONS = [
  ['cloudtrail.amazonaws.com', 'CreateTrail', 'Creation of a CloudTrail trail'],
  ['s3.amazonaws.com', 'GetObject', 'Retrieval of an S3 object holding secrets'],
  ['s3.amazonaws.com', 'GetBucketAcl', 'Reading the ACL of an S3 bucket'],
  ['dynamodb.amazonaws.com', 'Scan', 'A scan of a DynamoDB table'],
  ['ec2.amazonaws.com', 'CreateInstanceExportTask', 'An EC2 instance export task'],
  ['s3.amazonaws.com', 'PutBucketPolicy', 'A change of an S3 bucket policy'],
  ['sns.amazonaws.com', 'Subscribe', 'A subscription to an SNS topic'],
  ['cloudtrail.amazonaws.com', 'UpdateTrail', 'An update of a CloudTrail trail'],
];
const OTHER_TECHNIQUES = ['T1078', 'T1098', 'T1059', 'T1110', 'T1562'];
const FALSE_POSITIVES = [
  null,
  ['Unknown'],
  ['Legitimate activity'],
  ['Administrators creating or changing resources during onboarding with the infrastructure pipeline'],
];
const PROSE =
  'Adversaries with valid credentials may access data in cloud storage, change its configuration or ' +
  'copy it elsewhere. This rule watches the audit log of the provider for the operation below and ' +
  'alerts the security team so that an analyst can confirm whether the change was planned. ';

export const SYNTHETIC_FORMATS = ['sigma', 'elastic', 'splunk'];

function uuid(i, salt) {
  const hex = ((i * 2654435761 + salt * 40503) >>> 0).toString(16).padStart(8, '0');
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(4, 7)}-${hex}${hex.slice(0, 4)}`;
}

function sigma(i, tagged, [provider, operation, what], fps) {
  const technique = tagged ? 't1530' : OTHER_TECHNIQUES[i % OTHER_TECHNIQUES.length].toLowerCase();
  const lines = [
    `title: ${what} ${i}`,
    `id: ${uuid(i, 1)}`,
    'status: test',
    `description: ${PROSE.repeat(4).trim()}`,
    'references:',
    `    - https://docs.aws.amazon.com/${operation.toLowerCase()}.html`,
    'author: lofp-lint bench',
    'date: 2026-11-01',
    'tags:',
    '    - attack.collection',
    `    - attack.${technique}`,
    'logsource:',
    '    product: aws',
    '    service: cloudtrail',
    'detection:',
    '    selection:',
    `        eventSource: ${provider}`,
    `        eventName: ${operation}`,
    '    filter:',
    `        userIdentity.arn|contains: 'automation-${i % 97}'`,
    '    condition: selection and not filter',
  ];
  if (fps) lines.push('falsepositives:', ...fps.map((f) => `    - ${f}`));
  lines.push('level: medium', '');
  return lines.join('\n');
}

function elastic(i, tagged, [provider, operation, what], fps) {
  const technique = tagged ? ['T1530', 'Data from Cloud Storage'] : [OTHER_TECHNIQUES[i % OTHER_TECHNIQUES.length], 'Other'];
  const lines = [
    '[metadata]',
    'creation_date = "2026/11/01"',
    'integration = ["aws"]',
    'maturity = "production"',
    'updated_date = "2026/11/01"',
    '',
    '[rule]',
    'author = ["lofp-lint bench"]',
    `description = """\n${PROSE.repeat(4).trim()}\n"""`,
  ];
  if (fps) lines.push(`false_positives = [${fps.map((f) => JSON.stringify(f)).join(', ')}]`);
  lines.push(
    'from = "now-9m"',
    'index = ["filebeat-*", "logs-aws.cloudtrail-*"]',
    'language = "kuery"',
    'license = "MIT"',
    `name = "${what} ${i}"`,
    'risk_score = 47',
    `rule_id = "${uuid(i, 2)}"`,
    'severity = "medium"',
    'tags = ["Domain: Cloud", "Data Source: AWS", "Tactic: Collection"]',
    'type = "query"',
    '',
    "query = '''",
    `event.dataset:aws.cloudtrail and event.provider:${provider} and event.action:${operation} and event.outcome:success`,
    "'''",
    '',
    '[[rule.threat]]',
    'framework = "MITRE ATT&CK"',
    '[[rule.threat.technique]]',
    `id = "${technique[0]}"`,
    `name = "${technique[1]}"`,
    `reference = "https://attack.mitre.org/techniques/${technique[0]}/"`,
    '',
    '[rule.threat.tactic]',
    'id = "TA0009"',
    'name = "Collection"',
    'reference = "https://attack.mitre.org/tactics/TA0009/"',
    '',
  );
  return lines.join('\n');
}

function splunk(i, tagged, [provider, operation, what], fps) {
  const technique = tagged ? 'T1530' : OTHER_TECHNIQUES[i % OTHER_TECHNIQUES.length];
  return [
    `name: ${what} ${i}`,
    `id: ${uuid(i, 3)}`,
    'version: 1',
    "date: '2026-11-01'",
    'author: lofp-lint bench',
    'status: production',
    'type: Anomaly',
    `description: ${PROSE.repeat(4).trim()}`,
    'data_source:',
    '- AWS CloudTrail',
    `search: '\`cloudtrail\` eventSource=${provider} eventName=${operation} | stats count min(_time) as firstTime by user_arn | \`security_content_ctime(firstTime)\`'`,
    'how_to_implement: Ingest CloudTrail management events with the Splunk Add-on for AWS.',
    `known_false_positives: ${fps ? fps.join(' ') : 'unknown'}`,
    'references:',
    `- https://docs.aws.amazon.com/${operation.toLowerCase()}.html`,
    'tags:',
    '  analytic_story:',
    '  - Suspicious Cloud Data Access',
    '  asset_type: AWS Account',
    '  mitre_attack_id:',
    `  - ${technique}`,
    '  product:',
    '  - Splunk Enterprise',
    '  security_domain: threat',
    '',
  ].join('\n');
}

const WRITERS = { sigma: [sigma, 'yml'], elastic: [elastic, 'toml'], splunk: [splunk, 'yml'] };
const PER_FOLDER = 500;

/** Whether rule `i` is tagged: spread evenly, exactly round(files * percent / 100) of them. */
export function isTagged(i, taggedPercent) {
  return Math.floor(((i + 1) * taggedPercent) / 100) > Math.floor((i * taggedPercent) / 100);
}

/**
 * Writes the repository under `dir`; returns how many rules are tagged T1530. With `from`, `dir`
 * holds the repository generated with `taggedPercent: from` and only the rules that differ are
 * rewritten (300,000 files take minutes to write on a busy machine).
 */
export function generateRepository(dir, { files, taggedPercent, from }) {
  let tagged = 0;
  for (let i = 0; i < files; i++) {
    const format = SYNTHETIC_FORMATS[i % SYNTHETIC_FORMATS.length];
    const [write, ext] = WRITERS[format];
    const folder = path.join(dir, 'rules', format, `group-${String(Math.floor(i / PER_FOLDER)).padStart(4, '0')}`);
    const isT1530 = isTagged(i, taggedPercent);
    if (isT1530) tagged++;
    if (from !== undefined && isTagged(i, from) === isT1530) continue;
    if (from === undefined && i % PER_FOLDER < SYNTHETIC_FORMATS.length) mkdirSync(folder, { recursive: true });
    const text = write(i, isT1530, OPERATIONS[i % OPERATIONS.length], FALSE_POSITIVES[Math.floor(i / 3) % FALSE_POSITIVES.length]);
    writeFileSync(path.join(folder, `rule_${String(i).padStart(6, '0')}.${ext}`), text);
  }
  return { tagged };
}
