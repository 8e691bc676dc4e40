/**
 * Wages: minimum wages, end-of-service gratuity and wage claims (unpaid wages, minimum-wage
 * shortfall, unpaid overtime, excess deductions, gratuity) for the destinations we cover. Every
 * figure is sourced, effective-dated data; results speak in message codes.
 */
export * from './core.js';
export { calculateWageClaim, minimumWage, minimumWageStatus, endOfServiceGratuity, gratuityStatus } from './bundled.js';
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
