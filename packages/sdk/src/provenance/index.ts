/**
 * Provenance: every legal figure, deadline, phone number or membership in this SDK is an
 * entry that says where it comes from, when it is in force, and how well it is verified.
 */
import * as z from 'zod/mini';

/** `official`: checked against a government portal, ILO page or law text. `secondary`: only news, law firms or NGO explainers. `unverified`: no source found yet. */
export type Verification = 'official' | 'secondary' | 'unverified';
export const VERIFICATION_LEVELS: readonly Verification[] = ['official', 'secondary', 'unverified'];

export interface Source {
  title: string;
  /** https URL of the page the fact was read from. Never invented. */
  url: string;
  publisher?: string;
  /** ISO date (YYYY-MM-DD) on which the stored copy was read. */
  retrievedOn: string;
}

/** The fields every sourced, effective-dated fact carries. */
export interface Provenance {
  /** First day in force, ISO date. */
  effectiveFrom: string;
  /** Last day in force (inclusive), ISO date; absent while still in force. */
  effectiveTo?: string;
  sources: Source[];
  verification: Verification;
  /** Conflicts between sources, caveats, or why a future date is present. Shown to users. */
  note?: string;
  /** Check code from the research notes (V, V2, U, ⚠), kept for audit. */
  check?: string;
}

export type Sourced<T> = Provenance & { value: T };

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const sourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.string().check(z.regex(/^https:\/\/[^\s]+$/)),
  publisher: z.optional(z.string()),
  retrievedOn: isoDate,
});
export const provenanceSchema = z.object({
  effectiveFrom: isoDate,
  effectiveTo: z.optional(isoDate),
  sources: z.array(sourceSchema),
  verification: z.enum(['official', 'secondary', 'unverified']),
  note: z.optional(z.string()),
  check: z.optional(z.string()),
}).check(
  // A fact with no stored source may exist only as `unverified`, with a note saying so.
  z.refine((p) => p.sources.length > 0 || (p.verification === 'unverified' && !!p.note), {
    message: 'sourceless facts must be unverified and carry a note',
  }),
);

/** True when `entry` is in force on `on` (ISO dates compare correctly as strings). */
export function inForce(entry: Pick<Provenance, 'effectiveFrom' | 'effectiveTo'>, on: string): boolean {
  return entry.effectiveFrom <= on && (entry.effectiveTo === undefined || on <= entry.effectiveTo);
}

/**
 * The entry in force on `on`. When several overlap (they should not for one key), the one
 * that started last wins, as a later law supersedes an earlier one.
 */
export function selectInForce<T extends Pick<Provenance, 'effectiveFrom' | 'effectiveTo'>>(
  entries: readonly T[],
  on: string,
): T | undefined {
  let best: T | undefined;
  for (const e of entries) {
    if (inForce(e, on) && (!best || e.effectiveFrom > best.effectiveFrom)) best = e;
  }
  return best;
}

/** The weakest verification among several facts: a result is only as verified as its weakest input. */
export function weakestVerification(levels: readonly Verification[]): Verification {
  if (levels.includes('unverified')) return 'unverified';
  if (levels.includes('secondary')) return 'secondary';
  return levels.length ? 'official' : 'unverified';
}

/** Sources of several facts, without duplicates (by URL), in first-seen order. */
export function mergeSources(...lists: ReadonlyArray<readonly Source[]>): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const list of lists) for (const s of list) if (!seen.has(s.url)) (seen.add(s.url), out.push(s));
  return out;
}

export interface DataIssue {
  key: string;
  problem: 'schema' | 'overlap' | 'future-without-note' | 'range-inverted';
  detail: string;
}

/**
 * Audits a set of facts: schema (https sources, at least one), inverted ranges, overlapping
 * ranges for the same key, and future effective dates without a note. Data tests call it.
 */
export function auditFacts<T extends Provenance>(
  entries: readonly T[],
  keyOf: (e: T) => string,
  today: string,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const byKey = new Map<string, T[]>();
  for (const e of entries) {
    const key = keyOf(e);
    const parsed = provenanceSchema.safeParse(e);
    if (!parsed.success) issues.push({ key, problem: 'schema', detail: JSON.stringify(parsed.error.issues.map((i) => i.path.join('.'))) });
    if (e.effectiveTo && e.effectiveTo < e.effectiveFrom) issues.push({ key, problem: 'range-inverted', detail: `${e.effectiveFrom}..${e.effectiveTo}` });
    if (e.effectiveFrom > today && !e.note) issues.push({ key, problem: 'future-without-note', detail: e.effectiveFrom });
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  for (const [key, list] of byKey) {
    const sorted = [...list].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (prev.effectiveTo === undefined || prev.effectiveTo >= cur.effectiveFrom) {
        issues.push({ key, problem: 'overlap', detail: `${prev.effectiveFrom} and ${cur.effectiveFrom}` });
      }
    }
  }
  return issues;
}
