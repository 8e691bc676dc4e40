/**
 * View model of <mr-frameworks-explorer>: the choices the person makes (view, country, topic,
 * date), the countries to offer, and how the SDK's results are grouped for display. No rule lives
 * here: who is a member of what, and what was ratified when, comes from `@migrant-rights/sdk/frameworks`,
 * fetched with the answers (`engine.ts`). The choices come from its tiny `choices` entry.
 */
import { FRAMEWORK_COUNTRIES, TOPICS, isTopic, type Topic } from '@migrant-rights/sdk/frameworks/choices';
import type { MembershipConflict, RoleOnDate, Process } from '@migrant-rights/sdk/frameworks';
import { DESTINATIONS, ORIGINS, isCountryCode } from '@migrant-rights/sdk/geo';
import { collator } from '@migrant-rights/sdk/i18n';
import type { Params } from '@migrant-rights/sdk/i18n';
import type { LocalizeController } from '../../internal/localize.js';

export const MODES = ['country', 'topic'] as const;
export type Mode = (typeof MODES)[number];

export function isMode(value: unknown): value is Mode {
  return (MODES as readonly unknown[]).includes(value);
}

export { TOPICS };
export type { Topic };

export function asTopic(value: unknown): Topic | '' {
  return isTopic(value) ? value : '';
}

/** The catalogue key naming a topic on the first screen (the same words as the SDK's `frameworks.topic.*`). */
export function topicLabel(topic: Topic): string {
  return `frameworksExplorer.topic.${topic}`;
}

/** The widget each topic hands the person over to. */
export type HandOff = 'fee-checker' | 'wage-calculator' | 'complaint-pathway' | 'social-protection' | 'case-form';
export const HAND_OFF: Readonly<Record<Topic, HandOff>> = {
  fees: 'fee-checker',
  wages: 'wage-calculator',
  pathways: 'complaint-pathway',
  protection: 'social-protection',
  cases: 'case-form',
};

/** An ISO 3166-1 alpha-2 code from an attribute or a choice (`np` → `NP`), or '' when it is not one. */
export function asCountry(value: unknown): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return isCountryCode(code) ? code : '';
}

let known: readonly string[] | undefined;

/**
 * Every country the SDK holds a framework fact about (a role, a ratification or a research
 * finding), plus the origin and destination countries the kit serves. Known without the data.
 */
export function knownCountries(): readonly string[] {
  known ??= [...new Set<string>([...ORIGINS, ...DESTINATIONS, ...FRAMEWORK_COUNTRIES])].sort();
  return known;
}

export interface CountryOption {
  code: string;
  name: string;
}

/** Countries named in the reader's language and sorted in its order; `extra` (a preset) is added if missing. */
export function countryOptions(l10n: Pick<LocalizeController, 'country' | 'locale'>, extra = ''): CountryOption[] {
  const codes = extra && !knownCountries().includes(extra) ? [...knownCountries(), extra] : knownCountries();
  const byName = collator(l10n.locale);
  return codes.map((code) => ({ code, name: l10n.country(code) })).sort((a, b) => byName.compare(a.name, b.name));
}

/**
 * A date as precise as the SDK knows it ('2024', '2024-05' or '2024-05-01') in the reader's
 * words: "2024", "May 2024", "1 May 2024". Never pretends to know a day it does not.
 */
export function formatTrimmedDate(value: string, l10n: Pick<LocalizeController, 'date'>): string {
  if (/^\d{4}$/.test(value)) return l10n.date(`${value}-01-01`, { year: 'numeric' });
  if (/^\d{4}-\d{2}$/.test(value)) return l10n.date(`${value}-01`, { year: 'numeric', month: 'long' });
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return l10n.date(value);
  return value;
}

/** Formats the date params of an SDK code (`frameworks.period.*`) for the catalogue. */
export function formatDateParams(params: Params | undefined, l10n: Pick<LocalizeController, 'date'>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string') out[key] = formatTrimmedDate(value, l10n);
    else if (typeof value === 'number') out[key] = value;
  }
  return out;
}

export interface ProcessGroup {
  process: Process;
  entries: RoleOnDate[];
  /** Set when sources disagree about the country's place in this process. */
  conflict?: MembershipConflict;
}

/** The country's roles grouped by process, in the SDK's order; a disputed process carries its conflict. */
export function groupByProcess(roles: readonly RoleOnDate[], conflicts: readonly MembershipConflict[]): ProcessGroup[] {
  const groups: ProcessGroup[] = [];
  for (const role of roles) {
    let group = groups.find((g) => g.process.id === role.process.id);
    if (!group) {
      const conflict = conflicts.find((c) => c.process.id === role.process.id);
      group = { process: role.process, entries: [], ...(conflict ? { conflict } : {}) };
      groups.push(group);
    }
    group.entries.push(role);
  }
  return groups;
}
