/**
 * The wage rules answering from the law of every destination, bundled with the SDK: synchronous
 * and simple for servers, scripts and apps. Pages that should download only the country a worker
 * chose use `@migrant-rights/sdk/wages/core` with `loadWageRules` instead.
 */
import { calculateWageClaimWith } from './claim.js';
import { rulesFor } from './data/index.js';
import { gratuityStatusWith } from './gratuity.js';
import { minimumWageStatusWith } from './minimum-wage.js';
import type { GratuityInput, GratuityResult, GratuityStatus, MinimumWageQuery, MinimumWageResult, MinimumWageStatus, WageClaimInput, WageClaimOutcome } from './types.js';

/** Validates the input, then works out each line of the claim. Never throws. */
export function calculateWageClaim(input: WageClaimInput): WageClaimOutcome {
  return calculateWageClaimWith(input, rulesFor);
}

/** Whether a minimum wage applies, none is set by law, or we hold no rule, and why. Never throws. */
export function minimumWageStatus(query: MinimumWageQuery): MinimumWageStatus {
  return minimumWageStatusWith(query, rulesFor);
}

/** The monthly minimum wage for the query, or undefined when none applies or we hold no rule (see minimumWageStatus). */
export function minimumWage(query: MinimumWageQuery): MinimumWageResult | undefined {
  const status = minimumWageStatus(query);
  return status.status === 'applies' ? status.rule : undefined;
}

/** Whether an end-of-service award is due, how much, and why, under the country's own rule. Never throws. */
export function gratuityStatus(input: GratuityInput): GratuityStatus {
  return gratuityStatusWith(input, rulesFor);
}

/** The award, or undefined when not covered (see gratuityStatus for the reason). */
export function endOfServiceGratuity(input: GratuityInput): GratuityResult | undefined {
  const status = gratuityStatus(input);
  return status.status === 'calculated' ? status.result : undefined;
}
