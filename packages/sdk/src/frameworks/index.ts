/**
 * Regional and global frameworks: processes (Colombo Process, Abu Dhabi Dialogue, ASEAN, GFMD,
 * GCM, Bali and Budapest Processes), time-bounded memberships and roles, instruments and who
 * ratified them, GCM objectives and review moments. All facts carry provenance; rules return codes.
 */
export * from './schema.js';
export * from './types.js';
export { certaintyOn, periodOf, timingOf, trimToPrecision, type Certainty, type Timing } from './dated.js';
export { frameworksFor } from './for-country.js';
export { membersOn, rolesOn, type MembersOnOptions } from './members.js';
export * from './codes.js';
export { instrumentsOn, isTopic } from './topics.js';
export { FRAMEWORK_COUNTRIES } from './choices.js';
export {
  CORE_CONVENTION_IDS,
  frameworkEvents,
  gcmObjectives,
  instrumentById,
  instruments,
  memberships,
  organisationById,
  organisations,
  processById,
  processes,
  ratificationFindings,
  ratifications,
} from './registry.js';
