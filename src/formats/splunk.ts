import type { FormatModule } from './types.js';

// Placeholder until the format is implemented: recognizes nothing.
export const splunk: FormatModule = {
  id: 'splunk',
  name: 'Splunk security_content',
  extensions: ['.yml', '.yaml'],
  sniff: () => false,
  parse: () => ({ detections: [], problems: [] }),
};
