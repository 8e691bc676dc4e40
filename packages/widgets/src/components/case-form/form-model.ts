/**
 * The case form as typed text. Everything the person typed stays as typed (nothing is lost on an
 * error or when jumping between parts). Its translation into the SDK's case, checked with the SDK's
 * `validateCase`, is in `form-check.ts`, which comes with the engine (`engine.ts`) when the person
 * first uses the form: this file is what the first screen needs, with no schema.
 *
 * Field ids are dotted paths into the form (`worker.pseudonym`, `violations.0.period.from`); they
 * follow the case schema's paths except for amounts, where the typed number and its currency are
 * two fields (`violations.0.amount`, `violations.0.currency`).
 */
import { normaliseDigits } from '@migrant-rights/sdk/money';
import type { CaseStatus, ConsentScope, ViolationType } from '@migrant-rights/sdk/cases/choices';
import type { Params } from '@migrant-rights/sdk/i18n';
import type { Money } from '@migrant-rights/sdk/money';
import type { AnonymisationLevel } from '@migrant-rights/sdk/cases/choices';

export type ExportFormat = 'json' | 'csv' | 'encrypted';

export interface MrExportDetail {
  format: ExportFormat;
  /** How many cases the file holds. The cases themselves are never in the event (read `cases`). */
  count: number;
  /** The anonymisation level applied, if any. */
  anonymised?: AnonymisationLevel;
}

export type MrCaseNavigateDetail =
  | {
      to: 'wage-calculator';
      destination: string;
      workerCategory: 'general' | 'domestic';
      /** Earliest start and latest end of the wage-theft violations, as recorded (partial dates). */
      period?: { from: string; to?: string };
      /** The contract's basic monthly wage, when recorded. */
      basicMonthly?: Money;
    }
  | {
      to: 'complaint-pathway';
      destination: string;
      workerCategory: 'general' | 'domestic';
      /** A pathway problem id, from the first violation that has a pathway. */
      problem: string;
    };

/** A file made for the person to save (a blob: URL, revoked when dropped). */
export interface Download {
  url: string;
  file: string;
  format: ExportFormat;
  count: number;
  anonymised?: AnonymisationLevel;
}

export const SECTIONS = ['consent', 'worker', 'journey', 'violations', 'actions', 'referrals', 'status', 'export'] as const;
export type Section = (typeof SECTIONS)[number];

export interface ViolationDraft {
  type: ViolationType | '';
  period: { from: string; to: string };
  amount: string;
  currency: string;
}
export interface ActionDraft {
  body: string;
  filedOn: string;
  outcome: string;
  /** A pathway problem id (`unpaid-wages`…); the pathway's destination is the journey's. */
  problem: string;
}
export interface ReferralDraft {
  kind: string;
  organisation: string;
  on: string;
}

export interface CaseForm {
  /** The case's random id (the SDK's `newCaseId`); empty until the engine that makes it has arrived. */
  id: string;
  createdOn: string;
  consent: { given: boolean; scope: ConsentScope | ''; givenOn: string };
  worker: {
    pseudonym: string;
    gender: string;
    ageBand: string;
    nationality: string;
    occupation: string;
    sector: string;
    migrationStatus: string;
    identifiers: { name: string; passportNo: string; phone: string };
  };
  journey: {
    origin: string;
    originPlace: string;
    destination: string;
    destinationPlace: string;
    recruiter: string;
    subAgent: string;
    departureOn: string;
    arrivalOn: string;
    contract: { signedOn: string; basicMonthly: string; currency: string; substituted: '' | 'yes' | 'no' };
  };
  violations: ViolationDraft[];
  actions: ActionDraft[];
  referrals: ReferralDraft[];
  status: CaseStatus;
}

