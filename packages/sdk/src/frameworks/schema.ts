/**
 * Schemas and types of the frameworks module: regional consultative processes, regional bodies,
 * global forums, the instruments they adopt, who takes part in what (time-bounded) and who
 * ratified what. Every fact extends the kernel's provenance schema.
 */
import * as z from 'zod/mini';
import { provenanceSchema } from '../provenance/index.js';
import { isIsoDate, lastDayOfMonth } from '../dates/index.js';
import { TOPICS } from './choices.js';

export { TOPICS, type Topic } from './choices.js';

export const PROCESS_KINDS = ['rcp', 'regional-body', 'regional-forum', 'global-forum', 'compact'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

export const ROLES = ['member', 'observer', 'chair', 'co-chair', 'participant', 'partner', 'focus-country'] as const;
export type Role = (typeof ROLES)[number];

export const INSTRUMENT_KINDS = ['convention', 'protocol', 'declaration', 'consensus', 'compact', 'guideline'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** How civil society takes part: sits in working groups, observes, joins a forum, or invokes a principle. */
export const CIVIL_SOCIETY_WAYS = ['working-group', 'observer', 'forum', 'principle'] as const;
export type CivilSocietyWay = (typeof CIVIL_SOCIETY_WAYS)[number];

export const EVENT_KINDS = ['review-forum', 'summit', 'ministerial', 'officials-meeting', 'working-group', 'forum', 'conference'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ACTS = ['ratification', 'signature'] as const;
export type Act = (typeof ACTS)[number];

/** What the research found about a group of states and an instrument, when it holds no dated act. */
export const FINDINGS = ['none-found', 'recalled-ratified'] as const;
export type Finding = (typeof FINDINGS)[number];

/**
 * How precise a stored date is. Sources often give only a year ("India, 2024–26") or a month: a
 * year-precise start is stored as YYYY-01-01 and a year-precise end as YYYY-12-31, and rules say
 * "in 2024" instead of pretending to know the day.
 */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

const isoDate = z.string().check(z.refine(isIsoDate, { params: { code: 'frameworks.error.date' } }));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));
const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const localisedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  ar: z.optional(z.string()),
  ne: z.optional(z.string()),
  bn: z.optional(z.string()),
  hi: z.optional(z.string()),
  id: z.optional(z.string()),
  fil: z.optional(z.string()),
});

/** Fields every fact of this module adds to the kernel's provenance. */
const datedShape = {
  fromPrecision: z.optional(z.enum(PRECISIONS)),
  toPrecision: z.optional(z.enum(PRECISIONS)),
  /** True when `effectiveFrom` is only when a source first reports the fact: it may have begun earlier. */
  startUnknown: z.optional(z.boolean()),
  /**
   * Research addresses on plain http. Kept verbatim for audit, never linked (the kit links https
   * only), so a fact resting on them alone stays `unverified` and its note says why.
   */
  plainHttpUrls: z.optional(z.array(z.string().check(z.regex(/^http:\/\/\S+$/)))),
};

export interface Dated {
  effectiveFrom: string;
  effectiveTo?: string;
  fromPrecision?: Precision;
  toPrecision?: Precision;
}

/** A year- or month-precise date must sit on the first (start) or last (end) day of its period. */
export function precisionConsistent(d: Dated): boolean {
  const from = d.fromPrecision ?? 'day';
  const to = d.toPrecision ?? 'day';
  if (from === 'year' && !d.effectiveFrom.endsWith('-01-01')) return false;
  if (from === 'month' && !d.effectiveFrom.endsWith('-01')) return false;
  if (d.effectiveTo === undefined) return to === 'day';
  if (to === 'year' && !d.effectiveTo.endsWith('-12-31')) return false;
  if (to === 'month' && isIsoDate(d.effectiveTo) && d.effectiveTo !== lastDayOfMonth(d.effectiveTo.slice(0, 7))) return false;
  return true;
}

const precisionCheck = z.refine<Dated>(precisionConsistent, { params: { code: 'frameworks.data.precision' } });

/** Provenance with real calendar dates and the precision fields; each schema below extends it. */
const factSchema = z.safeExtend(provenanceSchema, { effectiveFrom: isoDate, effectiveTo: z.optional(isoDate), ...datedShape });

export const thematicAreaSchema = z.safeExtend(factSchema, {
  id,
  name: localisedTextSchema,
  /** Country chairing the working group, as reported (see note for the year). */
  chair: z.optional(countryCode),
}).check(precisionCheck);

export const civilSocietyEntrySchema = z.safeExtend(factSchema, {
  id,
  way: z.enum(CIVIL_SOCIETY_WAYS),
  /** Where: the meeting, forum or text through which civil society takes part. */
  where: localisedTextSchema,
  /** Organisations the sources name as having taken part (ids in data/organisations.ts). */
  organisations: z.optional(z.array(id)),
}).check(precisionCheck);

