/**
 * The case form as typed text, and its translation into the SDK's case. Everything the person
 * typed stays as typed (nothing is lost on an error or when jumping between parts); the rules of
 * what a valid case is live in `@migrant-rights/sdk/cases` (`validateCase`), whose problems are
 * mapped back to the field that shows them.
 *
 * Field ids are dotted paths into the form (`worker.pseudonym`, `violations.0.period.from`); they
 * follow the case schema's paths except for amounts, where the typed number and its currency are
 * two fields (`violations.0.amount`, `violations.0.currency`).
 */
import { normaliseDigits, parseMajor, toDecimalString } from '@migrant-rights/sdk/money';
import { CURRENCY_OF } from '@migrant-rights/sdk/geo';
import {
  CASE_SCHEMA_VERSION,
  newCaseId,
  validateCase,
  type Case,
  type CaseStatus,
  type ConsentScope,
  type ViolationType,
} from '@migrant-rights/sdk/cases/core';
import type { Params } from '@migrant-rights/sdk/i18n';
import type { Problem } from '@migrant-rights/sdk/pathways';

/**
 * The complaint-pathway problems a complaint can be linked to: the pathways module's list, kept here
 * by type only (importing the module would bundle all its pathway data into the form). A test checks
 * it stays equal to the SDK's `PROBLEMS`.
 */
export const PATHWAY_PROBLEMS = [
  'unpaid-wages',
  'underpayment',
  'end-of-service-unpaid',
  'documents-withheld',
  'contract-substitution',
  'excessive-hours',
  'abuse-violence',
  'change-employer-or-leave',
  'recruitment-fees',
] as const satisfies readonly Problem[];

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

