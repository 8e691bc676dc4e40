/**
 * Complaint pathways: where a migrant worker complains, how, in what order, by when, at what cost,
 * with what documents, and what protects them meanwhile. Every step, channel, limit and period is a
 * sourced, dated fact. Short ids (stages, documents, safety notes…) become words through
 * `pathways.<group>.<id>` messages in the catalogue; names and descriptions are `LocalisedText`.
 */
import * as z from 'zod/mini';
import { provenanceSchema } from '../provenance/index.js';
import { isCurrencyCode } from '../money/index.js';
import { DESTINATIONS } from '../geo/index.js';

export const PROBLEMS = [
  'unpaid-wages',
  'underpayment',
  'end-of-service-unpaid',
  'documents-withheld',
  'contract-substitution',
  'excessive-hours',
  'abuse-violence',
  'change-employer-or-leave',
  'recruitment-fees',
] as const;
export type Problem = (typeof PROBLEMS)[number];

/** Problems that are money claims: the ones statutory filing deadlines are about. */
export const MONEY_PROBLEMS = ['unpaid-wages', 'underpayment', 'end-of-service-unpaid', 'excessive-hours'] as const satisfies readonly Problem[];

export const WORKER_CATEGORIES = ['general', 'domestic'] as const;
export type WorkerCategory = (typeof WORKER_CATEGORIES)[number];

/** Origins this module holds support channels for (a subset of geo's ORIGINS). */
export const PATHWAY_ORIGINS = ['PH', 'NP', 'BD', 'ID', 'LK', 'IN'] as const;
export type PathwayOrigin = (typeof PATHWAY_ORIGINS)[number];

/**
 * How far to trust `effectiveFrom`. Absent: the exact day. `month` / `year`: the research gives only
 * that, and `effectiveFrom` is its first day. `unknown-start`: the research gives no start date (it says
 * "current", or dates only its source); `effectiveFrom` is the placeholder START_NOT_KNOWN and a widget
 * should not show it.
 */
export const DATE_CERTAINTIES = ['month', 'year', 'unknown-start'] as const;
export const START_NOT_KNOWN = '1900-01-01';

export const CHANNEL_KINDS = ['online', 'phone', 'app', 'in-person', 'email'] as const;
/** What a channel is for, where the research says (an information-only line is not for complaints). */
export const CHANNEL_USES = ['complaints', 'information', 'appointments', 'report-violations'] as const;
export const FILERS = ['worker', 'representative', 'community-organiser'] as const;
export type Filer = (typeof FILERS)[number];

export const STAGES = ['support', 'grievance', 'complaint', 'conciliation', 'decision', 'court', 'appeal', 'fund', 'insurance', 'enforcement'] as const;
/** When a step applies; absent means always, in order. */
export const CONDITIONS = [
  'settlement-fails',
  'claim-within-limit',
  'claim-above-limit',
  'decision-challenged',
  'employer-does-not-pay',
  'employer-insolvent',
  'large-employer',
  'optional',
] as const;

export const DOCUMENTS = [
  'passport-details',
  'work-permit',
  'civil-id',
  'valid-id-copy',
  'contact-number',
  'registered-mobile-or-visa-number',
  'contract',
  'payslips',
  'bank-statements',
  'attendance-records',
  'evidence',
  'own-calculation-of-dues',
  'calculation-of-dues-in-arabic',
  'originals-and-copies',
  'claim-form',
  'sworn-statement',
] as const;

/** Advice codes. They state no legal figure (those are sourced facts elsewhere). */
export const SAFETY_NOTES = [
  'keep-copies',
  'absconding-report',
  'confirm-deadline',
  'do-not-sign-blank',
  'keep-reference-number',
] as const;

export const PERIOD_KINDS = ['contact', 'settle', 'refer', 'hearing', 'decide', 'appeal', 'venue-window', 'respond', 'pay'] as const;
export const PERIOD_UNITS = ['days', 'working-days', 'weeks', 'months', 'years'] as const;
export const PERIOD_STARTS = ['filing', 'first-session', 'referral', 'decision-notified', 'settlement-failed', 'claim-arose', 'month-end'] as const;

