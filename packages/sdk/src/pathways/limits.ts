/**
 * Money limits of a step (claim ceilings, payment caps) in force for a claim. Each limit says which
 * date picks its version: Hong Kong's MECAB ceiling follows the day the claim arose (HK$8,000 before
 * 17 Sep 2021, HK$15,000 from then), the others the filing date.
 */
import { isIsoDate, type IsoDate } from '../dates/index.js';
import type { Coded } from '../i18n/index.js';
import { inForce } from '../provenance/index.js';
import type { Limit } from './schema.js';

export interface LimitDates {
  /** The day the claim arose; needed for limits keyed on it. */
  claimAroseOn?: IsoDate;
  /** The day of filing (today for a claim about to be filed). */
  filedOn: IsoDate;
}

export type LimitsResult =
  | { status: 'ok'; limits: Limit[] }
  /** Some limits depend on a date we were not given; `limits` holds the ones we could decide. */
  | { status: 'needs-date'; needs: Array<'claimAroseOn'>; limits: Limit[] }
  | { status: 'invalid'; problems: Coded[] };

export function limitsInForce(limits: readonly Limit[], dates: LimitDates): LimitsResult {
  const problems: Coded[] = [];
  if (!isIsoDate(dates?.filedOn)) problems.push({ code: 'pathways.error.date', params: { field: 'filedOn' } });
  if (dates?.claimAroseOn !== undefined && !isIsoDate(dates.claimAroseOn)) problems.push({ code: 'pathways.error.date', params: { field: 'claimAroseOn' } });
  if (problems.length) return { status: 'invalid', problems };
  if (dates.claimAroseOn !== undefined && dates.claimAroseOn > dates.filedOn) return { status: 'invalid', problems: [{ code: 'pathways.error.claimAfterFiling' }] };

  let missing = false;
  const out: Limit[] = [];
  for (const limit of limits) {
    const on = limit.keyedOn === 'claim-arose' ? dates.claimAroseOn : dates.filedOn;
    if (on === undefined) missing = true;
    else if (inForce(limit, on)) out.push(limit);
  }
  return missing ? { status: 'needs-date', needs: ['claimAroseOn'], limits: out } : { status: 'ok', limits: out };
}