export function emptyForm(today = todayIso()): CaseForm {
  return {
    id: newCaseId(),
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

export function emptyViolation(form: CaseForm): ViolationDraft {
  return { type: '', period: { from: '', to: '' }, amount: '', currency: CURRENCY_OF[form.journey.destination] ?? '' };
}
export const emptyAction = (): ActionDraft => ({ body: '', filedOn: '', outcome: 'pending', problem: '' });
export const emptyReferral = (): ReferralDraft => ({ kind: '', organisation: '', on: '' });

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

// ---- form → case ---------------------------------------------------------------------------

export interface FieldProblem {
  field: string;
  code: string;
  params?: Params;
}
export type FieldProblems = Map<string, FieldProblem>;

const text = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
/** Dates as typed, in any digits the person uses (१, ١…), spaces removed. */
const date = (s: string): string | undefined => text(normaliseDigits(s).replace(/\s+/g, ''));
const choice = <T extends string>(s: T | ''): T | undefined => (s === '' ? undefined : s);

function compact<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Reads an amount and its currency. An amount without a currency goes to the SDK with an empty
 * currency so that it reports the missing currency on the currency field; an amount that is not
 * a number is reported here (`error.amount`) and left out of the draft.
 */
function amountOf(amountText: string, currency: string, field: string, problems: FieldProblems, locale: string) {
  if (amountText.trim() === '') return undefined;
  if (currency === '') return { currency: '', minor: 0 };
  const parsed = parseMajor(currency, amountText, locale);
  if (!parsed) {
    problems.set(field, { field, code: 'error.amount' });
    return undefined;
  }
  return parsed;
}

/** True when the worker's identifiers may be shown or were typed (they are kept only with that consent). */
export function identifiersTyped(form: CaseForm): boolean {
  const i = form.worker.identifiers;
  return Boolean(i.name.trim() || i.passportNo.trim() || i.phone.trim());
}

/** The object handed to `validateCase`, and the problems found while reading typed text. */
export function toDraft(form: CaseForm, today = todayIso(), locale = 'en'): { draft: unknown; problems: FieldProblems } {
  const problems: FieldProblems = new Map();
  const w = form.worker;
  const j = form.journey;
  const c = j.contract;
  const identifiers = identifiersTyped(form)
    ? compact({ name: text(w.identifiers.name), passportNo: text(w.identifiers.passportNo), phone: text(w.identifiers.phone) })
    : undefined;
  const basicMonthly = amountOf(c.basicMonthly, c.currency, 'journey.contract.basicMonthly', problems, locale);
  const contract = compact({
    signedOn: date(c.signedOn),
    basicMonthly,
    substituted: c.substituted === '' ? undefined : c.substituted === 'yes',
  });
  const destination = choice(j.destination);
  const draft = {
    id: form.id,
    schemaVersion: CASE_SCHEMA_VERSION,
    createdOn: form.createdOn,
    // A case opened "today" by a device whose clock is behind must not be updated before it was created.
    updatedOn: today < form.createdOn ? form.createdOn : today,
    status: form.status,
    worker: compact({
      pseudonym: text(w.pseudonym),
      gender: choice(w.gender),
      ageBand: choice(w.ageBand),
      nationality: choice(w.nationality),
      occupation: text(w.occupation),
      sector: choice(w.sector),
      migrationStatus: choice(w.migrationStatus),
      identifiers,
    }),
    journey: compact({
      origin: choice(j.origin),
      originPlace: text(j.originPlace),
      destination,
      destinationPlace: text(j.destinationPlace),
      recruiter: text(j.recruiter),
      subAgent: text(j.subAgent),
      departureOn: date(j.departureOn),
      arrivalOn: date(j.arrivalOn),
      contract: Object.keys(contract).length ? contract : undefined,
    }),
    violations: form.violations.map((v, i) => {
      const from = date(v.period.from);
      const to = date(v.period.to);
      return compact({
        type: choice(v.type),
        // A period needs its start: an end alone goes to the SDK so it says the start is missing.
        period: from !== undefined || to !== undefined ? compact({ from, to }) : undefined,
        amount: amountOf(v.amount, v.currency, `violations.${i}.amount`, problems, locale),
      });
    }),
    actions: form.actions.map((a) =>
      compact({
        kind: 'complaint',
        body: text(a.body),
        pathway: a.problem ? { destination: destination ?? '', problem: a.problem } : undefined,
        filedOn: date(a.filedOn),
        outcome: choice(a.outcome),
      }),
    ),
    referrals: form.referrals.map((r) => compact({ kind: choice(r.kind), organisation: text(r.organisation), on: date(r.on) })),
    consent: compact({ given: form.consent.given, scope: choice(form.consent.scope), givenOn: date(form.consent.givenOn) }),
  };
  return { draft, problems };
}

/** The form field that shows a problem the SDK found at `path` (e.g. `violations.0.amount.minor` → `violations.0.amount`). */
export function fieldOfProblem(path: string, code: string): FieldProblem['field'] {
  let m = /^violations\.(\d+)\.amount(?:\.(minor|currency))?$/.exec(path);
  if (m) return `violations.${m[1]}.${m[2] === 'currency' ? 'currency' : 'amount'}`;
  m = /^journey\.contract\.basicMonthly(?:\.(minor|currency))?$/.exec(path);
  if (m) return m[1] === 'currency' ? 'journey.contract.currency' : 'journey.contract.basicMonthly';
  m = /^actions\.(\d+)\.(pathway|kind)(?:\..*)?$/.exec(path);
  if (m) return m[2] === 'kind' ? `actions.${m[1]}.body` : `actions.${m[1]}.problem`;
  m = /^violations\.(\d+)\.period$/.exec(path);
  if (m) return `violations.${m[1]}.period.from`;
  if (path === 'consent' || path === 'consent.given') return 'consent.given';
  if (path === 'worker') return 'worker.pseudonym';
  void code;
  return path;
}

/** Which part of the form shows a field. Fields the person never types (id, dates of the record) belong to the last part. */
export function sectionOf(field: string): Section {
  const root = field.split('.')[0] as Section;
  return (SECTIONS as readonly string[]).includes(root) && root !== 'export' ? root : 'export';
}

export interface CaseCheck {
  /** The valid case, when there is no problem. */
  case?: Case;
  problems: FieldProblems;
}

/** Checks the whole form with the SDK; problems are keyed by form field, the first per field kept. */
export function checkForm(form: CaseForm, today = todayIso(), locale = 'en'): CaseCheck {
  const { draft, problems } = toDraft(form, today, locale);
  const result = validateCase(draft);
  if (result.ok && problems.size === 0) return { case: result.case, problems };
  if (!result.ok) {
    for (const p of result.problems) {
      let field = fieldOfProblem(p.field, p.code);
      let code = p.code;
      // A complaint linked to a problem needs the country of work; say so where the problem is chosen.
      if (/^actions\.\d+\.pathway\.destination$/.test(p.field)) code = 'caseForm.error.pathwayNeedsDestination';
      if (problems.has(field)) continue;
      if (!field) field = 'export';
      problems.set(field, p.params ? { field, code, params: p.params } : { field, code });
    }
  }
  return { problems };
}

/** The problems that belong to one part of the form. */
export function problemsIn(problems: FieldProblems, section: Section): FieldProblem[] {
  return [...problems.values()].filter((p) => sectionOf(p.field) === section);
}

/** True when the person wrote anything in a part (to mark it "started" in the list of parts). */
export function sectionStarted(form: CaseForm, section: Section): boolean {
  const filled = (o: unknown): boolean =>
    typeof o === 'string' ? o.trim() !== '' : typeof o === 'boolean' ? o : Array.isArray(o) ? o.length > 0 : o !== null && typeof o === 'object' && Object.values(o).some(filled);
  switch (section) {
    case 'consent':
      return form.consent.given;
    case 'worker':
      return filled(form.worker);
    case 'journey':
      return filled(form.journey);
    case 'violations':
    case 'actions':
    case 'referrals':
      return form[section].length > 0;
    case 'status':
      return form.status !== 'open';
    case 'export':
      return false;
  }
}

// ---- case → form ---------------------------------------------------------------------------

/** The form showing a saved case (to keep editing it, or a draft opened from this device). */
export function fromCase(c: Case): CaseForm {
  const base = emptyForm(c.createdOn);
  const w = c.worker;
  const j = c.journey;
  return {
    ...base,
    id: c.id,
    createdOn: c.createdOn,
    status: c.status,
    consent: { given: c.consent.given, scope: c.consent.scope, givenOn: c.consent.givenOn },
    worker: {
      pseudonym: w.pseudonym,
      gender: w.gender ?? '',
      ageBand: w.ageBand ?? '',
      nationality: w.nationality ?? '',
      occupation: w.occupation ?? '',
      sector: w.sector ?? '',
      migrationStatus: w.migrationStatus ?? '',
      identifiers: { name: w.identifiers?.name ?? '', passportNo: w.identifiers?.passportNo ?? '', phone: w.identifiers?.phone ?? '' },
    },
    journey: {
      origin: j.origin ?? '',
      originPlace: j.originPlace ?? '',
      destination: j.destination ?? '',
      destinationPlace: j.destinationPlace ?? '',
      recruiter: j.recruiter ?? '',
      subAgent: j.subAgent ?? '',
      departureOn: j.departureOn ?? '',
      arrivalOn: j.arrivalOn ?? '',
      contract: {
        signedOn: j.contract?.signedOn ?? '',
        basicMonthly: j.contract?.basicMonthly ? toDecimalString(j.contract.basicMonthly) : '',
        currency: j.contract?.basicMonthly?.currency ?? '',
        substituted: j.contract?.substituted === undefined ? '' : j.contract.substituted ? 'yes' : 'no',
      },
    },
    violations: c.violations.map((v) => ({
      type: v.type,
      period: { from: v.period?.from ?? '', to: v.period?.to ?? '' },
      amount: v.amount ? toDecimalString(v.amount) : '',
      currency: v.amount?.currency ?? '',
    })),
    actions: c.actions.map((a) => ({ body: a.body, filedOn: a.filedOn, outcome: a.outcome, problem: a.pathway?.problem ?? '' })),
    referrals: c.referrals.map((r) => ({ kind: r.kind, organisation: r.organisation ?? '', on: r.on ?? '' })),
  };
}

// ---- hand-offs -----------------------------------------------------------------------------

/**
 * The complaint-pathway problem a case violation is about, for the "what to do next" hand-off.
 * Forced-labour indicators that are also a concrete problem map to it; the others have no pathway.
 * (A vocabulary bridge between two SDK modules; a candidate to move into the SDK.)
 */
export const PATHWAY_PROBLEM_OF: Readonly<Partial<Record<ViolationType, Problem>>> = {
  'unpaid-wages': 'unpaid-wages',
  'delayed-wages': 'unpaid-wages',
  'withheld-final-pay': 'unpaid-wages',
  'illegal-deductions': 'unpaid-wages',
  'unpaid-leave': 'unpaid-wages',
  'withholding-of-wages': 'unpaid-wages',
  underpayment: 'underpayment',
  'unpaid-overtime': 'excessive-hours',
  'excessive-overtime': 'excessive-hours',
  'unpaid-end-of-service': 'end-of-service-unpaid',
  'document-retention': 'documents-withheld',
  'retention-of-identity-documents': 'documents-withheld',
  'contract-substitution': 'contract-substitution',
  'recruitment-fees': 'recruitment-fees',
  'physical-sexual-violence': 'abuse-violence',
  'intimidation-threats': 'abuse-violence',
};

/** The problem of the first violation recorded that has a complaint pathway, else unpaid wages. */
export function pathwayProblemOf(form: CaseForm): Problem {
  for (const v of form.violations) {
    const problem = v.type ? PATHWAY_PROBLEM_OF[v.type] : undefined;
    if (problem) return problem;
  }
  return 'unpaid-wages';
}

export function workerCategoryOf(form: CaseForm): 'general' | 'domestic' {
  return form.worker.sector === 'domestic-work' ? 'domestic' : 'general';
}

/** Earliest start and latest end among the wage violations with dates (partial dates, as recorded). */
export function wagePeriodOf(form: CaseForm, wageTypes: readonly string[]): { from: string; to?: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const v of form.violations) {
    if (!wageTypes.includes(v.type)) continue;
    const f = date(v.period.from);
    const t = date(v.period.to);
    if (f && (!from || f < from)) from = f;
    if (t && (!to || t > to)) to = t;
  }
  return from ? (to ? { from, to } : { from }) : undefined;
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