export const secretariatSchema = z.safeExtend(factSchema, {
  /** Organisation id or country code hosting the secretariat. */
  host: z.string(),
  place: z.optional(localisedTextSchema),
}).check(precisionCheck);

/** A process or body; `effectiveFrom` is when it was set up. */
export const processSchema = z.safeExtend(factSchema, {
  id,
  name: localisedTextSchema,
  fullName: z.optional(localisedTextSchema),
  kind: z.enum(PROCESS_KINDS),
  /** A committee or forum of a larger body (ACMW and AFML of ASEAN): members of the parent take part. */
  parent: z.optional(id),
  secretariat: z.optional(secretariatSchema),
  /** A member count a source gives when we hold no member list (Bali Process: 49). */
  reportedMemberCount: z.optional(z.number().check(z.int(), z.positive())),
  thematicAreas: z.array(thematicAreaSchema),
  civilSociety: z.array(civilSocietyEntrySchema),
}).check(precisionCheck);

/** A state's (or organisation's) role in a process over a period. */
export const membershipSchema = z.safeExtend(factSchema, {
  process: id,
  country: z.optional(countryCode),
  organisation: z.optional(id),
  role: z.enum(ROLES),
  /** Distinguishes entries from sources that disagree (e.g. member in one, observer in another). */
  variant: z.optional(id),
}).check(
  precisionCheck,
  z.refine((m) => (m.country === undefined) !== (m.organisation === undefined), { params: { code: 'frameworks.data.party' } }),
);

/** An instrument; `effectiveFrom` is its adoption (or, when that is unknown, the first dated step). */
export const instrumentSchema = z.safeExtend(factSchema, {
  id,
  /** Common short name: ICRMW, C189, Cebu Declaration. */
  shortName: z.string().check(z.minLength(1)),
  name: localisedTextSchema,
  kind: z.enum(INSTRUMENT_KINDS),
  /** Process id or organisation id that adopted it. */
  body: id,
  /** Adoption date; absent when the sources do not give it (`effectiveFrom` then says what is dated). */
  adoptedOn: z.optional(isoDate),
  inForceFrom: z.optional(isoDate),
  binding: z.optional(z.boolean()),
  /** Editorial links to the SDK's domains, not a legal classification. */
  topics: z.array(z.enum(TOPICS)),
}).check(precisionCheck);

/** A state's ratification or signature; `effectiveFrom` is its date. */
export const ratificationSchema = z.safeExtend(factSchema, {
  instrument: id,
  country: countryCode,
  act: z.enum(ACTS),
  /** Territorial or other limits (Malaysia's C97 for Sabah only). */
  scope: z.optional(localisedTextSchema),
}).check(precisionCheck);

/** A research finding about several states with no dated act: "no GCC state found". */
export const ratificationFindingSchema = z.safeExtend(factSchema, {
  id,
  instrument: id,
  countries: z.array(countryCode).check(z.minLength(1)),
  finding: z.enum(FINDINGS),
}).check(precisionCheck);

export const gcmObjectiveSchema = z.safeExtend(factSchema, {
  number: z.number().check(z.int(), z.gte(1), z.lte(23)),
  shortTitle: localisedTextSchema,
  /** The full title carries its own provenance: most were written from memory. */
  fullTitle: z.safeExtend(factSchema, { text: localisedTextSchema }),
  topics: z.array(z.enum(TOPICS)),
});

/** A dated moment: a review forum, summit or ministerial meeting. `effectiveFrom`..`effectiveTo` are its days. */
export const frameworkEventSchema = z.safeExtend(factSchema, {
  id,
  name: localisedTextSchema,
  kind: z.enum(EVENT_KINDS),
  process: id,
  host: z.optional(countryCode),
  place: z.optional(localisedTextSchema),
}).check(precisionCheck);

export const organisationSchema = z.object({ id, name: localisedTextSchema, acronym: z.optional(z.string()) });

export type ThematicArea = z.infer<typeof thematicAreaSchema>;
export type CivilSocietyEntry = z.infer<typeof civilSocietyEntrySchema>;
export type Secretariat = z.infer<typeof secretariatSchema>;
export type Process = z.infer<typeof processSchema>;
export type Membership = z.infer<typeof membershipSchema>;
export type Instrument = z.infer<typeof instrumentSchema>;
export type Ratification = z.infer<typeof ratificationSchema>;
export type RatificationFinding = z.infer<typeof ratificationFindingSchema>;
export type GcmObjective = z.infer<typeof gcmObjectiveSchema>;
export type FrameworkEvent = z.infer<typeof frameworkEventSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
