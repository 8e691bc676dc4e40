/**
 * View model of <mr-social-protection>: the choices the person makes (where they work, where they
 * come from, a second country to compare, their kind of work), the countries to offer, and the
 * words for SDK codes. No rule lives here: what covers whom, and the gaps, come from
 * `@migrant-rights/sdk/protection`.
 */
import type { Condition, CountryProtection, CoverageMatrix, DestinationComparison, ProtectionData, WorkerCategory } from '@migrant-rights/sdk/protection/core';
import { DESTINATIONS, ORIGINS, isCountryCode } from '@migrant-rights/sdk/geo';
import type { LocalizeController } from '../../internal/localize.js';
import { collator, listFormat } from '@migrant-rights/sdk/i18n';

/** The rules, their data loaders and wording: `engine.ts`, fetched with the first country's data. */
export type ProtectionEngine = typeof import('./engine.js');
export type { WorkerCategory };

/**
 * The kinds of work the person can choose, in the SDK's order. Listed here so the first screen need
 * not load the rules; the check below fails to compile if the SDK's list ever differs.
 */
export const WORKER_CATEGORIES = ['general', 'domestic'] as const satisfies readonly WorkerCategory[];
type Unlisted = Exclude<WorkerCategory, (typeof WORKER_CATEGORIES)[number]>;
const everyCategoryListed: [Unlisted] extends [never] ? true : never = true;
void everyCategoryListed;

/**
 * Every country the choosers offer, by side, as keys of the data loader. Fetched together by default
 * (a country we hold nothing for resolves to nothing without a request), so the host of the files
 * cannot tell which was chosen. The SDK's data covers a subset of these lists (tested).
 */
export const EVERY_COUNTRY: readonly CountryKey[] = [...DESTINATIONS.map((c) => `destination:${c}` as const), ...ORIGINS.map((c) => `origin:${c}` as const)];

/** The person's current choices, as `mr-change` reports them ('' when not chosen). */
export interface Selection {
  origin: string;
  destination: string;
  compare: string;
  workerCategory: WorkerCategory;
}

/** An ISO 3166-1 alpha-2 code from an attribute or a choice (`my` → `MY`), or '' when it is not one. */
export function asCountry(value: unknown): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return isCountryCode(code) ? code : '';
}

export function asCategory(value: unknown): WorkerCategory {
  return typeof value === 'string' && (WORKER_CATEGORIES as readonly string[]).includes(value) ? (value as WorkerCategory) : 'general';
}

/** The selection as the SDK will be asked: a comparison country equal to the destination is no comparison. */
export function normaliseSelection(raw: { origin: unknown; destination: unknown; compare: unknown; workerCategory: unknown }): Selection {
  const destination = asCountry(raw.destination);
  const compare = asCountry(raw.compare);
  return {
    origin: asCountry(raw.origin),
    destination,
    compare: compare && compare !== destination ? compare : '',
    workerCategory: asCategory(raw.workerCategory),
  };
}

export interface CountryOption {
  code: string;
  name: string;
}

function options(codes: readonly string[], l10n: Pick<LocalizeController, 'country' | 'locale'>, extra: string): CountryOption[] {
  const all = [...new Set([...codes, ...(extra ? [extra] : [])])];
  const byName = collator(l10n.locale);
  return all.map((code) => ({ code, name: l10n.country(code) })).sort((a, b) => byName.compare(a.name, b.name));
}

/** Countries of work the kit serves (every one with protection data among them), named and sorted in the reader's language. */
export function destinationOptions(l10n: Pick<LocalizeController, 'country' | 'locale'>, extra = ''): CountryOption[] {
  return options(DESTINATIONS, l10n, extra);
}

/** Home countries the kit serves (some have no protection data yet: the widget says so). */
export function originOptions(l10n: Pick<LocalizeController, 'country' | 'locale'>, extra = ''): CountryOption[] {
  return options(ORIGINS, l10n, extra);
}

/** A country's protection data, fetched on demand: `destination:MY`, `origin:NP`. */
export type CountryKey = `${'destination' | 'origin'}:${string}`;

/** The countries whose data the selection needs: where they work, where from, and the one to compare. */
export function countryKeys(s: Selection): CountryKey[] {
  if (!s.destination) return [];
  return [`destination:${s.destination}`, ...(s.origin ? [`origin:${s.origin}` as const] : []), ...(s.compare ? [`destination:${s.compare}` as const] : [])];
}

