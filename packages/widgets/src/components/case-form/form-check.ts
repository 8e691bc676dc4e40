/**
 * The case form translated into the SDK's case and checked with the SDK's `validateCase`, whose
 * problems are mapped back to the field that shows them; and a saved case shown as a form again.
 * It comes with the engine (`engine.ts`), fetched when the person first uses the form, so the
 * first screen carries no schema.
 */
import { parseMajor, toDecimalString } from '@migrant-rights/sdk/money';
import { CASE_SCHEMA_VERSION, validateCase, type Case } from '@migrant-rights/sdk/cases/core';
import { emptyForm, identifiersTyped, sectionOf, todayIso, typedDate, type CaseForm, type FieldProblem, type FieldProblems } from './form-model.js';

// ---- form → case ---------------------------------------------------------------------------

const text = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
const date = typedDate;
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