export const LIMIT_KINDS = ['claim-max', 'claimants-max', 'payment-cap', 'return-ticket-max'] as const;
export const LIMIT_CONDITIONS = ['company-operating', 'company-closed', 'domestic-worker', 'union-or-tmf-mediation', 'most-workers-unpaid'] as const;

export const PROTECTIONS = [
  'interim-wages',
  'temporary-work-permit',
  'wage-insurance',
  'right-to-stay',
  'claim-not-a-crime',
] as const;

/** Remarks about this data (not about the law), so they need no source: `pathways.remark.<id>`. */
export const REMARKS = ['later-steps-not-researched', 'hours-as-wage-claim', 'no-address-in-research'] as const;
export type Remark = (typeof REMARKS)[number];

export const ORIGIN_BODY_KINDS = ['ministry', 'migrant-workers-office', 'labour-attache', 'embassy', 'welfare-fund', 'complaint-body', 'tribunal', 'helpline', 'consular-grievance', 'regulator'] as const;
export const ORIGIN_WHERE = ['abroad', 'home', 'both'] as const;
export const ELIGIBILITY = ['registered-before-departure', 'ecr-workers'] as const;

export const DEADLINE_OUTCOMES = ['limit', 'no-limit-found', 'unverified'] as const;
export const DEADLINE_UNITS = ['years', 'months', 'days'] as const;
export const DEADLINE_ANCHORS = ['incident', 'employment-end'] as const;
/**
 * The date that decides which version of a rule is in force: the end of employment (today while the
 * job goes on), the incident (when the right fell due), or today (when the law gives no transition).
 */
export const DEADLINE_SELECTORS = ['employment-end-or-today', 'incident', 'today'] as const;

const id = z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/));
const httpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/));
const bcp47 = z.string().check(
  z.refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, { message: 'not a BCP 47 tag' }),
);

export const moneySchema = z.object({
  currency: z.string().check(z.refine(isCurrencyCode, { message: 'unknown currency' })),
  minor: z.int().check(z.nonnegative()),
});

/** Mirrors `LocalisedText` from i18n: English required, other locales optional. */
export const localisedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  ar: z.optional(z.string()),
  ne: z.optional(z.string()),
  bn: z.optional(z.string()),
  hi: z.optional(z.string()),
  id: z.optional(z.string()),
  fil: z.optional(z.string()),
});

/** Provenance fields plus how sure the start date is; the kernel's rule on sourceless facts is re-checked. */
const provenanceShape = {
  ...provenanceSchema.shape,
  effectiveFromCertainty: z.optional(z.enum(DATE_CERTAINTIES)),
};
type Dated = { effectiveFrom: string; effectiveFromCertainty?: string | undefined };
const provenanceRules = [
  z.refine<Dated>((v) => provenanceSchema.safeParse(v).success, { message: 'invalid provenance' }),
  z.refine<Dated>((v) => (v.effectiveFrom === START_NOT_KNOWN) === (v.effectiveFromCertainty === 'unknown-start'), {
    message: 'START_NOT_KNOWN goes with unknown-start, and only with it',
  }),
] as const;

export const periodSchema = z
  .object({
    ...provenanceShape,
    kind: z.enum(PERIOD_KINDS),
    /** Shortest time, when the source gives a range ("1–3 months"). */
    min: z.optional(z.int().check(z.positive())),
    max: z.int().check(z.positive()),
    unit: z.enum(PERIOD_UNITS),
    runsFrom: z.enum(PERIOD_STARTS),
  })
  .check(...provenanceRules, z.refine((p) => p.min === undefined || p.min < p.max, { message: 'min < max' }));
export type Period = z.infer<typeof periodSchema>;

export const limitSchema = z
  .object({
    ...provenanceShape,
    id,
    kind: z.enum(LIMIT_KINDS),
    amount: z.optional(moneySchema),
    count: z.optional(z.int().check(z.positive())),
    /** Months of wages a payment covers at most (Qatar WSIF, Saudi wage insurance). */
    months: z.optional(z.int().check(z.positive())),
    condition: z.optional(z.enum(LIMIT_CONDITIONS)),
    /** The date that picks the version in force: when the claim arose (Hong Kong MECAB), or filing. */
    keyedOn: z.enum(['claim-arose', 'filing']),
  })
  .check(...provenanceRules, z.refine((l) => l.amount !== undefined || l.count !== undefined, { message: 'amount or count' }));
