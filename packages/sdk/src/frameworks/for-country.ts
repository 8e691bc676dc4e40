/**
 * `frameworksFor(country, on)`: where a country sits on a date — its roles in processes, what it
 * ratified, the core conventions it has not (as far as our sources say), the review moments ahead,
 * and where civil society can take part.
 */
import type { Coded } from '../i18n/index.js';
import { isIsoDate, type IsoDate } from '../dates/index.js';
import { inForce } from '../provenance/index.js';
import { certaintyOn, periodOf, timingOf } from './dated.js';
import { civilSocietyWayCode, timingCode } from './codes.js';
import { rolesOn } from './members.js';
import { CORE_CONVENTION_IDS, frameworkEvents, instrumentById, processes, ratificationFindings, ratifications } from './registry.js';
import type { Instrument, Process, ProcessKind, Ratification } from './schema.js';
import type {
  CivilSocietyEntryPoint,
  ConventionStatus,
  ConventionStatusCode,
  FrameworksOutcome,
  MembershipConflict,
  Problem,
  RatifiedOnDate,
  RoleOnDate,
  UpcomingEvent,
} from './types.js';

/** Global forums and compacts concern every state, whatever its recorded role. */
const GLOBAL_KINDS: readonly ProcessKind[] = ['global-forum', 'compact'];

function normaliseCountry(country: unknown): string | undefined {
  if (typeof country !== 'string') return undefined;
  const code = country.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

export function frameworksFor(country: unknown, on: unknown): FrameworksOutcome {
  const code = normaliseCountry(country);
  const problems: Problem[] = [];
  if (!code) problems.push({ field: 'country', code: 'frameworks.error.country' });
  if (!isIsoDate(on)) problems.push({ field: 'on', code: 'frameworks.error.date' });
  if (!code || !isIsoDate(on)) return { ok: false, problems };

  const roles = rolesOn((m) => m.country === code, on).sort(byProcessThenRole);
  const relevant = relevantProcesses(roles, on);
  const conventions = CORE_CONVENTION_IDS.flatMap((id) => {
    const instrument = instrumentById(id);
    return instrument ? [conventionStatus(instrument, code, on)] : [];
  });
  const notes: Coded[] = [];
  if (roles.length === 0) notes.push({ code: 'frameworks.note.noRoleRecorded' });
  if (conventions.some((c) => c.status === 'not-recorded')) notes.push({ code: 'frameworks.note.notRecordedMeansUnknown' });

  return {
    ok: true,
    country: code,
    on,
    roles,
    conflicts: conflictsIn(roles),
    ratified: ratifiedBy(code, on),
    conventions,
    upcoming: upcomingIn(relevant, on),
    civilSociety: civilSocietyIn(relevant, on),
    notes,
  };
}

function byProcessThenRole(a: RoleOnDate, b: RoleOnDate): number {
  return a.process.id.localeCompare(b.process.id) || a.membership.role.localeCompare(b.membership.role);
}

/** Processes the country takes part in, their committees and forums, and the global ones, if they existed on `on`. */
function relevantProcesses(roles: readonly RoleOnDate[], on: IsoDate): Process[] {
  const ids = new Set(roles.map((r) => r.process.id));
  return processes().filter(
    (p) => inForce(p, on) && (ids.has(p.id) || (p.parent !== undefined && ids.has(p.parent)) || GLOBAL_KINDS.includes(p.kind)),
  );
}

function conflictsIn(roles: readonly RoleOnDate[]): MembershipConflict[] {
  const disputed = new Set(roles.filter((r) => r.disputed).map((r) => r.process.id));
  return [...disputed].map((id) => {
    const entries = roles.filter((r) => r.process.id === id);
    return { code: 'frameworks.conflict.membership', process: entries[0]!.process, entries };
  });
}

function ratifiedBy(country: string, on: IsoDate): RatifiedOnDate[] {
  const out: RatifiedOnDate[] = [];
  for (const act of ratifications()) {
    if (act.country !== country || act.act !== 'ratification') continue;
    const certainty = certaintyOn(act, on);
    const instrument = instrumentById(act.instrument);
    if (certainty && instrument) out.push({ instrument, act, certainty, period: periodOf(act) });
  }
  return out.sort((a, b) => a.act.effectiveFrom.localeCompare(b.act.effectiveFrom));
}

function conventionStatus(instrument: Instrument, country: string, on: IsoDate): ConventionStatus {
  const acts = ratifications().filter((r) => r.instrument === instrument.id && r.country === country);
  const held = (kind: Ratification['act']) => acts.find((r) => r.act === kind && certaintyOn(r, on));
  const status = (s: ConventionStatusCode, extra: Partial<ConventionStatus> = {}): ConventionStatus => ({
    code: `frameworks.ratification.${s}`,
    status: s,
    instrument,
    findings: [],
    ...extra,
  });

  const ratified = held('ratification');
  if (ratified) return status('ratified', { act: ratified, certainty: certaintyOn(ratified, on)! });
  const signed = held('signature');
  if (signed) return status('signed', { act: signed, certainty: certaintyOn(signed, on)! });

  const findings = ratificationFindings().filter((f) => f.instrument === instrument.id && f.countries.includes(country) && inForce(f, on));
  const recalled = findings.filter((f) => f.finding === 'recalled-ratified');
  if (recalled.length) return status('recalled-ratified', { findings: recalled });
  const later = acts.find((r) => r.act === 'ratification' && r.effectiveFrom > on);
  if (later) return status('ratified-later', { act: later });
  return status('not-recorded', { findings });
}

function upcomingIn(relevant: readonly Process[], on: IsoDate): UpcomingEvent[] {
  const out: UpcomingEvent[] = [];
  for (const event of frameworkEvents()) {
    const process = relevant.find((p) => p.id === event.process);
    const timing = timingOf(event, on);
    if (process && timing !== 'past') out.push({ code: timingCode(timing), event, process, timing, period: periodOf(event) });
  }
  return out.sort((a, b) => a.event.effectiveFrom.localeCompare(b.event.effectiveFrom) || a.event.id.localeCompare(b.event.id));
}

function civilSocietyIn(relevant: readonly Process[], on: IsoDate): CivilSocietyEntryPoint[] {
  const out: CivilSocietyEntryPoint[] = [];
  for (const process of relevant) {
    for (const entry of process.civilSociety) {
      if (entry.effectiveFrom > on) continue;
      out.push({
        code: civilSocietyWayCode(entry.way),
        process,
        entry,
        timing: inForce(entry, on) ? 'current' : 'precedent',
        period: periodOf(entry),
      });
    }
  }
  return out;
}
