/**
 * The coverage matrix: for an origin–destination pair, a worker category and a date, what each of
 * the nine C102 branches gives the worker on each side, the best of it, and the gaps. Pure.
 */
import type { IsoDate } from '../dates/index.js';
import { isIsoDate } from '../dates/index.js';
import { isCountryCode } from '../geo/index.js';
import type { LocalisedText } from '../i18n/index.js';
import type { Source, Verification } from '../provenance/index.js';
import { inForce, weakestVerification } from '../provenance/index.js';
import type { GapKind } from './levels.js';
import { bestLevel, compareLevels, gapKind, isGapLevel } from './levels.js';
import type {
  Agreement,
  Branch,
  Condition,
  CountryProtection,
  CoverageLevel,
  DateCertainty,
  ProtectionData,
  ExtraKind,
  Scheme,
  Side,
  WorkerCategory,
} from './schema.js';
import { BRANCHES, WORKER_CATEGORIES } from './schema.js';

export interface CoverageQuery {
  /** ISO 3166-1 alpha-2 country of origin; optional (the destination alone still gives a matrix). */
  origin?: string;
  /** ISO 3166-1 alpha-2 country of work. */
  destination: string;
  workerCategory: WorkerCategory;
  /** The day the question is about (usually today). */
  on: IsoDate;
}

/** The provenance of the fact behind a cell, for "sources" and "as of" in a widget. */
export interface FactProvenance {
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  effectiveFromCertainty?: DateCertainty;
  sources: Source[];
  verification: Verification;
  note?: string;
  check?: string;
}

export interface SchemeRef {
  id: string;
  name: LocalisedText;
  note?: string;
}

/** One fact used in a cell: a scheme's entry, or a finding such as "no scheme found". */
export interface CoverageItem extends FactProvenance {
  /** Absent for findings, which belong to no scheme. */
  scheme?: SchemeRef;
  country: string;
  side: Side;
  level: CoverageLevel;
  conditions: Condition[];
  /** For findings: why (e.g. `protection.reason.noSchemeFound`). */
  reason?: Condition;
}

export interface SideCoverage {
  country: string;
  /** The best level among `items`; `unknown` when there are none. */
  level: CoverageLevel;
  /** Best first. */
  items: CoverageItem[];
  /** Present when `items` is empty: why nothing is known. */
  reason?: Condition;
}

export interface BranchCoverage {
  branch: Branch;
  destination: SideCoverage;
  /** Absent when no origin was given. */
  origin?: SideCoverage;
  /** The best level on either side. */
  best: CoverageLevel;
  gap: boolean;
}

/** A branch with no known cover on any side: the finding an advocate needs. */
export interface Gap extends Condition {
  branch: Branch;
  kind: GapKind;
  destinationLevel: CoverageLevel;
  originLevel?: CoverageLevel;
}

export interface ExtraCoverage extends FactProvenance {
  kind: ExtraKind;
  scheme: SchemeRef;
  country: string;
  side: Side;
  conditions: Condition[];
}

export type AgreementMatchKind = 'global' | 'both-parties' | 'one-party' | 'if-origin-is-party';

export interface AgreementMatch {
  agreement: Agreement;
  match: AgreementMatchKind;
  /** `protection.agreement.match.<match>`, to say how it reaches this pair. */
  code: string;
}

export interface CoverageMatrix {
  /** The query as understood (countries upper-cased). */
  query: { origin?: string; destination: string; workerCategory: string; on: string };
  /** False when the query had problems: then every branch is `unknown` and no gap is claimed. */
  valid: boolean;
  problems: Condition[];
  /** Not errors: e.g. a country we hold no data for. */
  notices: Condition[];
  /** Always the nine branches, in C102 order. */
  branches: BranchCoverage[];
  gaps: Gap[];
  /** Protections outside the nine branches (unpaid wages, repatriation, …). */
  extras: ExtraCoverage[];
  agreements: AgreementMatch[];
  /** The weakest verification among the facts used: a matrix is only as verified as its weakest cell. */
  verification: Verification;
}

