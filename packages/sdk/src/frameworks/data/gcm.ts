/**
 * The 23 GCM objectives (research §4.5). Short titles are verified on the UN Network on Migration
 * hub; only the full titles of objectives 6 and 22 were seen in stored sources, the others are from
 * memory (check against A/RES/73/195). Topics are editorial links to the SDK's tools.
 */
import type { GcmObjective, Topic } from '../schema.js';
import { S } from './sources.js';

type Row = readonly [number, string, string, readonly Topic[]];

const ROWS: readonly Row[] = [
  [1, 'Data', 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies', ['cases']],
  [2, 'Minimize adverse drivers', 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin', []],
  [3, 'Information provision', 'Provide accurate and timely information at all stages of migration', []],
  [4, 'Legal identity and documentation', 'Ensure that all migrants have proof of legal identity and adequate documentation', []],
  [5, 'Regular pathways', 'Enhance availability and flexibility of pathways for regular migration', []],
  [6, 'Recruitment and decent work', 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work', ['fees', 'wages']],
  [7, 'Reduce vulnerabilities', 'Address and reduce vulnerabilities in migration', []],
  [8, 'Save lives', 'Save lives and establish coordinated international efforts on missing migrants', []],
  [9, 'Counter smuggling', 'Strengthen the transnational response to smuggling of migrants', []],
  [10, 'Eradicate trafficking', 'Prevent, combat and eradicate trafficking in persons in the context of international migration', ['cases']],
  [11, 'Manage borders', 'Manage borders in an integrated, secure and coordinated manner', []],
  [12, 'Screening and referral', 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral', []],
  [13, 'Alternatives to detention', 'Use migration detention only as a measure of last resort and work towards alternatives', []],
  [14, 'Consular protection', 'Enhance consular protection, assistance and cooperation throughout the migration cycle', ['pathways']],
  [15, 'Access to basic services', 'Provide access to basic services for migrants', ['protection']],
  [16, 'Inclusion and social cohesion', 'Empower migrants and societies to realize full inclusion and social cohesion', []],
  [17, 'Eliminate discrimination', 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration', []],
  [18, 'Skills development and recognition', 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences', []],
  [19, 'Migrant and diaspora contributions', 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries', []],
  [20, 'Remittances', 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants', ['wages']],
  [21, 'Dignified return and reintegration', 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration', []],
  [22, 'Social protection', 'Establish mechanisms for the portability of social security entitlements and earned benefits', ['protection']],
  [23, 'International cooperation', 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration', []],
];

/** Full titles seen in a stored source (a university page for 6, the UN network for 22); the rest are from memory. */
const SEEN_FULL_TITLE = new Map([
  [6, { sources: [S.cambridgeGcm6], verification: 'secondary' as const }],
  [22, { sources: [S.unnmObjective22], verification: 'official' as const }],
]);

const ADOPTED = '2018-12-10';

export const GCM_OBJECTIVES: readonly GcmObjective[] = ROWS.map(([number, shortTitle, fullTitle, topics]) => {
  const seen = SEEN_FULL_TITLE.get(number);
  return {
    number,
    shortTitle: { en: shortTitle },
    topics: [...topics],
    effectiveFrom: ADOPTED,
    sources: [S.unnmHubObjectives],
    verification: 'official',
    check: 'Yes-official',
    fullTitle: seen
      ? { text: { en: fullTitle }, effectiveFrom: ADOPTED, ...seen, check: 'verified' }
      : {
          text: { en: fullTitle },
          effectiveFrom: ADOPTED,
          sources: [],
          verification: 'unverified',
          check: 'UNVERIFIED (memory)',
          note: 'Full title from memory: check against A/RES/73/195 before relying on the wording.',
        },
  };
});
