/** Validation of a case from any source (a form, a file), reported as message ids per field. */
import { issueToCoded, type Params } from '../i18n/index.js';
import { caseSchema, type Case } from './schema.js';

export interface CaseProblem {
  /** Dotted path of the field, e.g. `violations.0.period.to`. */
  field: string;
  code: string;
  params?: Params;
}

export type CaseValidation = { ok: true; case: Case } | { ok: false; problems: CaseProblem[] };

/** Validates `input` against the case schema; unknown fields are dropped from the returned case. */
export function validateCase(input: unknown): CaseValidation {
  // reportInput lets issueToCoded tell a missing value (required) from a wrong one (invalid).
  const parsed = caseSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, case: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(toProblem) };
}

function toProblem(issue: Parameters<typeof issueToCoded>[0]): CaseProblem {
  const { field, code, params } = issueToCoded(issue);
  // A case written by a newer (or an unknown) version of this schema, not a wrong choice.
  if (field === 'schemaVersion' && issue.code === 'invalid_value') {
    if (issue.input === undefined) return { field, code: 'error.required' };
    return { field, code: 'cases.error.schemaVersion', params: { version: String(issue.input) } };
  }
  if (!params) return { field, code };
  const { code: _ownCode, ...rest } = params; // a custom refinement carries its id in params.code
  return Object.keys(rest).length ? { field, code, params: rest } : { field, code };
}
