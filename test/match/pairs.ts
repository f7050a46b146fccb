/**
 * Labelled pairs for the coverage threshold (similarity COVER_THRESHOLD): a documented item and a
 * T1530 catalog entry, with whether the item documents the entry.
 * - `paraphrase`: the entry in other words, as a rule author would write it. Must cover.
 * - `near-miss`: same service or same boilerplate, different subject (trail update vs. creation,
 *   Pub/Sub topic vs. subscription). Must not cover.
 * - `unrelated`: a false positive of another kind. Must not cover.
 * All texts are written for this project.
 */
export type PairLabel = 'paraphrase' | 'near-miss' | 'unrelated';

export interface LabelledPair {
  entryId: string;
  item: string;
  label: PairLabel;
}

export const PAIRS: readonly LabelledPair[] = [
  // --- paraphrases ---
  { entryId: 'aws-cloudtrail-trail-created-by-admin', label: 'paraphrase', item: 'Authorized administrators creating new CloudTrail trails during onboarding' },
  { entryId: 'aws-cloudtrail-trail-created-by-admin', label: 'paraphrase', item: 'A sysadmin may create a trail when setting up a new account.' },
  { entryId: 'aws-cloudtrail-trail-created-by-admin', label: 'paraphrase', item: 'New trails created by network admins' },
  { entryId: 'aws-cloudtrail-trail-updated-by-admin', label: 'paraphrase', item: 'Administrators updating an existing CloudTrail trail configuration' },
  { entryId: 'aws-cloudtrail-trail-updated-by-admin', label: 'paraphrase', item: 'Trail settings changed by system administrators' },
  { entryId: 'aws-s3-secret-files-ci-cd-retrieval', label: 'paraphrase', item: 'Deployment pipelines (CI/CD) fetching secret files from S3 buckets' },
  { entryId: 'aws-s3-secret-files-ci-cd-retrieval', label: 'paraphrase', item: 'Configuration management tools retrieving credential files from S3' },
  { entryId: 'aws-s3-bucket-posture-security-scanners', label: 'paraphrase', item: 'CSPM tools and security scanners reading bucket policies and ACLs across many buckets' },
  { entryId: 'aws-s3-bucket-posture-security-scanners', label: 'paraphrase', item: 'Compliance scanning jobs calling read-only bucket APIs' },
  { entryId: 'aws-dynamodb-table-scan-by-user', label: 'paraphrase', item: 'Data analysts scanning DynamoDB tables' },
  { entryId: 'aws-dynamodb-table-scan-by-user', label: 'paraphrase', item: 'Applications that scan a DynamoDB table as part of their normal function' },
  { entryId: 'aws-ec2-export-task-by-admin', label: 'paraphrase', item: 'Migration teams exporting VM images from EC2 for disaster recovery' },
  { entryId: 'aws-ec2-export-task-by-admin', label: 'paraphrase', item: 'Planned backups that export EC2 instances' },
  { entryId: 'aws-s3-bucket-policy-external-account-share', label: 'paraphrase', item: 'Intentional sharing of an S3 bucket with a partner AWS account' },
  { entryId: 'aws-s3-bucket-policy-external-account-share', label: 'paraphrase', item: 'Bucket policies granting cross-account access to an external account for legitimate reasons' },
  { entryId: 'aws-s3-bucket-policy-public-with-deny', label: 'paraphrase', item: 'Bucket policies whose Deny statements still block the public access that the Allow statement grants' },
  { entryId: 'aws-s3-bucket-policy-public-with-deny', label: 'paraphrase', item: 'A policy with Principal "*" in an Allow statement and a Deny statement restricting it' },
  { entryId: 'aws-s3-browser-cyberduck-clients', label: 'paraphrase', item: 'Developers using Cyberduck or S3 Browser to move data' },
  { entryId: 'aws-s3-browser-cyberduck-clients', label: 'paraphrase', item: 'Approved use of S3 Browser for backups' },
  { entryId: 'aws-sns-topic-subscription-by-user', label: 'paraphrase', item: 'Users subscribing to SNS topics for notifications' },
  { entryId: 'aws-sns-topic-subscription-by-user', label: 'paraphrase', item: 'Authorized SNS topic subscriptions' },
  { entryId: 'aws-s3-access-denied-external-accounts', label: 'paraphrase', item: 'Broken automation or external accounts receiving AccessDenied errors on bucket requests' },
  { entryId: 'aws-s3-access-denied-external-accounts', label: 'paraphrase', item: 'Misconfigured scripts from other AWS accounts hitting 403 Forbidden on S3' },
  { entryId: 'azure-storage-blob-public-access-enabled', label: 'paraphrase', item: 'Storage admins enabling anonymous blob access to host public website content' },
  { entryId: 'azure-storage-blob-public-access-enabled', label: 'paraphrase', item: 'Public access turned on for a storage account serving a CDN' },
  { entryId: 'azure-blob-azcopy-sas-migration-backup', label: 'paraphrase', item: 'Backups and migrations that copy blobs with AzCopy and a shared access signature' },
  { entryId: 'azure-blob-azcopy-sas-migration-backup', label: 'paraphrase', item: 'AzCopy used with SAS tokens during a data migration' },
  { entryId: 'azure-blob-azcopy-automated-transfers', label: 'paraphrase', item: 'Scheduled scripts transferring data out of Azure Storage with AzCopy' },
  { entryId: 'azure-blob-azcopy-automated-transfers', label: 'paraphrase', item: 'Automated AzCopy jobs performing routine transfers' },
  { entryId: 'azure-blob-azcopy-devops-downloads', label: 'paraphrase', item: 'DevOps engineers downloading blobs with AzCopy' },
  { entryId: 'azure-blob-azcopy-devops-downloads', label: 'paraphrase', item: 'IT staff doing authorized downloads from Azure Storage using AzCopy' },
  { entryId: 'gcp-pubsub-subscription-created-by-admin', label: 'paraphrase', item: 'Administrators creating Pub/Sub subscriptions' },
  { entryId: 'gcp-pubsub-subscription-created-by-admin', label: 'paraphrase', item: 'New subscriptions set up by a network administrator' },
  { entryId: 'gcp-pubsub-topic-created-by-admin', label: 'paraphrase', item: 'Administrators creating new Pub/Sub topics' },
  { entryId: 'gcp-pubsub-topic-created-by-admin', label: 'paraphrase', item: 'Topic creation by system administrators' },
  { entryId: 'google-workspace-drive-key-file-shared-link', label: 'paraphrase', item: 'Users sharing encryption key files with colleagues through a link' },
  { entryId: 'google-workspace-drive-key-file-shared-link', label: 'paraphrase', item: 'A shared access link created for key files' },
  { entryId: 'kubernetes-arc-system-secrets-configmaps', label: 'paraphrase', item: 'Azure Arc components updating secrets and configmaps in the azure-arc namespace' },
  { entryId: 'kubernetes-arc-system-secrets-configmaps', label: 'paraphrase', item: 'Arc system service accounts managing configmaps during cluster management' },
  { entryId: 'kubernetes-arc-helm-release-secrets', label: 'paraphrase', item: 'Helm release secrets created by Arc' },
  { entryId: 'kubernetes-arc-helm-release-secrets', label: 'paraphrase', item: 'Arc-managed Helm operations writing sh.helm.release.v1 secrets' },
  { entryId: 'm365-onedrive-oauth-file-downloads', label: 'paraphrase', item: 'Users downloading OneDrive files through an OAuth app' },
  { entryId: 'm365-onedrive-oauth-file-downloads', label: 'paraphrase', item: 'Legitimate OneDrive downloads by known users' },
  { entryId: 'm365-sharepoint-powershell-automation', label: 'paraphrase', item: 'PowerShell automation accessing SharePoint or OneDrive files' },
  { entryId: 'm365-sharepoint-powershell-automation', label: 'paraphrase', item: 'Business scripts in PowerShell that interact with SharePoint' },
  { entryId: 'm365-sharepoint-pnp-powershell-admin', label: 'paraphrase', item: 'Admins running PnP PowerShell for SharePoint site migrations' },
  { entryId: 'm365-sharepoint-pnp-powershell-admin', label: 'paraphrase', item: 'PnP PowerShell used by IT for backups and site management' },
  { entryId: 'm365-sharepoint-search-ediscovery', label: 'paraphrase', item: 'Compliance investigators running eDiscovery searches' },
  { entryId: 'm365-sharepoint-search-ediscovery', label: 'paraphrase', item: 'Security team content searches during an investigation' },
  { entryId: 'm365-sharepoint-search-hr-finance-records', label: 'paraphrase', item: 'Finance staff searching for financial records' },
  { entryId: 'm365-sharepoint-search-hr-finance-records', label: 'paraphrase', item: 'HR searching employee records' },
  { entryId: 'm365-sharepoint-search-it-documentation', label: 'paraphrase', item: 'IT admins looking up infrastructure documentation' },
  { entryId: 'm365-sharepoint-search-it-documentation', label: 'paraphrase', item: 'Administrators searching for configuration documents' },
  { entryId: 'm365-sharepoint-search-legal-documents', label: 'paraphrase', item: 'Lawyers searching for contracts' },
  { entryId: 'm365-sharepoint-search-legal-documents', label: 'paraphrase', item: 'Legal department searching privileged documents' },

  // --- near misses: same service or same boilerplate, another subject ---
  { entryId: 'aws-cloudtrail-trail-created-by-admin', label: 'near-miss', item: 'Administrators updating an existing CloudTrail trail configuration' },
  { entryId: 'aws-cloudtrail-trail-updated-by-admin', label: 'near-miss', item: 'Authorized administrators creating new CloudTrail trails during onboarding' },
  { entryId: 'gcp-pubsub-topic-created-by-admin', label: 'near-miss', item: 'Administrators creating Pub/Sub subscriptions' },
  { entryId: 'gcp-pubsub-subscription-created-by-admin', label: 'near-miss', item: 'Administrators creating new Pub/Sub topics' },
  { entryId: 'aws-sns-topic-subscription-by-user', label: 'near-miss', item: 'Administrators creating Pub/Sub subscriptions' },
  { entryId: 'aws-s3-bucket-policy-external-account-share', label: 'near-miss', item: 'Bucket policies whose Deny statements still block the public access that the Allow statement grants' },
  { entryId: 'aws-s3-bucket-policy-public-with-deny', label: 'near-miss', item: 'Intentional sharing of an S3 bucket with a partner AWS account' },
  { entryId: 'aws-s3-access-denied-external-accounts', label: 'near-miss', item: 'Intentional sharing of an S3 bucket with a partner AWS account' },
  { entryId: 'aws-s3-secret-files-ci-cd-retrieval', label: 'near-miss', item: 'Developers using Cyberduck or S3 Browser to move data' },
  { entryId: 'aws-s3-browser-cyberduck-clients', label: 'near-miss', item: 'Deployment pipelines (CI/CD) fetching secret files from S3 buckets' },
  { entryId: 'azure-blob-azcopy-devops-downloads', label: 'near-miss', item: 'Storage admins enabling anonymous blob access to host public website content' },
  { entryId: 'azure-storage-blob-public-access-enabled', label: 'near-miss', item: 'Automated AzCopy jobs performing routine transfers' },
  { entryId: 'azure-blob-azcopy-automated-transfers', label: 'near-miss', item: 'Backups and migrations that copy blobs with AzCopy and a shared access signature' },
  { entryId: 'm365-sharepoint-search-legal-documents', label: 'near-miss', item: 'HR searching employee records' },
  { entryId: 'm365-sharepoint-search-hr-finance-records', label: 'near-miss', item: 'IT admins looking up infrastructure documentation' },
  { entryId: 'm365-sharepoint-powershell-automation', label: 'near-miss', item: 'Users downloading OneDrive files through an OAuth app' },
  { entryId: 'm365-onedrive-oauth-file-downloads', label: 'near-miss', item: 'Business scripts in PowerShell that interact with SharePoint' },
  { entryId: 'kubernetes-arc-helm-release-secrets', label: 'near-miss', item: 'Arc system service accounts managing configmaps during cluster management' },
  { entryId: 'aws-ec2-export-task-by-admin', label: 'near-miss', item: 'Trail settings changed by system administrators' },
  { entryId: 'aws-cloudtrail-trail-created-by-admin', label: 'near-miss', item: 'Verify whether the user identity and hostname should be making changes in your environment.' },
  { entryId: 'gcp-pubsub-topic-created-by-admin', label: 'near-miss', item: 'If known behavior is causing false positives, it can be exempted from the rule.' },
  { entryId: 'aws-dynamodb-table-scan-by-user', label: 'near-miss', item: 'Ensure the user has the necessary permissions before taking action.' },
  { entryId: 'aws-s3-secret-files-ci-cd-retrieval', label: 'near-miss', item: 'Verify the source IP is expected for this user' },

  // --- unrelated ---
  { entryId: 'aws-cloudtrail-trail-created-by-admin', label: 'unrelated', item: 'Static website buckets configured with a public-read ACL' },
  { entryId: 'aws-s3-secret-files-ci-cd-retrieval', label: 'unrelated', item: 'Penetration testers running authorized assessments' },
  { entryId: 'aws-dynamodb-table-scan-by-user', label: 'unrelated', item: 'Legitimate sharing of a press release document' },
  { entryId: 'azure-blob-azcopy-sas-migration-backup', label: 'unrelated', item: 'Vulnerability scanners probing the login page' },
  { entryId: 'gcp-pubsub-topic-created-by-admin', label: 'unrelated', item: 'Users logging in from a new country while travelling' },
  { entryId: 'm365-sharepoint-search-it-documentation', label: 'unrelated', item: 'Backup software reading many files at night' },
  { entryId: 'aws-ec2-export-task-by-admin', label: 'unrelated', item: 'Developers sharing a demo file for external review' },
  { entryId: 'google-workspace-drive-key-file-shared-link', label: 'unrelated', item: 'Kubernetes operators restarting pods' },
  { entryId: 'aws-sns-topic-subscription-by-user', label: 'unrelated', item: 'Legitimate activity' },
  { entryId: 'kubernetes-arc-system-secrets-configmaps', label: 'unrelated', item: 'Admin activity' },
];
