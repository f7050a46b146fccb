import { describe, expect, it } from 'vitest';
import { buildCatalog, buildReport, normalizeText } from '../../src/catalog/build.js';
import { deriveTheme, queryFieldValues } from '../../src/catalog/derive.js';
import { documentEntries, loadCatalog } from '../../src/catalog/load.js';
import { checkCatalogDocument, parseDocument } from '../../src/catalog/schema.js';
import { catalogToYaml } from '../../src/catalog/serialize.js';
import type { Catalog } from '../../src/catalog/types.js';
import type { Detection, FalsePositiveSection, FormatId } from '../../src/detection.js';
import { makeSourceFile } from '../../src/source.js';

interface RuleSpec {
  path: string;
  title: string;
  format?: FormatId;
  id?: string | null;
  techniques?: string[];
  dataSources?: string[];
  query?: string;
  /** Items of the format's own field. */
  falsePositives?: string[];
  /** Items described in a note. */
  noteItems?: string[];
}

function section(source: FalsePositiveSection['source'], key: string, texts: readonly string[]): FalsePositiveSection {
  return { source, key, line: 1, endLine: texts.length, items: texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 })) };
}

function rule(spec: RuleSpec): Detection {
  const falsePositives: FalsePositiveSection[] = [];
  if (spec.falsePositives) falsePositives.push(section('field', 'false_positives', spec.falsePositives));
  if (spec.noteItems) falsePositives.push(section('note', 'note', spec.noteItems));
  return {
    format: spec.format ?? 'elastic',
    path: spec.path,
    document: 0,
    id: spec.id === undefined ? `id-${spec.path}` : spec.id,
    title: spec.title,
    titleSpan: { line: 1, endLine: 1 },
    description: '',
    techniques: spec.techniques ?? ['T1530'],
    techniqueTags: [],
    tactics: [],
    query: spec.query ?? '',
    dataSources: spec.dataSources ?? [],
    status: null,
    deprecated: false,
    falsePositives,
    disabledChecks: [],
    span: { line: 1, endLine: 10 },
    source: makeSourceFile(spec.path, ''),
  };
}

const TRAIL_RULE = rule({
  path: 'rules/aws/trail_created.toml',
  title: 'AWS CloudTrail Trail Created',
  id: 'rule-trail',
  dataSources: ['logs-aws.cloudtrail-*', 'data source: aws'],
  query: 'event.provider: "cloudtrail.amazonaws.com" and event.action: "CreateTrail" and event.outcome: "success"',
  falsePositives: [
    `Trail creations may be made by a system or network administrator.
    Verify whether the user identity should be making changes.`,
  ],
});

const BUCKET_TOOL_RULE = rule({
  path: 'rules/aws/bucket_tool.toml',
  title: 'AWS S3 Access from a Desktop Client',
  dataSources: ['data source: amazon s3'],
  query: 'event.provider: "s3.amazonaws.com" and user_agent.original: (*Cyberduck* or *S3 Browser*) and not user_agent.original: *terraform*',
  falsePositives: ['Backup teams may copy buckets with Cyberduck.', 'Unknown', 'backup teams   may copy buckets with cyberduck.'],
  noteItems: ['Storage admins browsing buckets by hand.'],
});

const PUBSUB_RULE = rule({
  path: 'rules/gcp/topic.toml',
  title: 'GCP Pub/Sub Topic Creation',
  dataSources: ['data source: gcp'],
  query: 'event.dataset:gcp.audit and event.action:google.pubsub.v*.Publisher.CreateTopic and event.outcome:success',
  falsePositives: ['topic creations may be done by a system administrator.'],
});

const UNTAGGED_RULE = rule({
  path: 'rules/aws/other.toml',
  title: 'Other technique',
  techniques: ['T1078'],
  falsePositives: ['Something unrelated.'],
});

const KNOWN: Catalog = {
  entries: documentEntries(
    {
      technique: 'T1530',
      entries: [
        { id: 'aws-trail-created-by-admin', text: 'trail creations may be made by a system or network administrator. verify whether the user identity should be making changes.' },
        { id: 'aws-s3-gone-text', text: 'a text the trail rule no longer has.', source: { product: 'elastic', title: 'Trail', ruleId: 'rule-trail' } },
        { id: 'aws-s3-other-rule', text: 'a text of a rule not scanned.', source: { product: 'elastic', title: 'Other', path: 'rules/aws/gone.toml' } },
        { id: 'sigma-only-text', text: 'a text from a sigma rule.', source: { product: 'sigma', title: 'Sigma rule' } },
      ],
    },
    'known.yml',
  ),
};

describe('normalizeText', () => {
  it('lower-cases and collapses whitespace like LoFP', () => {
    expect(normalizeText('  Trail creations\n    may be MADE.\t ')).toBe('trail creations may be made.');
  });
});