export type Limit = z.infer<typeof limitSchema>;

export const costSchema = z
  .object({
    ...provenanceShape,
    kind: z.enum(['free', 'fee', 'unknown']),
    amount: z.optional(moneySchema),
    /** Free only for claims up to this amount (UAE judicial fees). */
    freeUpTo: z.optional(moneySchema),
  })
  .check(...provenanceRules, z.refine((c) => (c.kind === 'fee') === (c.amount !== undefined), { message: 'a fee has an amount' }));
export type Cost = z.infer<typeof costSchema>;

/** The `tel:` / `sms:` form must be the written number's digits, so a typo cannot hide in one of them. */
const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

export const channelSchema = z
  .object({
    ...provenanceShape,
    id,
    kind: z.enum(CHANNEL_KINDS),
    name: localisedTextSchema,
    use: z.optional(z.enum(CHANNEL_USES)),
    /** The service's own page, only when the research gives it. */
    url: z.optional(httpsUrl),
    /** An address the research gives without a scheme (e.g. `siskop2mi.bp2mi.go.id`): shown, not linked. */
    webAddress: z.optional(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/))),
    /** The number as the research writes it. */
    phone: z.optional(z.string().check(z.regex(/^\+?[\d][\d -]*\d$/))),
    tel: z.optional(z.string().check(z.regex(/^tel:\+?\d+$/))),
    sms: z.optional(z.string().check(z.regex(/^sms:\+?\d+$/))),
    /** Messaging on `phone` (SMS) or through an `app` (WhatsApp). */
    via: z.optional(z.enum(['sms', 'whatsapp'])),
    /** Which network the number is for: calls from inside the country or from abroad. */
    dialFrom: z.optional(z.enum(['in-country', 'abroad'])),
    email: z.optional(z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/))),
    place: z.optional(localisedTextSchema),
    languages: z.optional(z.array(bcp47)),
    open24h: z.optional(z.boolean()),
  })
  .check(
    ...provenanceRules,
    z.refine((c) => c.tel === undefined || (c.phone !== undefined && c.tel === `tel:${dialable(c.phone)}`), { message: 'tel: must match phone' }),
    z.refine((c) => c.sms === undefined || (c.phone !== undefined && c.sms === `sms:${dialable(c.phone)}`), { message: 'sms: must match phone' }),
    z.refine((c) => c.kind !== 'phone' || c.phone !== undefined, { message: 'a phone channel has a number' }),
    z.refine((c) => c.kind !== 'email' || c.email !== undefined, { message: 'an email channel has an address' }),
    z.refine((c) => c.kind !== 'in-person' || c.place !== undefined, { message: 'an in-person channel has a place' }),
  );
export type Channel = z.infer<typeof channelSchema>;

export const stepSchema = z
  .object({
    ...provenanceShape,
    /** Stable within a pathway; versions of one step (effective-dated) share it. */
    id,
    stage: z.enum(STAGES),
    condition: z.optional(z.enum(CONDITIONS)),
    body: localisedTextSchema,
    /** What the worker does at this step, in a few words. */
    action: localisedTextSchema,
    channels: z.array(channelSchema),
    whoMayFile: z.array(z.enum(FILERS)).check(z.minLength(1)),
    documents: z.array(z.enum(DOCUMENTS)),
    cost: costSchema,
    limits: z.array(limitSchema),
    timeLimits: z.object({
      /** Keys of the deadline rules (country data `deadlines`) that govern filing at this step. */
      filingDeadline: z.optional(z.array(z.string())),
      periods: z.array(periodSchema),
    }),
    /** Languages the step is offered in (BCP 47); absent when the research does not say. */
    languages: z.optional(z.array(bcp47)),
    whatToExpect: localisedTextSchema,
    safetyNotes: z.array(z.enum(SAFETY_NOTES)),
  })
  .check(...provenanceRules);