/** The data for the selection, from the countries that have arrived (a country we hold nothing for is left out). */
export function dataFor(engine: ProtectionEngine, s: Selection, arrived: (key: CountryKey) => CountryProtection | undefined): ProtectionData {
  const pick = (keys: CountryKey[]) => Object.fromEntries(keys.flatMap((k) => { const d = arrived(k); return d ? [[k.slice(k.indexOf(':') + 1), d]] : []; }));
  const keys = countryKeys(s);
  return { destinations: pick(keys.filter((k) => k.startsWith('destination:'))), origins: pick(keys.filter((k) => k.startsWith('origin:'))), agreements: engine.AGREEMENTS };
}

/** What the SDK says for the selection on a day; undefined until a destination is chosen. */
export function matrixFor(engine: ProtectionEngine, s: Selection, on: string, data: ProtectionData): CoverageMatrix | undefined {
  if (!s.destination) return undefined;
  return engine.coverageWith({ ...(s.origin ? { origin: s.origin } : {}), destination: s.destination, workerCategory: s.workerCategory, on }, data);
}

/** The side-by-side comparison of the destination and the second country, when one is chosen. */
export function comparisonFor(engine: ProtectionEngine, s: Selection, on: string, data: ProtectionData): DestinationComparison | undefined {
  if (!s.destination || !s.compare) return undefined;
  return engine.compareDestinationsWith([s.destination, s.compare], { ...(s.origin ? { origin: s.origin } : {}), workerCategory: s.workerCategory, on }, data);
}

/** Says a protection code (condition, reason, notice, gap) in the reader's language, amounts and dates included. */
export function sayCondition(engine: ProtectionEngine, l10n: LocalizeController, condition: Condition): string {
  return l10n.t(condition.code, engine.formatConditionParams(condition, l10n.locale));
}

/** Branch names as a list in the reader's language ("Medical care, Sick pay and Maternity"). */
export function branchList(l10n: LocalizeController, branches: readonly string[]): string {
  const names = branches.map((b) => l10n.t(`protection.branch.${b}`));
  return listFormat(l10n.locale, { type: 'conjunction' }).format(names);
}

/** The gaps summary: how many of the nine areas have no known cover, and which. Suitable for advocacy. */
export function gapsSentence(l10n: LocalizeController, m: CoverageMatrix): string {
  const total = m.branches.length; // always the nine
  if (!m.gaps.length) return l10n.t('socialProtection.gaps.none', { total });
  const category = l10n.t(`socialProtection.categoryShort.${m.query.workerCategory}`);
  const destination = l10n.country(m.query.destination);
  const params = { count: m.gaps.length, total, category, destination, branches: branchList(l10n, m.gaps.map((g) => g.branch)) };
  const main = m.query.origin
    ? l10n.t('socialProtection.gaps.withOrigin', { ...params, origin: l10n.country(m.query.origin) })
    : l10n.t('socialProtection.gaps.destinationOnly', params);
  const excluded = m.gaps.filter((g) => g.kind === 'excluded').length;
  return excluded ? `${main} ${l10n.t('socialProtection.gaps.excluded', { count: excluded })}` : main;
}

/** The heading of a result: who, where, when. */
export function resultHeading(l10n: LocalizeController, m: CoverageMatrix): string {
  const params = {
    category: l10n.t(`socialProtection.categoryShort.${m.query.workerCategory}`),
    destination: l10n.country(m.query.destination),
    date: l10n.date(m.query.on, { dateStyle: 'long' }),
  };
  return m.query.origin
    ? l10n.t('socialProtection.heading.withOrigin', { ...params, origin: l10n.country(m.query.origin) })
    : l10n.t('socialProtection.heading.destinationOnly', params);
}

/** How many areas differ between the two destinations, in words. */
export function compareSentence(l10n: LocalizeController, c: DestinationComparison): string {
  const [a = '', b = ''] = c.destinations.map((d) => l10n.country(d));
  const count = c.rows.filter((r) => r.differs).length;
  const total = c.rows.length;
  return count ? l10n.t('socialProtection.compare.summary', { count, total, a, b }) : l10n.t('socialProtection.compare.allSame', { total, a, b });
}
