/**
 * A wage claim: unpaid wages, minimum-wage shortfall, unpaid overtime, deductions above the caps
 * and end-of-service gratuity, each a line with its legal basis, workings and provenance.
 *
 * Received pay and deductions are both set against the wages due: `paid` is what reached the
 * worker, deductions explain part of the rest. Lawful deductions are not claimed; unlawful ones
 * are the excess-deductions line. So the wage lines and the deductions line together come to
 * max(0, Σ max(contract, minimum) − paid − lawful deductions).
 */
import { selectInForce, weakestVerification, mergeSources, type Provenance } from '../provenance/index.js';
import type { Coded } from '../i18n/index.js';
import { add, shortfall, subtract, sum, zero, type Money } from '../money/index.js';
import { checkDeductions } from './deductions.js';
import { factFor, moneyParams, provenanceOf } from './facts.js';
import { gratuityFor } from './gratuity.js';
import { overtimeLines } from './overtime.js';
import type { CountryWageData, GratuityFact } from './schema.js';
import type { ClaimLine, WageClaim, WageClaimInput, WageClaimOutcome, WageRulesLookup, WorkerCategory } from './types.js';
import { validateWageClaim } from './validate.js';
import { contractTotal, wagesDue, type ContractPay, type WagesDue } from './wages-due.js';

/**
 * The same claim, worked out with the country's rules given, for example those fetched with
 * `loadWageRules` so that a page downloads only the country a worker chose. The rules must be
 * the input country's; otherwise the country is reported as not covered. Never throws.
 */
export function calculateWageClaimWithRules(input: WageClaimInput, rules: CountryWageData): WageClaimOutcome {
  return calculateWageClaimWith(input, (country) => (country === rules.country ? rules : undefined));
}

/** Validates the input, then works out each line of the claim under the rules `lookup` gives. Never throws. */
export function calculateWageClaimWith(input: WageClaimInput, lookup: WageRulesLookup): WageClaimOutcome {
  const checked = validateWageClaim(input);
  if (!checked.ok) return checked;
  const { country } = checked.input;
  const data = lookup(country);
  if (!data) return { ok: false, problems: [{ field: 'country', code: 'error.countryNotCovered', params: { country } }] };
  try {
    return { ok: true, claim: buildClaim(checked.input, data) };
  } catch {
    // A defect of ours must not crash a worker's page: say the input could not be handled.
    return { ok: false, problems: [{ field: '', code: 'error.invalid' }] };
  }
}

interface Context {
  data: CountryWageData;
  currency: string;
  category: WorkerCategory;
  input: WageClaimInput;
  pay: ContractPay;
  due: WagesDue;
  /** Wages due in all, with the minimum. */
  dueTotal: Money;
  paid: Money;
  deducted: Money;
  warnings: Coded[];
  assumptions: Coded[];
}

function buildClaim(input: WageClaimInput, data: CountryWageData): WageClaim {
  const currency = data.currency;
  const category: WorkerCategory = input.workerCategory ?? 'general';
  const z = zero(currency);
  const allowances = input.contract.allowances ?? {};
  const pay: ContractPay = {
    basic: input.contract.basicMonthly,
    housing: allowances.housing ?? z,
    food: allowances.food ?? z,
    other: allowances.other ?? z,
    housingProvided: input.contract.housingProvided === true,
    foodProvided: input.contract.foodProvided === true,
  };
  const { start, end, contractSignedOn, employerSize } = input.employment;
  const due = wagesDue(data, start, end, pay, { category, employerSize, contractSignedOn });
  const deductions = input.deductions ?? [];
  const ctx: Context = {
    data,
    currency,
    category,
    input,
    pay,
    due,
    dueTotal: add(due.contract, due.topUp),
    paid: input.paid,
    deducted: sum(currency, deductions.map((d) => d.amount)),
    warnings: [],
    assumptions: [],
  };

  const lines: ClaimLine[] = [unpaidWagesLine(ctx), minimumLine(ctx)];
  const overtime = overtimeLines(data, { category, on: end, basic: pay.basic, wage: contractTotal(pay), hours: input.overtimeHours ?? {}, paid: input.overtimePaid ?? z });
  lines.push(...overtime.lines);
  ctx.assumptions.push(...overtime.assumptions);
  ctx.warnings.push(...overtime.caveats);
  if (deductions.length) lines.push(...deductionLines(ctx));
  if (input.employment.ended) lines.push(gratuityLine(ctx));

  if (due.months.some((m) => m.slice.days < m.slice.daysInMonth)) ctx.assumptions.unshift({ code: 'wages.assumption.proRataCalendarDays' });
  const calculated = lines.filter((l) => l.status === 'calculated');
  const warnings: Coded[] = [];
  if (calculated.some((l) => l.verification === 'unverified')) warnings.push({ code: 'wages.warning.unverifiedRule' });
  warnings.push(...ctx.warnings, { code: 'wages.warning.deadline', params: { country: data.country } });
  return {
    currency,
    lines,
    total: sum(currency, calculated.map((l) => l.amount)),
    warnings: unique(warnings),
    assumptions: unique(ctx.assumptions),
    sources: mergeSources(...lines.map((l) => l.sources)),
    verification: weakestVerification(calculated.map((l) => l.verification)),
  };
}

