/** Message codes for the module's enums, so a widget labels them from the catalogue, never from data. */
import type { Act, CivilSocietyWay, EventKind, Finding, InstrumentKind, ProcessKind, Role, Topic } from './schema.js';
import type { Certainty, Timing } from './dated.js';

export const roleCode = (role: Role): string => `frameworks.role.${role}`;
export const processKindCode = (kind: ProcessKind): string => `frameworks.kind.${kind}`;
export const instrumentKindCode = (kind: InstrumentKind): string => `frameworks.instrumentKind.${kind}`;
export const topicCode = (topic: Topic): string => `frameworks.topic.${topic}`;
export const eventKindCode = (kind: EventKind): string => `frameworks.eventKind.${kind}`;
export const civilSocietyWayCode = (way: CivilSocietyWay): string => `frameworks.civilSociety.${way}`;
export const findingCode = (finding: Finding): string => `frameworks.finding.${finding}`;
export const timingCode = (timing: Timing): string => `frameworks.timing.${timing}`;
export const certaintyCode = (certainty: Certainty): string => `frameworks.certainty.${certainty}`;
export const actCode = (act: Act): string => `frameworks.act.${act}`;
