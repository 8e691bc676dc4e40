/**
 * Wages: minimum wages, end-of-service gratuity and wage claims (unpaid wages, minimum-wage
 * shortfall, unpaid overtime, excess deductions, gratuity) for the destinations we cover. Every
 * figure is sourced, effective-dated data; results speak in message codes.
 */
export * from './types.js';
export { minimumWage, minimumWageStatus } from './minimum-wage.js';
export { endOfServiceGratuity, gratuityStatus } from './gratuity.js';
export { calculateWageClaim } from './claim.js';
export { validateWageClaim, MAX_MINOR, MAX_PERIOD_YEARS } from './validate.js';
export { WAGE_RULES, rulesFor } from './data/index.js';
export {
  countryWageDataSchema,
  minimumWageFactSchema,
  hourlyRateFactSchema,
  dailyRateFactSchema,
  overtimeFactSchema,
  deductionCapFactSchema,
  gratuityFactSchema,
  wagePaymentFactSchema,
  wageClaimInputSchema,
  type CountryWageData,
  type MinimumWageFact,
  type HourlyRateFact,
  type DailyRateFact,
  type OvertimeFact,
  type DeductionCapFact,
  type GratuityFact,
  type WagePaymentFact,
} from './schema.js';