/** Returns the protection matrix under the given data. Never throws: bad input comes back as `problems`. */
export function coverageWith(query: CoverageQuery, data: ProtectionData): CoverageMatrix {
  const q = normalise(query);
  const problems = validate(q);
  if (problems.length) return invalidMatrix(q, problems);

  const { destination, origin, on } = q;
  const category = q.workerCategory as WorkerCategory; // checked by validate()
  const destinationData = data.destinations[destination];
  const originData = origin ? data.origins[origin] : undefined;
  const notices: Condition[] = [];
  if (!destinationData) notices.push({ code: 'protection.notice.destinationNotResearched', countries: { country: destination } });
  if (origin && !originData) notices.push({ code: 'protection.notice.originNotResearched', countries: { country: origin } });

  const branches = BRANCHES.map((branch): BranchCoverage => {
    const dest = sideCoverage(destinationData, destination, origin, branch, category, on);
    const orig = origin ? sideCoverage(originData, origin, destination, branch, category, on) : undefined;
    const levels = orig ? [dest.level, orig.level] : [dest.level];
    return {
      branch,
      destination: dest,
      ...(orig && { origin: orig }),
      best: bestLevel(levels),
      gap: levels.every(isGapLevel),
    };
  });

  return {
    query: q,
    valid: true,
    problems: [],
    notices,
    branches,
    gaps: branches.filter((b) => b.gap).map(toGap),
    extras: [...extrasOf(destinationData, origin, category, on), ...extrasOf(originData, destination, category, on)],
    agreements: matchAgreements(data.agreements, destination, origin, on),
    verification: weakestVerification(branches.flatMap((b) => [...b.destination.items, ...(b.origin?.items ?? [])]).map((i) => i.verification)),
  };
}

export interface DestinationComparison {
  destinations: string[];
  matrices: CoverageMatrix[];
  /** One row per branch: each destination's best level, and whether they differ. */
  rows: { branch: Branch; levels: CoverageLevel[]; differs: boolean }[];
}

/** Side by side: the same worker and date in two or more destinations, under the given data. */
export function compareDestinationsWith(destinations: readonly string[], query: Omit<CoverageQuery, 'destination'>, data: ProtectionData): DestinationComparison {
  const list = Array.isArray(destinations) ? destinations : [];
  const matrices = list.map((destination) => coverageWith({ ...query, destination }, data));
  const rows = BRANCHES.map((branch, i) => {
    const levels = matrices.map((m) => m.branches[i]?.best ?? 'unknown');
    return { branch, levels, differs: new Set(levels).size > 1 };
  });
  return { destinations: matrices.map((m) => m.query.destination), matrices, rows };
}

interface NormalisedQuery {
  origin?: string;
  destination: string;
  workerCategory: string;
  on: string;
}

function normalise(query: CoverageQuery | null | undefined): NormalisedQuery {
  const raw = (query ?? {}) as Partial<Record<keyof CoverageQuery, unknown>>;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const origin = text(raw.origin).toUpperCase();
  return {
    ...(origin && { origin }),
    destination: text(raw.destination).toUpperCase(),
    workerCategory: text(raw.workerCategory),
    on: text(raw.on),
  };
}

function validate(q: NormalisedQuery): Condition[] {
  const problems: Condition[] = [];
  if (!isCountryCode(q.destination)) problems.push({ code: 'protection.problem.destination' });
  if (q.origin !== undefined && !isCountryCode(q.origin)) problems.push({ code: 'protection.problem.origin' });
  if (!(WORKER_CATEGORIES as readonly string[]).includes(q.workerCategory)) problems.push({ code: 'protection.problem.workerCategory' });
  if (!isIsoDate(q.on)) problems.push({ code: 'protection.problem.date' });
  return problems;
}

function invalidMatrix(q: NormalisedQuery, problems: Condition[]): CoverageMatrix {
  const unknownSide = (country: string): SideCoverage => ({ country, level: 'unknown', items: [], reason: { code: 'protection.reason.invalidQuery' } });
  return {
    query: q,
    valid: false,
    problems,
    notices: [],
    branches: BRANCHES.map((branch) => ({
      branch,
      destination: unknownSide(q.destination),
      ...(q.origin && { origin: unknownSide(q.origin) }),
      best: 'unknown',
      gap: false,
    })),
    gaps: [],
    extras: [],
    agreements: [],
    verification: 'unverified',
  };
}

/** A bilateral scheme applies only when the other country of the pair is its partner. */
function reachesPair(scheme: Scheme, otherCountry: string | undefined): boolean {
  return scheme.side !== 'bilateral' || (otherCountry !== undefined && scheme.partner === otherCountry);
}

function appliesTo(categories: readonly WorkerCategory[] | undefined, scheme: Scheme | undefined, category: WorkerCategory): boolean {
  return (categories ?? scheme?.workerCategories ?? []).includes(category);
}

function provenanceOf(fact: FactProvenance): FactProvenance {
  const { effectiveFrom, effectiveTo, effectiveFromCertainty, sources, verification, note, check } = fact;
  return {
    effectiveFrom,
    ...(effectiveTo && { effectiveTo }),
    ...(effectiveFromCertainty && { effectiveFromCertainty }),
    sources,
    verification,
    ...(note && { note }),
    ...(check && { check }),
  };
}

function schemeRef(scheme: Scheme): SchemeRef {
  return { id: scheme.id, name: scheme.name, ...(scheme.note && { note: scheme.note }) };
}

