/**
 * Turns the pathways module's codes and facts into words in the reader's language. Shared by the
 * element and the copy/print summary so both say a fact the same way.
 */
import { displayNames, listFormat } from '@migrant-rights/sdk/i18n';
import type { Coded } from '@migrant-rights/sdk/i18n';
import { codes, describePeriod, START_NOT_KNOWN, type Cost, type FilingDeadlineResult, type Limit, type Period } from '@migrant-rights/sdk/pathways/core';
import { formatParams } from '../../internal/coded.js';
import type { LocalizeController } from '../../internal/localize.js';
import { asCategory, asProblem } from './pathway-model.js';

/** Says a pathways code: country codes become names, problem and work ids become their words. */
export function say(l10n: LocalizeController, coded: Coded): string {
  const params: Record<string, unknown> = { ...(coded.params ?? {}) };
  for (const key of ['destination', 'origin'] as const) {
    const v = params[key];
    if (typeof v === 'string' && /^[A-Z]{2}$/.test(v)) params[key] = l10n.country(v);
  }
  const problem = asProblem(params['problem']);
  if (problem) params['problem'] = l10n.t(codes.problem(problem));
  const category = asCategory(params['workerCategory']);
  if (category) params['workerCategory'] = l10n.t(codes.category(category));
  return l10n.t(coded.code, formatParams(params, l10n));
}

/** "Decision within 3 weeks of the day the case is sent on." */
export function periodText(l10n: LocalizeController, period: Period): string {
  const words = describePeriod(period);
  return l10n.t(words.kind.code, { duration: l10n.t(words.duration.code, words.duration.params ?? {}), from: l10n.t(words.from.code) });
}

export function costText(l10n: LocalizeController, cost: Cost): string {
  if (cost.kind === 'fee' && cost.amount) return l10n.t(codes.cost('fee'), { amount: l10n.money(cost.amount) });
  if (cost.kind === 'free' && cost.freeUpTo) return l10n.t(codes.freeUpTo, { amount: l10n.money(cost.freeUpTo) });
  return l10n.t(codes.cost(cost.kind));
}

export function limitText(l10n: LocalizeController, limit: Limit): string {
  const parts = [l10n.t(codes.limit(limit.kind), { ...(limit.amount ? { amount: l10n.money(limit.amount) } : {}), ...(limit.count ? { count: limit.count } : {}) })];
  if (limit.months) parts.push(l10n.t(codes.limitMonths, { count: limit.months }));
  if (limit.condition) parts.push(l10n.t(codes.limitCondition(limit.condition)));
  return parts.join(' · ');
}

/** Dated facts as the pathways module stores them (the start may be known only to the month or year, or not at all). */
export interface DatedFact {
  effectiveFrom?: string;
  effectiveFromCertainty?: string | undefined;
  effectiveTo?: string | undefined;
}

/** True when the start day is exact and can be shown as "In force since {date}". */
export function exactStart(p: DatedFact): boolean {
  return !!p.effectiveFrom && p.effectiveFrom !== START_NOT_KNOWN && !p.effectiveFromCertainty;
}

/** The as-of words for a start that is not an exact day: never the placeholder date. */
export function startText(l10n: LocalizeController, p: DatedFact): string | undefined {
  if (!p.effectiveFrom) return undefined;
  if (p.effectiveFromCertainty === 'unknown-start' || p.effectiveFrom === START_NOT_KNOWN) return l10n.t('complaintPathway.startUnknown');
  if (p.effectiveFromCertainty === 'month') return l10n.t(codes.certainty('month'), { date: l10n.date(p.effectiveFrom, { year: 'numeric', month: 'long' }) });
  if (p.effectiveFromCertainty === 'year') return l10n.t(codes.certainty('year'), { date: l10n.date(p.effectiveFrom, { year: 'numeric' }) });
  return l10n.t('provenance.inForceSince', { date: l10n.date(p.effectiveFrom) });
}

/** The one-line answer of a deadline result ("Last day to file: 10 September 2025." or why we cannot say). */
export function deadlineLine(l10n: LocalizeController, d: FilingDeadlineResult): string {
  if (d.status === 'deadline') return l10n.t(codes.deadlineStatus('deadline'), { date: l10n.date(d.lastDay, { dateStyle: 'long' }) });
  return l10n.t(codes.deadlineStatus(d.status));
}

/** Days left, "today is the last day", or how long ago it passed. */
export function countdownText(l10n: LocalizeController, daysLeft: number): string {
  if (daysLeft > 0) return l10n.t(codes.daysLeft, { count: daysLeft });
  if (daysLeft === 0) return l10n.t('complaintPathway.deadline.today');
  return l10n.t(codes.expired, { count: -daysLeft });
}

/** Language names in the reader's language ("Arabic, English, Urdu"). */
export function languageList(l10n: LocalizeController, tags: readonly string[]): string {
  let names: string[];
  try {
    const display = displayNames([l10n.locale], { type: 'language' });
    names = tags.map((tag) => display.of(tag) ?? tag);
  } catch {
    names = [...tags];
  }
  return list(l10n, names);
}

export function list(l10n: LocalizeController, items: readonly string[]): string {
  try {
    return listFormat(l10n.locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The digits of a partner's phone number for a `tel:` link, or '' when it has none. */
export function telOf(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : '';
}

/** A partner's link, only when it is https (anything else is shown as text, never linked). */
export function httpsUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}