function unique(codes: Coded[]): Coded[] {
  const seen = new Set<string>();
  return codes.filter((c) => {
    const key = JSON.stringify(c);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** What reached the worker or is explained by a deduction. */
function received(ctx: Context): Money {
  return add(ctx.paid, ctx.deducted);
}

function unpaidWagesLine(ctx: Context): ClaimLine {
  const { data, currency } = ctx;
  const payment = factFor(data.wagePayment, ctx.category, ctx.input.employment.end);
  const basis: Coded = !payment
    ? { code: 'wages.basis.contract' }
    : payment.withinDaysAfterPeriod !== undefined
      ? { code: 'wages.basis.wagePayment.withinDays', params: { country: data.country, days: payment.withinDaysAfterPeriod } }
      : { code: 'wages.basis.wagePayment', params: { country: data.country } };
  const details: Coded[] = [
    ...ctx.due.contractDetails,
    { code: 'wages.detail.contract.total', params: moneyParams(currency, { amount: ctx.due.contract }) },
    { code: 'wages.detail.paid', params: moneyParams(currency, { amount: ctx.paid }) },
  ];
  if (ctx.deducted.minor > 0) details.push({ code: 'wages.detail.deductionsTaken', params: moneyParams(currency, { amount: ctx.deducted }) });
  return {
    kind: 'unpaid-wages',
    status: 'calculated',
    amount: shortfall(ctx.due.contract, received(ctx)),
    basis,
    details,
    ...(payment ? provenanceOf([payment]) : { sources: [], verification: 'unverified' as const }),
  };
}

function minimumLine(ctx: Context): ClaimLine {
  const { data, currency, due } = ctx;
  const used: Provenance[] = [...due.applied, ...due.none];
  const details = [...due.minimumDetails];
  // Pay received above the contract's wages first fills the minimum-wage top-up.
  const aboveContract = shortfall(received(ctx), due.contract);
  const amount = shortfall(due.topUp, aboveContract);
  if (due.topUp.minor > 0 && aboveContract.minor > 0) {
    details.push({ code: 'wages.detail.minimum.reducedByPaid', params: moneyParams(currency, { amount: subtract(due.topUp, amount) }) });
  }
  for (const fact of [...due.applied, ...due.none]) if (fact.caveat) ctx.warnings.push({ code: fact.caveat });
  if (due.notCovered.length && used.length) ctx.warnings.push({ code: 'wages.warning.minimumPartlyNotCovered' });

  const latest = due.applied.at(-1);
  if (latest) {
    const signedOn = ctx.input.employment.contractSignedOn;
    if (latest.value.comparedWith === 'total-pay') ctx.assumptions.push({ code: 'wages.assumption.minimumComparedWithTotalPay' });
    if (signedOn && (latest.appliesBy === 'contract-signing-date' || latest.appliesBy === 'new-or-renewed-contract')) {
      ctx.assumptions.push({ code: 'wages.assumption.minimumForWholePeriod', params: { date: signedOn } });
    }
    const basisCode = {
      calendar: 'wages.basis.minimumWage',
      'contract-signing-date': 'wages.basis.minimumWage.contractSigned',
      'new-or-renewed-contract': 'wages.basis.minimumWage.newOrRenewed',
      'employer-size': 'wages.basis.minimumWage.employerSize',
    }[latest.appliesBy];
    return { kind: 'minimum-wage-shortfall', status: 'calculated', amount, basis: { code: basisCode, params: { country: data.country, ...(signedOn ? { date: signedOn } : {}) } }, details, ...provenanceOf(used) };
  }
  const basis = due.lastNone ?? { code: 'wages.minimum.notCovered', params: { country: data.country } };
  if (due.none.length) return { kind: 'minimum-wage-shortfall', status: 'calculated', amount: zero(currency), basis, details, ...provenanceOf(used) };
  return { kind: 'minimum-wage-shortfall', status: 'not-covered', amount: zero(currency), basis, details, sources: [], verification: 'unverified' };
}

function deductionLines(ctx: Context): ClaimLine[] {
  const { data, currency, due } = ctx;
  const outcome = checkDeductions(data, {
    category: ctx.category,
    currency,
    deductions: ctx.input.deductions ?? [],
    monthWage: new Map(due.months.map((m) => [m.slice.month, add(m.contract, m.topUp)])),
    monthDay: new Map(due.months.map((m) => [m.slice.month, m.slice.to])),
  });
  ctx.warnings.push(...outcome.caveats);
  const lines: ClaimLine[] = [];
  if (outcome.checked) {
    // The unlawful part is owed only insofar as the worker did not receive it anyway.
    const lawful = subtract(outcome.taken, outcome.excess);
    const owedWithLawful = shortfall(ctx.dueTotal, add(ctx.paid, lawful));
    const owedWithAll = shortfall(ctx.dueTotal, received(ctx));
    const amount = subtract(owedWithLawful, owedWithAll);
    const details = [...outcome.checked.details];
    if (amount.minor < outcome.excess.minor) details.push({ code: 'wages.detail.deductions.reducedByPaid', params: moneyParams(currency, { excess: outcome.excess, amount }) });
    ctx.assumptions.push({ code: 'wages.assumption.deductionCapOnMonthWage' });
    lines.push({ kind: 'excess-deductions', status: 'calculated', amount, basis: { code: 'wages.basis.deductions', params: { country: data.country } }, details, ...provenanceOf(outcome.checked.used) });
  }
  if (outcome.notCovered) lines.push(outcome.notCovered);
  return lines;
}

function gratuityBaseFor(fact: GratuityFact | undefined, pay: ContractPay): { base: Money; note?: Coded } {
  if (fact?.base === 'wage') return { base: contractTotal(pay), note: { code: 'wages.gratuity.baseIncludesAllowances' } };
  if (fact?.base === 'unspecified') return { base: pay.basic, note: { code: 'wages.gratuity.baseAssumedBasic' } };
  return { base: pay.basic };
}

function gratuityLine(ctx: Context): ClaimLine {
  const { data, currency, input, pay } = ctx;
  const { start, end, ending } = input.employment;
  const fact = factFor(data.gratuity, ctx.category, end);
  const { base } = gratuityBaseFor(fact, pay);
  const { status, service } = gratuityFor(data, { category: ctx.category, base, start, end, ending, baseNote: (f) => gratuityBaseFor(f, pay).note });
  if (status.status !== 'calculated') {
    return { kind: 'gratuity', status: 'not-covered', amount: zero(currency), basis: status.reason, details: [], sources: [], verification: 'unverified' };
  }
  const result = status.result;
  const paid = input.gratuityPaid ?? zero(currency);
  const details: Coded[] = [
    { code: 'wages.detail.gratuity.service', params: { years: service?.years ?? 0, days: service?.extraDays ?? 0 } },
    { code: 'wages.detail.gratuity.base', params: moneyParams(currency, { amount: base }) },
    ...result.breakdown.map((part): Coded => {
      const unit = part.rate.code === 'wages.gratuity.rate.days' ? 'Days' : 'Months';
      const open = part.toYear === undefined ? 'From' : '';
      return {
        code: `wages.detail.gratuity.part${unit}${open}`,
        params: moneyParams(currency, { amount: part.amount }, { ...part.rate.params, fromYear: part.fromYear, ...(part.toYear !== undefined ? { toYear: part.toYear } : {}), serviceDays: part.serviceDays }),
      };
    }),
    ...result.adjustments,
  ];
  if (paid.minor > 0) details.push({ code: 'wages.detail.gratuity.paid', params: moneyParams(currency, { amount: paid }) });
  if (fact?.caveat) ctx.warnings.push({ code: fact.caveat });
  if (result.breakdown.some((p) => p.rate.code === 'wages.gratuity.rate.days')) {
    const daily = selectInForce(data.dailyRate, end);
    if (daily) ctx.assumptions.push({ code: 'wages.assumption.dailyRate', params: { daysPerMonth: daily.daysPerMonth } });
  }
  if ((service?.extraDays ?? 0) > 0 && result.eligible) ctx.assumptions.push({ code: 'wages.assumption.partYear365' });
  return {
    kind: 'gratuity',
    status: 'calculated',
    amount: shortfall(result.amount, paid),
    basis: { code: 'wages.basis.gratuity', params: { country: data.country } },
    details,
    sources: result.sources,
    verification: result.verification,
    effectiveFrom: result.effectiveFrom,
    ...(result.note ? { note: result.note } : {}),
  };
}