describe('buildCatalog', () => {
  const result = buildCatalog([PUBSUB_RULE, UNTAGGED_RULE, BUCKET_TOOL_RULE, TRAIL_RULE], {
    technique: 'T1530',
    known: KNOWN,
    baseUrl: 'https://example.test/rules/blob/main/',
    rules: 'rules',
  });

  it('collects the field items of tagged rules, in path order, normalized and deduplicated', () => {
    expect(result.texts).toEqual([
      { id: 'aws-s3-backup-teams-copy-buckets', text: 'backup teams may copy buckets with cyberduck.', status: 'new', path: 'rules/aws/bucket_tool.toml', title: 'AWS S3 Access from a Desktop Client' },
      { id: 'aws-trail-created-by-admin', text: 'trail creations may be made by a system or network administrator. verify whether the user identity should be making changes.', status: 'known', path: 'rules/aws/trail_created.toml', title: 'AWS CloudTrail Trail Created' },
      { id: 'gcp-pubsub-topic-creations-administrator', text: 'topic creations may be done by a system administrator.', status: 'new', path: 'rules/gcp/topic.toml', title: 'GCP Pub/Sub Topic Creation' },
    ]);
    expect(result.rules).toBe(3);
    expect(result.rulesWithTexts).toBe(3);
  });

  it('writes entries with provenance, the author casing and derived applicability', () => {
    expect(result.document).toEqual({
      technique: 'T1530',
      name: 'Data from Cloud Storage',
      source: { name: 'lofp-lint catalog build', rules: 'rules' },
      entries: [
        {
          id: 'aws-s3-backup-teams-copy-buckets',
          text: 'backup teams may copy buckets with cyberduck.',
          insert: 'Backup teams may copy buckets with Cyberduck.',
          theme: 'authorized-transfer',
          source: {
            product: 'elastic',
            title: 'AWS S3 Access from a Desktop Client',
            ruleId: 'id-rules/aws/bucket_tool.toml',
            path: 'rules/aws/bucket_tool.toml',
            url: 'https://example.test/rules/blob/main/rules/aws/bucket_tool.toml',
          },
          // Terraform is excluded by the query (`not user_agent.original`): no tool of the rule.
          appliesTo: { platforms: ['aws'], services: ['s3'], operations: [], tools: ['cyberduck', 's3 browser'], terms: ['backup', 'teams', 'copy', 'buckets'] },
        },
        {
          id: 'aws-trail-created-by-admin',
          text: 'trail creations may be made by a system or network administrator. verify whether the user identity should be making changes.',
          insert: 'Trail creations may be made by a system or network administrator. Verify whether the user identity should be making changes.',
          theme: 'admin-change',
          source: {
            product: 'elastic',
            title: 'AWS CloudTrail Trail Created',
            ruleId: 'rule-trail',
            path: 'rules/aws/trail_created.toml',
            url: 'https://example.test/rules/blob/main/rules/aws/trail_created.toml',
          },
          appliesTo: { platforms: ['aws'], services: ['cloudtrail'], operations: ['createtrail'], tools: [], terms: ['trail', 'creations', 'network', 'administrator'] },
        },
        {
          id: 'gcp-pubsub-topic-creations-administrator',
          text: 'topic creations may be done by a system administrator.',
          insert: 'Topic creations may be done by a system administrator.',
          theme: 'admin-change',
          source: {
            product: 'elastic',
            title: 'GCP Pub/Sub Topic Creation',
            ruleId: 'id-rules/gcp/topic.toml',
            path: 'rules/gcp/topic.toml',
            url: 'https://example.test/rules/blob/main/rules/gcp/topic.toml',
          },
          appliesTo: {
            platforms: ['gcp'],
            services: ['pubsub'],
            operations: ['google.pubsub.v*.publisher.createtopic', 'createtopic'],
            tools: [],
            terms: ['topic', 'creations', 'administrator'],
          },
        },
      ],
    });
  });

  it('lists the entries whose source rule was scanned but no longer has the text', () => {
    expect(result.missing.map((e) => e.id)).toEqual(['aws-s3-gone-text']);
  });

  it('output passes the schema and loads back as the same entries', () => {
    const yaml = catalogToYaml(result.document, ['built in a test']);
    const reloaded = checkCatalogDocument(parseDocument(yaml, 'built.yml'), 'built.yml');
    expect(reloaded).toEqual(result.document);
  });

  it('reports new and known texts', () => {
    expect(buildReport(result, 'T1530')).toBe(
      [
        'new    aws-s3-backup-teams-copy-buckets  rules/aws/bucket_tool.toml',
        'known  aws-trail-created-by-admin  rules/aws/trail_created.toml',
        'new    gcp-pubsub-topic-creations-administrator  rules/gcp/topic.toml',
        'gone   aws-s3-gone-text  rule-trail (the rule no longer has the text)',
        'dropped  "unknown"  rules/aws/bucket_tool.toml (a placeholder)',
        '3 texts from 3 of 3 rules tagged T1530: 1 known, 2 new, 1 gone; 1 dropped (1 placeholder, 0 generic)',
        '',
      ].join('\n'),
    );
  });

  it('is deterministic and gives unique ids, avoiding the loaded ids', () => {
    const twin = rule({ ...TRAIL_RULE, path: 'rules/aws/trail_created_2.toml', falsePositives: ['Trail creations may be made by a network administrator.'] });
    const clash: Catalog = { entries: documentEntries({ technique: 'T1530', entries: [{ id: 'aws-cloudtrail-trail-creations-network-administrator', text: 'x.' }] }, 'k') };
    const first = buildCatalog([TRAIL_RULE, twin], { technique: 'T1530', known: clash });
    const second = buildCatalog([twin, TRAIL_RULE], { technique: 'T1530', known: clash });
    expect(first.document).toEqual(second.document);
    expect(first.texts.map((t) => t.id)).toEqual([
      'aws-cloudtrail-trail-creations-network-administrator-2',
      'aws-cloudtrail-trail-creations-network-administrator-3',
    ]);
  });

  it('takes prose sections only when asked', () => {
    const withProse = buildCatalog([BUCKET_TOOL_RULE], { technique: 'T1530', includeProse: true });
    expect(withProse.texts.map((t) => t.text)).toEqual([
      'backup teams may copy buckets with cyberduck.',
      'storage admins browsing buckets by hand.',
    ]);
    expect(withProse.document.entries[0]!.source).toEqual({
      product: 'elastic',
      title: 'AWS S3 Access from a Desktop Client',
      ruleId: 'id-rules/aws/bucket_tool.toml',
      path: 'rules/aws/bucket_tool.toml',
    });
  });

  it('selects sub-techniques of the technique and skips placeholder-only rules', () => {
    const sub = rule({ path: 'a.yml', title: 'Sub', format: 'sigma', techniques: ['T1552.004'], falsePositives: ['Key rotation jobs.'] });
    const placeholder = rule({ path: 'b.yml', title: 'Nothing', format: 'sigma', techniques: ['T1552'], falsePositives: ['Unknown'] });
    const built = buildCatalog([sub, placeholder], { technique: 'T1552' });
    expect(built.texts.map((t) => [t.id, t.text])).toEqual([['key-rotation-jobs', 'key rotation jobs.']]);
    expect(built.document.name).toBeUndefined();
    expect(built.document.entries[0]!.source!.product).toBe('sigma');
    expect([built.rules, built.rulesWithTexts]).toEqual([2, 1]);
  });

  it('the loaded catalog is optional', () => {
    expect(buildCatalog([TRAIL_RULE], { technique: 'T1530' }).texts[0]!.status).toBe('new');
    expect(buildCatalog([TRAIL_RULE], { technique: 'T1530', known: loadCatalog({ builtin: false }) }).missing).toEqual([]);
  });
});

