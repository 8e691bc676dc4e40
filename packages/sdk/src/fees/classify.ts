/**
 * Classifies a payment by what it paid for and who received or required it, never by what it was
 * called: agencies relabel fees as "processing", "training", "deposit" or "loan".
 */
import type { IsoDate } from '../dates/index.js';
import type { Coded } from '../i18n/index.js';
import { mergeSources, weakestVerification, type Source, type Verification } from '../provenance/index.js';
import { COST_CATEGORY_FACTS, ILO_DEFINITION, ILO_DEFINITION_DATE } from './data/ilo.js';
import type { CostCategory, CostGroup, Payee, Payment, PaymentPurpose } from './schema.js';

export interface Classification {
  /** `worker-choice`: outside the ILO definition (freely chosen, not needed for the job). `unclassified`: we cannot tell. */
  group: CostGroup | 'worker-choice' | 'unclassified';
  category?: CostCategory;
  /** Why, as message codes. */
  basis: Coded[];
  sources: Source[];
  verification: Verification;
  note?: string;
}

export interface ClassificationContext {
  /** When it was paid; the ILO Definition dates from 2019-03-28. */
  paidOn?: IsoDate;
}

type Rule = CostCategory | 'by-payee';

/** What each purpose is in the ILO taxonomy. Purposes that depend on the payee are resolved below. */
const PURPOSE_CATEGORY: Readonly<Record<PaymentPurpose, Rule>> = {
  'agency-service': 'recruitment-fee',
  visa: 'administrative',
  'work-permit': 'administrative',
  passport: 'administrative',
  documents: 'administrative',
  'government-registration': 'administrative',
  'welfare-fund': 'insurance',
  insurance: 'insurance',
  'medical-exam': 'medical',
  'skills-test': 'skills-qualification-tests',
  training: 'training-orientation',
  equipment: 'equipment',
  'air-ticket': 'travel-lodging',
  'local-travel': 'travel-lodging',
  accommodation: 'travel-lodging',
  deposit: 'deposit',
  bond: 'bond',
  'loan-repayment': 'by-payee',
  'unofficial-payment': 'by-payee',
  other: 'by-payee',
};

const RECRUITER_OR_EMPLOYER: readonly Payee[] = ['recruitment-agency', 'sub-agent', 'employer'];

/** For "other": the payee tells us what kind of service it most likely paid for. */
const PAYEE_CATEGORY: Readonly<Record<Payee, CostCategory | undefined>> = {
  'recruitment-agency': 'recruitment-fee',
  'sub-agent': 'recruitment-fee',
  employer: 'recruitment-fee',
  government: 'administrative',
  'training-centre': 'training-orientation',
  'medical-centre': 'medical',
  other: undefined,
};

function resolve(payment: Payment): { category?: CostCategory; basis: Coded } {
  const rule = PURPOSE_CATEGORY[payment.purpose];
  if (rule !== 'by-payee') return { category: rule, basis: { code: 'fees.classify.byPurpose' } };
  const toRecruiter = RECRUITER_OR_EMPLOYER.includes(payment.paidTo);
  switch (payment.purpose) {
    case 'unofficial-payment':
      return payment.paidTo === 'government'
        ? { category: 'bribe', basis: { code: 'fees.classify.unofficialToOfficial' } }
        : { category: 'kickback', basis: { code: 'fees.classify.unofficialToOther' } };
    case 'loan-repayment':
      return toRecruiter
        ? { category: 'illegal-cost-recovery', basis: { code: 'fees.classify.loanToRecruiter' } }
        : { basis: { code: 'fees.classify.loanToThirdParty' } };
    default: {
      const category = PAYEE_CATEGORY[payment.paidTo];
      return category ? { category, basis: { code: 'fees.classify.byPayee' } } : { basis: { code: 'fees.classify.unknownPayee' } };
    }
  }
}

export function classifyPayment(payment: Payment, context: ClassificationContext = {}): Classification {
  const { category, basis: first } = resolve(payment);
  const fact = category ? COST_CATEGORY_FACTS.find((f) => f.id === category) : undefined;
  const basis: Coded[] = [first];
  if (payment.label) basis.push({ code: 'fees.classify.labelIgnored', params: { label: payment.label } });
  if (context.paidOn && context.paidOn < ILO_DEFINITION_DATE) basis.push({ code: 'fees.classify.beforeDefinition' });

  let group: Classification['group'] = fact ? fact.group : 'unclassified';
  if (payment.imposedBy === 'worker-choice' && fact) {
    // Illegitimate costs are prohibited whoever "chose" them; anything else freely chosen is outside the definition.
    if (fact.group === 'illegitimate-cost') basis.push({ code: 'fees.classify.alwaysProhibited' });
    else {
      group = 'worker-choice';
      basis.push({ code: 'fees.classify.workerChoice' });
    }
  }

  const facts = fact ? [ILO_DEFINITION, fact] : [ILO_DEFINITION];
  return {
    group,
    ...(category ? { category } : {}),
    basis,
    sources: mergeSources(...facts.map((f) => f.sources)),
    verification: weakestVerification(facts.map((f) => f.verification)),
    ...(fact?.note ? { note: fact.note } : {}),
  };
}
