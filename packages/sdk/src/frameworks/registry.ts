/** Read access to the frameworks data, by id. */
import { EVENTS } from './data/events.js';
import { GCM_OBJECTIVES } from './data/gcm.js';
import { CORE_CONVENTION_IDS, INSTRUMENTS } from './data/instruments.js';
import { MEMBERSHIPS } from './data/memberships/index.js';
import { ORGANISATIONS } from './data/organisations.js';
import { PROCESSES } from './data/processes.js';
import { RATIFICATION_FINDINGS, RATIFICATIONS } from './data/ratifications.js';
import type { FrameworkEvent, GcmObjective, Instrument, Membership, Organisation, Process, Ratification, RatificationFinding } from './schema.js';

export { CORE_CONVENTION_IDS };

export const processes = (): readonly Process[] => PROCESSES;
export const instruments = (): readonly Instrument[] => INSTRUMENTS;
export const memberships = (): readonly Membership[] => MEMBERSHIPS;
export const ratifications = (): readonly Ratification[] => RATIFICATIONS;
export const ratificationFindings = (): readonly RatificationFinding[] => RATIFICATION_FINDINGS;
export const frameworkEvents = (): readonly FrameworkEvent[] => EVENTS;
export const organisations = (): readonly Organisation[] => ORGANISATIONS;

/** The 23 GCM objectives in order, with verified short titles and (mostly unverified) full titles. */
export function gcmObjectives(): readonly GcmObjective[] {
  return GCM_OBJECTIVES;
}

export function processById(id: string): Process | undefined {
  return PROCESSES.find((p) => p.id === id);
}

export function instrumentById(id: string): Instrument | undefined {
  return INSTRUMENTS.find((i) => i.id === id);
}

export function organisationById(id: string): Organisation | undefined {
  return ORGANISATIONS.find((o) => o.id === id);
}
