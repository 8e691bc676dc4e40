/**
 * The forced-labour screen checks answers by hand (to keep zod out of its widget). This holds that
 * check equal to the zod schema it replaces, message id for message id, on arbitrary input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { FORCED_LABOUR_QUESTION_IDS } from './data/forced-labour.js';
import { FORCED_LABOUR_ANSWERS, screenForcedLabour, type ForcedLabourAnswers } from './forced-labour.js';
import { toProblems } from './validate.js';
import type { InputProblem } from './types.js';

const reference = z.strictObject(Object.fromEntries(FORCED_LABOUR_QUESTION_IDS.map((id) => [id, z.optional(z.enum(FORCED_LABOUR_ANSWERS))])));

/** What the zod version answered: unknown questions first (its own code), then the schema's issues. */
function zodProblems(answers: unknown): InputProblem[] | 'ok' {
  if (answers && typeof answers === 'object' && !Array.isArray(answers)) {
    const unknown = Object.keys(answers).filter((k) => !(FORCED_LABOUR_QUESTION_IDS as readonly string[]).includes(k));
    if (unknown.length) return unknown.map((field) => ({ field, code: 'fees.error.unknownQuestion' }));
  }
  const parsed = reference.safeParse(answers, { reportInput: true });
  return parsed.success ? 'ok' : toProblems(parsed.error.issues);
}

const answerValue = fc.oneof(fc.constantFrom(...FORCED_LABOUR_ANSWERS, undefined), fc.constantFrom('Yes', 'YES', 'maybe', '', ' yes', 'نعم', 'हो'), fc.anything());
const nearlyValid = fc.dictionary(fc.constantFrom(...FORCED_LABOUR_QUESTION_IDS), answerValue);
const withStrangers = fc.dictionary(fc.oneof(fc.constantFrom(...FORCED_LABOUR_QUESTION_IDS), fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')), answerValue);

describe('screenForcedLabour checks answers exactly as the zod schema did', () => {
  it('on answers with known questions and any value (10,000 cases)', () => {
    fc.assert(
      fc.property(nearlyValid, (answers) => {
        const outcome = screenForcedLabour(answers as ForcedLabourAnswers);
        const expected = zodProblems(answers);
        expect(outcome.ok ? 'ok' : outcome.problems).toEqual(expected);
      }),
      { numRuns: 10_000 },
    );
  });

  it('on anything at all, and on answers with unknown or hostile keys (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(withStrangers, fc.anything()), (answers) => {
        const outcome = screenForcedLabour(answers as ForcedLabourAnswers);
        expect(outcome.ok ? 'ok' : outcome.problems).toEqual(zodProblems(answers));
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps only the answers given, never a key the input did not have', () => {
    const outcome = screenForcedLabour({ 'passport-kept': 'yes', 'passport-refused': undefined } as ForcedLabourAnswers);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.screen.present.length).toBeGreaterThan(0);
  });
});
