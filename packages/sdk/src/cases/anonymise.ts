/**
 * Anonymisation before a case leaves the organisation. Deterministic (no clock, no randomness), so
 * the same case at the same level always gives the same output and exports can be compared.
 */
import { ANONYMISATION_LEVELS, type AnonymisationLevel, type Case } from './schema.js';
import { generaliseDate, type DatePrecision, type PartialDate } from './partial-date.js';

export interface AnonymisationRule {
  /** Every date is cut to this precision. */
  datePrecision: DatePrecision;
  /** Town of origin and city of work (countries are always kept). */
  keepPlaces: boolean;
  /** The documenter's pseudonym (often a nickname); otherwise the random case id stands in. */
  keepPseudonym: boolean;
  /** Free text that can name people or places: occupation, referral organisation. */
  keepFreeText: boolean;
  /** Names of the recruiter and sub-agent: a small village agent plus dates can point to a worker. */
  keepAgents: boolean;
  /** Residence status: an irregular status can expose a worker to arrest and deportation. */
  keepMigrationStatus: boolean;
}

/**
 * What each level keeps. Direct identifiers (name, passport number, phone) are dropped at every
 * level. `low` is for a trusted partner (a lawyer needs exact dates for deadlines); `high` for
 * publication.
 */
export const ANONYMISATION_RULES: Readonly<Record<AnonymisationLevel, AnonymisationRule>> = {
  low: { datePrecision: 'day', keepPlaces: true, keepPseudonym: true, keepFreeText: true, keepAgents: true, keepMigrationStatus: true },
  medium: { datePrecision: 'month', keepPlaces: false, keepPseudonym: false, keepFreeText: false, keepAgents: true, keepMigrationStatus: true },
  high: { datePrecision: 'year', keepPlaces: false, keepPseudonym: false, keepFreeText: false, keepAgents: false, keepMigrationStatus: false },
};

export interface AnonymiseOptions {
  level: AnonymisationLevel;
}

/** A copy of `c` with identifiers dropped and dates and places generalised as `level` says. */
export function anonymiseCase(c: Case, { level }: AnonymiseOptions): Case {
  // Anonymising never makes a case less anonymous than it already is.
  const effective = stronger(c.anonymised, level);
  const rule = ANONYMISATION_RULES[effective];
  const date = (d: PartialDate) => generaliseDate(d, rule.datePrecision);
  const optionalDate = (d: PartialDate | undefined) => (d === undefined ? undefined : date(d));
  const { identifiers: _identifiers, ...worker } = c.worker;
  const { contract, ...journey } = c.journey;

  return stripUndefined({
    ...c,
    anonymised: effective,
    createdOn: date(c.createdOn),
    updatedOn: date(c.updatedOn),
    worker: {
      ...worker,
      pseudonym: rule.keepPseudonym ? worker.pseudonym : c.id,
      occupation: rule.keepFreeText ? worker.occupation : undefined,
      migrationStatus: rule.keepMigrationStatus ? worker.migrationStatus : undefined,
    },
    journey: {
      ...journey,
      originPlace: rule.keepPlaces ? journey.originPlace : undefined,
      destinationPlace: rule.keepPlaces ? journey.destinationPlace : undefined,
      recruiter: rule.keepAgents ? journey.recruiter : undefined,
      subAgent: rule.keepAgents ? journey.subAgent : undefined,
      departureOn: optionalDate(journey.departureOn),
      arrivalOn: optionalDate(journey.arrivalOn),
      contract: contract && { ...contract, signedOn: optionalDate(contract.signedOn) },
    },
    violations: c.violations.map((v) => ({
      ...v,
      period: v.period && { from: date(v.period.from), to: optionalDate(v.period.to) },
    })),
    actions: c.actions.map((a) => ({ ...a, filedOn: date(a.filedOn) })),
    referrals: c.referrals.map((r) => ({
      ...r,
      organisation: rule.keepFreeText ? r.organisation : undefined,
      on: optionalDate(r.on),
    })),
    consent: { ...c.consent, givenOn: date(c.consent.givenOn) },
  });
}

function stronger(a: AnonymisationLevel | undefined, b: AnonymisationLevel): AnonymisationLevel {
  if (a === undefined) return b;
  return ANONYMISATION_LEVELS.indexOf(a) > ANONYMISATION_LEVELS.indexOf(b) ? a : b;
}

/** Removes keys whose value is undefined, so the output equals what a JSON or CSV round trip gives. */
function stripUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = stripUndefined(v);
  return out as T;
}