/** Today's date on this device (YYYY-MM-DD, local calendar: the day the leader is living). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A blank case form; `id` is the SDK's `newCaseId()` once the engine is here (empty until then). */
export function emptyForm(today = todayIso(), id = ''): CaseForm {
  return {
    id,
    createdOn: today,
    consent: { given: false, scope: '', givenOn: today },
    worker: {
      pseudonym: '',
      gender: '',
      ageBand: '',
      nationality: '',
      occupation: '',
      sector: '',
      migrationStatus: '',
      identifiers: { name: '', passportNo: '', phone: '' },
    },
    journey: {
      origin: '',
      originPlace: '',
      destination: '',
      destinationPlace: '',
      recruiter: '',
      subAgent: '',
      departureOn: '',
      arrivalOn: '',
      contract: { signedOn: '', basicMonthly: '', currency: '', substituted: '' },
    },
    violations: [],
    actions: [],
    referrals: [],
    status: 'open',
  };
}

// ---- reading and writing fields by id -------------------------------------------------------

export function getField(form: CaseForm, field: string): string | boolean {
  let node: unknown = form;
  for (const key of field.split('.')) node = node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[key];
  return typeof node === 'string' || typeof node === 'boolean' ? node : '';
}

/** A copy of `form` with `field` set (only the objects on the path are copied). */
export function setField(form: CaseForm, field: string, value: string | boolean): CaseForm {
  const keys = field.split('.');
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i]!;
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[Number(key)] = i === keys.length - 1 ? value : write(copy[Number(key)], i + 1);
      return copy;
    }
    const obj = (node ?? {}) as Record<string, unknown>;
    return { ...obj, [key]: i === keys.length - 1 ? value : write(obj[key], i + 1) };
  };
  return write(form, 0) as CaseForm;
}

// ---- problems ------------------------------------------------------------------------------

export interface FieldProblem {
  field: string;
  code: string;
  params?: Params;
}
export type FieldProblems = Map<string, FieldProblem>;

const text = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
/** Dates as typed, in any digits the person uses (१, ١…), spaces removed. */
export const typedDate = (s: string): string | undefined => text(normaliseDigits(s).replace(/\s+/g, ''));

/** True when the worker's identifiers may be shown or were typed (they are kept only with that consent). */
export function identifiersTyped(form: CaseForm): boolean {
  const i = form.worker.identifiers;
  return Boolean(i.name.trim() || i.passportNo.trim() || i.phone.trim());
}

/** Which part of the form shows a field. Fields the person never types (id, dates of the record) belong to the last part. */
export function sectionOf(field: string): Section {
  const root = field.split('.')[0] as Section;
  return (SECTIONS as readonly string[]).includes(root) && root !== 'export' ? root : 'export';
}

/** The problems that belong to one part of the form. */
export function problemsIn(problems: FieldProblems, section: Section): FieldProblem[] {
  return [...problems.values()].filter((p) => sectionOf(p.field) === section);
}

// ---- passphrases ---------------------------------------------------------------------------

export const MIN_PASSPHRASE_LENGTH = 8;
export type Strength = 'weak' | 'fair' | 'strong';

/**
 * Guidance only (the real protection is the SDK's slow key derivation): length counted in
 * characters as people see them, and words, since several words are easier to keep than symbols.
 */
export function passphraseStrength(passphrase: string): Strength {
  const length = [...passphrase.normalize('NFC')].length;
  const words = passphrase.trim().split(/\s+/u).filter(Boolean).length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'weak';
  if (length >= 16 || (words >= 4 && length >= 12)) return 'strong';
  return 'fair';
}

/** Problems with a new passphrase typed twice, keyed by field id. */
export function checkNewPassphrase(first: string, second: string, firstField: string, secondField: string): FieldProblems {
  const problems: FieldProblems = new Map();
  if (first === '') problems.set(firstField, { field: firstField, code: 'cases.crypto.passphraseRequired' });
  else if (passphraseStrength(first) === 'weak') problems.set(firstField, { field: firstField, code: 'caseForm.passphrase.tooShort' });
  else if (first.normalize('NFC') !== second.normalize('NFC')) problems.set(secondField, { field: secondField, code: 'caseForm.passphrase.mismatch' });
  return problems;
}