describe('queryFieldValues', () => {
  const UA = ['(?:[\\w$]+\\.)*user_agent\\.original', 'UserAgent'];
  it.each([
    ['user_agent.original: (*S3 Browser* or *Cyberduck*)', ['*S3 Browser*', '*Cyberduck*']],
    ['user_agent.original: "aws-cli/2.0"', ['aws-cli/2.0']],
    ['not user_agent.original: *terraform*', []],
    ['user_agent.original != "rclone"', []],
    ['UserAgent in~ ("AzCopy", "rclone")', ['AzCopy', 'rclone']],
    ['UserAgent has "PnPPS"', ['PnPPS']],
    ['userIdentity.user_agent.original:\n  - Cyberduck\n  - "S3 Browser"\ncondition: sel', ['Cyberduck', 'S3 Browser']],
    ['x.user_agent.original NOT IN ("a")', []],
  ])('%j', (query, values) => {
    expect(queryFieldValues(query, UA)).toEqual(values);
  });
});

describe('deriveTheme', () => {
  it.each([
    ['this rule does not differentiate whether a deny statement applies.', 'detection-limitation'],
    ['external account ids or broken automation may trigger this rule.', 'misconfiguration'],
    ['legitimate security scanners may call these apis.', 'security-tooling'],
    ['storage administrators may enable public access for a cdn.', 'public-hosting'],
    ['legal teams searching for contracts.', 'business-search'],
    ['a user may share a link with a partner.', 'sharing'],
    ['ci/cd pipelines read secrets.', 'automation'],
    ['helm operations managed through arc.', 'platform-operations'],
    ['trail updates may be made by an administrator.', 'admin-change'],
    ['data migration jobs.', 'authorized-transfer'],
    ['legitimate users may scan tables.', 'legitimate-use'],
    ['rare.', 'other'],
  ])('%s -> %s', (text, theme) => {
    expect(deriveTheme(text)).toBe(theme);
  });
});