/** Everything on one side for one branch, whatever the date: used to explain an empty cell. */
function branchFacts(data: CountryProtection, branch: Branch, category: WorkerCategory, otherCountry: string | undefined) {
  const fromSchemes = data.schemes.filter((scheme) => reachesPair(scheme, otherCountry)).flatMap((scheme) =>
    scheme.branches.filter((e) => e.branch === branch && appliesTo(e.workerCategories, scheme, category)).map((entry) => ({ scheme, entry })),
  );
  const findings = data.findings.filter((f) => f.branch === branch && f.workerCategories.includes(category));
  return { fromSchemes, findings };
}

function sideCoverage(
  data: CountryProtection | undefined,
  country: string,
  otherCountry: string | undefined,
  branch: Branch,
  category: WorkerCategory,
  on: IsoDate,
): SideCoverage {
  if (!data) return { country, level: 'unknown', items: [], reason: { code: 'protection.reason.countryNotResearched', countries: { country } } };
  const { fromSchemes, findings } = branchFacts(data, branch, category, otherCountry);
  const items: CoverageItem[] = [
    ...fromSchemes
      .filter(({ scheme, entry }) => inForce(scheme, on) && inForce(entry, on))
      .map(({ scheme, entry }) => ({
        ...provenanceOf(entry),
        scheme: schemeRef(scheme),
        country: scheme.country,
        side: scheme.side,
        level: entry.level,
        conditions: entry.conditions,
      })),
    ...findings
      .filter((f) => inForce(f, on))
      .map((f) => ({ ...provenanceOf(f), country: f.country, side: f.side, level: f.level, conditions: f.conditions, reason: f.reason })),
  ];
  if (items.length) {
    const sorted = [...items].sort((a, b) => compareLevels(a.level, b.level));
    return { country, level: bestLevel(items.map((i) => i.level)), items: sorted };
  }
  // Nothing in force: say whether facts only start later (e.g. from a lower-bound date) or none exist.
  const next = nextStart(fromSchemes, findings, on);
  const reason: Condition = next
    ? { code: 'protection.reason.beforeFirstKnownDate', dates: { from: next } }
    : { code: 'protection.reason.notResearched' };
  return { country, level: 'unknown', items: [], reason };
}

/** The first day after `on` from which some fact for this cell is in force, if any. */
function nextStart(
  fromSchemes: readonly { scheme: Scheme; entry: { effectiveFrom: IsoDate } }[],
  findings: readonly { effectiveFrom: IsoDate }[],
  on: IsoDate,
): IsoDate | undefined {
  const starts = [
    ...fromSchemes.map(({ scheme, entry }) => (scheme.effectiveFrom > entry.effectiveFrom ? scheme.effectiveFrom : entry.effectiveFrom)),
    ...findings.map((f) => f.effectiveFrom),
  ].filter((from) => from > on);
  return starts.sort()[0];
}

function toGap(row: BranchCoverage): Gap {
  const levels = row.origin ? [row.destination.level, row.origin.level] : [row.destination.level];
  const kind = gapKind(levels);
  return {
    code: `protection.gap.${kind}`,
    branch: row.branch,
    kind,
    destinationLevel: row.destination.level,
    ...(row.origin && { originLevel: row.origin.level }),
  };
}

function extrasOf(data: CountryProtection | undefined, otherCountry: string | undefined, category: WorkerCategory, on: IsoDate): ExtraCoverage[] {
  if (!data) return [];
  return data.schemes
    .filter((scheme) => inForce(scheme, on) && scheme.workerCategories.includes(category) && reachesPair(scheme, otherCountry))
    .flatMap((scheme) =>
      scheme.extras
        .filter((e) => inForce(e, on) && appliesTo(e.workerCategories, scheme, category))
        .map((e) => ({ ...provenanceOf(e), kind: e.kind, scheme: schemeRef(scheme), country: scheme.country, side: scheme.side, conditions: e.conditions })),
    );
}

function matchAgreements(agreements: readonly Agreement[], destination: string, origin: string | undefined, on: IsoDate): AgreementMatch[] {
  const matches: AgreementMatch[] = [];
  for (const agreement of agreements) {
    if (!inForce(agreement, on)) continue;
    const parties = inForce(agreement.parties, on) ? agreement.parties.countries : [];
    const match = matchKind(agreement, parties, destination, origin);
    if (match) matches.push({ agreement, match, code: `protection.agreement.match.${match}` });
  }
  return matches;
}

function matchKind(agreement: Agreement, parties: readonly string[], destination: string, origin: string | undefined): AgreementMatchKind | undefined {
  const destinationIn = parties.includes(destination);
  const originIn = origin !== undefined && parties.includes(origin);
  switch (agreement.reach) {
    case 'all':
      return 'global';
    case 'either':
      return destinationIn || originIn ? 'one-party' : undefined;
    case 'both':
      if (destinationIn && originIn) return 'both-parties';
      return destinationIn && origin === undefined ? 'if-origin-is-party' : undefined;
  }
}
