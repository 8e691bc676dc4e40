/**
 * Message ids for the short ids in pathway data. A widget turns a stage, document or safety note
 * into words with these, so the data stays language-free.
 */
import type { Coded } from '../i18n/index.js';
import type { Channel, Cost, Limit, OriginBody, Period, Problem, Remark, Step } from './schema.js';

export const codes = {
  problem: (p: Problem) => `pathways.problem.${p}`,
  category: (c: 'general' | 'domestic') => `pathways.category.${c}`,
  stage: (s: Step['stage']) => `pathways.stage.${s}`,
  condition: (c: NonNullable<Step['condition']>) => `pathways.condition.${c}`,
  channelKind: (k: Channel['kind']) => `pathways.channel.${k}`,
  channelUse: (u: NonNullable<Channel['use']>) => `pathways.channel.use.${u}`,
  channelVia: (v: NonNullable<Channel['via']>) => `pathways.channel.via.${v}`,
  channelDialFrom: (d: NonNullable<Channel['dialFrom']>) => `pathways.channel.dialFrom.${d}`,
  filer: (f: Step['whoMayFile'][number]) => `pathways.whoMayFile.${f}`,
  document: (d: Step['documents'][number]) => `pathways.document.${d}`,
  safety: (s: Step['safetyNotes'][number]) => `pathways.safety.${s}`,
  cost: (c: Cost['kind']) => `pathways.cost.${c}`,
  limit: (k: Limit['kind']) => `pathways.limit.${k}`,
  limitCondition: (c: NonNullable<Limit['condition']>) => `pathways.limit.condition.${c}`,
  protection: (k: string) => `pathways.protection.${k}`,
  remark: (r: Remark) => `pathways.remark.${r}`,
  bodyKind: (k: OriginBody['kind']) => `pathways.body.${k}`,
  where: (w: OriginBody['where']) => `pathways.where.${w}`,
  eligibility: (e: NonNullable<OriginBody['eligibility']>[number]) => `pathways.eligibility.${e}`,
  caveat: (c: string) => `pathways.deadline.caveat.${c}`,
  certainty: (c: 'month' | 'year' | 'unknown-start') => `pathways.certainty.${c}`,
  deadlineStatus: (s: string) => `pathways.deadline.status.${s}`,
  deadlineNeeds: (n: 'incidentOn' | 'employmentEndedOn') => `pathways.deadline.needs.${n}`,
  /** `{ count }`: days until the last day. */
  daysLeft: 'pathways.deadline.daysLeft',
  /** `{ count }`: days since the last day passed. */
  expired: 'pathways.deadline.expired',
  /** `{ amount }`: a cost's `freeUpTo`, formatted. */
  freeUpTo: 'pathways.cost.freeUpTo',
  /** `{ count }`: a limit's `months`. */
  limitMonths: 'pathways.limit.months',
  open24h: 'pathways.channel.open24h',
} as const;

export interface PeriodWords {
  /** e.g. `pathways.period.decide`: "Decision within {duration}, counted from {from}." */
  kind: Coded;
  /** e.g. `pathways.duration.weeks` with `{ count: 3 }`, or `pathways.durationRange.months` with `{ min, max }`. */
  duration: Coded;
  /** e.g. `pathways.from.referral`. */
  from: Coded;
}

/**
 * The codes that say a period. A widget translates `duration` and `from` first, then passes the
 * two texts as the `duration` and `from` parameters of `kind`.
 */
export function describePeriod(period: Period): PeriodWords {
  const duration: Coded =
    period.min === undefined
      ? { code: `pathways.duration.${period.unit}`, params: { count: period.max } }
      : { code: `pathways.durationRange.${period.unit}`, params: { min: period.min, max: period.max, count: period.max } };
  return { kind: { code: `pathways.period.${period.kind}` }, duration, from: { code: `pathways.from.${period.runsFrom}` } };
}