export type Step = z.infer<typeof stepSchema>;

/** A protection while the case runs; money figures also go in `limits` so a widget can format them. */
export const protectionSchema = z
  .object({
    ...provenanceShape,
    id,
    kind: z.enum(PROTECTIONS),
    text: localisedTextSchema,
    limits: z.array(limitSchema),
  })
  .check(...provenanceRules);
export type Protection = z.infer<typeof protectionSchema>;

/** A sourced caveat on a whole pathway (e.g. UAE free zones). */
export const noticeSchema = z
  .object({ ...provenanceShape, id, text: localisedTextSchema })
  .check(...provenanceRules);
export type Notice = z.infer<typeof noticeSchema>;

export const pathwaySchema = z.object({
  id,
  destination: z.enum(DESTINATIONS),
  workerCategory: z.enum(WORKER_CATEGORIES),
  problems: z.array(z.enum(PROBLEMS)).check(z.minLength(1)),
  steps: z.array(stepSchema).check(z.minLength(1)),
  protections: z.array(protectionSchema),
  notices: z.array(noticeSchema),
  remarks: z.array(z.enum(REMARKS)),
});
export type Pathway = z.infer<typeof pathwaySchema>;

export const deadlineRuleSchema = z
  .object({
    ...provenanceShape,
    /** Versions of one rule share a key and must not overlap in time. */
    key: z.string().check(z.regex(/^[a-z]{2}\.[a-z0-9.-]+$/)),
    workerCategories: z.array(z.enum(WORKER_CATEGORIES)).check(z.minLength(1)),
    problems: z.array(z.enum(PROBLEMS)).check(z.minLength(1)),
    outcome: z.enum(DEADLINE_OUTCOMES),
    length: z.optional(z.object({ amount: z.int().check(z.positive()), unit: z.enum(DEADLINE_UNITS) })),
    runsFrom: z.optional(z.enum(DEADLINE_ANCHORS)),
    /** true: only while the worker is still employed; false: only once the job has ended. */
    whileEmployed: z.optional(z.boolean()),
    selectedBy: z.enum(DEADLINE_SELECTORS),
    /** Advice codes shown with the result (`pathways.deadline.caveat.<id>`). */
    caveats: z.array(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  })
  .check(
    ...provenanceRules,
    z.refine((r) => (r.outcome === 'limit' ? r.length !== undefined && r.runsFrom !== undefined : true), { message: 'a limit has a length and an anchor' }),
    z.refine((r) => (r.length === undefined) === (r.runsFrom === undefined), { message: 'length and runsFrom go together' }),
    z.refine((r) => r.outcome !== 'no-limit-found' || r.length === undefined, { message: 'no-limit-found has no length' }),
  );
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

export const destinationDataSchema = z.object({
  destination: z.enum(DESTINATIONS),
  pathways: z.array(pathwaySchema),
  deadlines: z.array(deadlineRuleSchema),
});
export type DestinationData = z.infer<typeof destinationDataSchema>;

export const originBodySchema = z
  .object({
    ...provenanceShape,
    id,
    kind: z.enum(ORIGIN_BODY_KINDS),
    name: localisedTextSchema,
    /** What it does for a worker, from the research. */
    role: localisedTextSchema,
    where: z.enum(ORIGIN_WHERE),
    channels: z.array(channelSchema),
    whoMayFile: z.array(z.enum(FILERS)).check(z.minLength(1)),
    /** Problems the research says it deals with; absent means general help. */
    handles: z.optional(z.array(z.enum(PROBLEMS))),
    eligibility: z.optional(z.array(z.enum(ELIGIBILITY))),
    periods: z.array(periodSchema),
    filingDeadline: z.optional(z.array(z.string())),
  })
  .check(...provenanceRules);
export type OriginBody = z.infer<typeof originBodySchema>;

export const originSupportSchema = z.object({
  origin: z.enum(PATHWAY_ORIGINS),
  bodies: z.array(originBodySchema).check(z.minLength(1)),
  deadlines: z.array(deadlineRuleSchema),
});
export type OriginSupport = z.infer<typeof originSupportSchema>;
