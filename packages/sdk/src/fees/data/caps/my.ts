/** Malaysia (destination): no stored source for a statutory ban on worker-paid recruitment fees (research gap). */
import type { FeeCapRule } from '../../schema.js';
import { UNKNOWN_START } from './source.js';

export const MALAYSIA_RULES: FeeCapRule[] = [
  {
    id: 'my-no-known-rule',
    series: 'my-no-known-rule',
    jurisdiction: 'destination',
    country: 'MY',
    scope: {},
    cap: { kind: 'unknown' },
    effectiveFrom: UNKNOWN_START,
    datePrecision: 'unknown',
    sources: [],
    verification: 'unverified',
    check: 'gap',
    note:
      'The research found no stored source for a statutory Malaysian ban on worker-paid recruitment fees (Private Employment Agencies Act amendments not checked). The Employment (Amendment) Act 2022 added a forced-labour offence. Origin-country rules (e.g. Nepal and Bangladesh) still apply.',
  },
];
