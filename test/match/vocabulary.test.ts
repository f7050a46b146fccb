import { describe, expect, it } from 'vitest';
import {
  canonicalPlatform,
  canonicalService,
  canonicalTool,
  findLogSources,
  findTerms,
  serviceOfHost,
} from '../../src/match/vocabulary.js';

describe('canonical names', () => {
  it.each([
    ['o365', 'm365'],
    ['Microsoft 365', 'm365'],
    ['office 365', 'm365'],
    ['google_workspace', 'google-workspace'],
    ['gworkspace', 'google-workspace'],
    ['Google Cloud Platform', 'gcp'],
    ['okta', 'okta'],
    ['something-else', 'something-else'],
  ])('platform %s -> %s', (value, expected) => {
    expect(canonicalPlatform(value)).toBe(expected);
  });

  it.each([
    ['aws.s3', 's3'],
    ['Amazon S3', 's3'],
    ['s3 bucket', 's3'],
    ['storage-account', 'blob-storage'],
    ['azure storage', 'blob-storage'],
    ['blob', 'blob-storage'],
    ['google cloud storage', 'gcs'],
    ['pub/sub', 'pubsub'],
    ['PubSub', 'pubsub'],
  ])('service %s -> %s', (value, expected) => {
    expect(canonicalService(value)).toBe(expected);
  });

  it.each([
    ['S3 Browser', 's3 browser'],
    ['PnPPS', 'pnp powershell'],
    ['AzCopy', 'azcopy'],
  ])('tool %s -> %s', (value, expected) => {
    expect(canonicalTool(value)).toBe(expected);
  });
});

describe('findTerms', () => {
  it('prefers the longest phrase at each position', () => {
    expect(findTerms('Data Source: Amazon S3, Google Workspace').map((m) => [m.term.kind, m.term.id, m.phrase])).toEqual([
      ['service', 's3', 'amazon s3'],
      ['platform', 'google-workspace', 'google workspace'],
    ]);
  });

  it('finds tools inside user-agent wildcards', () => {
    expect(findTerms('user_agent.original: (*S3 Browser* or *PnPPS*)').map((m) => m.term.id)).toEqual(['s3 browser', 'pnp powershell']);
  });
});

describe('findLogSources', () => {
  it('names the platform of a log source without naming a service', () => {
    expect(findLogSources('service:cloudtrail datatype:azureactivity').map((m) => [m.term.kind, m.term.id])).toEqual([
      ['platform', 'aws'],
      ['platform', 'azure'],
    ]);
  });
});

describe('serviceOfHost', () => {
  it.each([
    ['s3.amazonaws.com', { platform: 'aws', service: 's3' }],
    ['"sns.amazonaws.com"', { platform: 'aws', service: 'sns' }],
    ['cloudtrail.amazonaws.com', { platform: 'aws', service: 'cloudtrail' }],
    ['storage.googleapis.com', { platform: 'gcp', service: 'gcs' }],
    ['pubsub.googleapis.com', { platform: 'gcp', service: 'pubsub' }],
    ['drive.googleapis.com', { platform: 'google-workspace', service: 'drive' }],
    ['example.com', null],
  ])('%s', (host, expected) => {
    expect(serviceOfHost(host)).toEqual(expected);
  });
});
