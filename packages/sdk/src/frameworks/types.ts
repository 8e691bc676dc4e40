/** Result types of the frameworks rules. Every item carries a `code` (for the catalogue) and the fact it rests on. */
import type { Coded } from '../i18n/index.js';
import type { IsoDate } from '../dates/index.js';
import type { Certainty, Timing } from './dated.js';
import type { CivilSocietyEntry, FrameworkEvent, GcmObjective, Instrument, Membership, Process, Ratification, RatificationFinding, Topic } from './schema.js';

export type Problem = Coded & { field: string };

/** A country's role in a process on the asked date. `disputed` entries come from sources that disagree. */
export interface RoleOnDate {
  code: string;
  process: Process;
  membership: Membership;
  certainty: Certainty;
  period: Coded;
  disputed: boolean;
}

export interface RatifiedOnDate {
  instrument: Instrument;
  act: Ratification;
  certainty: Certainty;
  period: Coded;
}

/**
 * Status of one of the core conventions for the country on the date. `not-recorded` means our
 * sources hold nothing, never that the country has not ratified; `findings` say what the research
 * found for the country's group (e.g. "no GCC state found").
 */
export type ConventionStatusCode = 'ratified' | 'signed' | 'recalled-ratified' | 'ratified-later' | 'not-recorded';

export interface ConventionStatus {
  code: string;
  status: ConventionStatusCode;
  instrument: Instrument;
  /** The act the status rests on (for `ratified-later`, the later ratification). */
  act?: Ratification;
  certainty?: Certainty;
  findings: RatificationFinding[];
}

export interface UpcomingEvent {
  code: string;
  event: FrameworkEvent;
  process: Process;
  timing: Exclude<Timing, 'past'>;
  period: Coded;
}

/** `precedent`: civil society took part this way before the date (shows a way in, not a standing seat). */
export interface CivilSocietyEntryPoint {
  code: string;
  process: Process;
  entry: CivilSocietyEntry;
  timing: 'current' | 'precedent';
  period: Coded;
}

export interface MembershipConflict extends Coded {
  process: Process;
  entries: RoleOnDate[];
}

export interface FrameworksForCountry {
  ok: true;
  country: string;
  on: IsoDate;
  roles: RoleOnDate[];
  conflicts: MembershipConflict[];
  ratified: RatifiedOnDate[];
  conventions: ConventionStatus[];
  upcoming: UpcomingEvent[];
  civilSociety: CivilSocietyEntryPoint[];
  notes: Coded[];
}

export type FrameworksOutcome = FrameworksForCountry | { ok: false; problems: Problem[] };

export interface InstrumentsOnTopic {
  ok: true;
  topic: Topic;
  instruments: Instrument[];
  gcmObjectives: GcmObjective[];
  notes: Coded[];
}

export type InstrumentsOutcome = InstrumentsOnTopic | { ok: false; problems: Problem[] };
