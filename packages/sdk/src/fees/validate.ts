/** Turns validation issues into `{ field, code }` problems: generic `error.*` codes or our `fees.error.*` ones. */
import { issueToCoded, type IssueLike } from '../i18n/index.js';
import type { InputProblem } from './types.js';

export function toProblems(issues: readonly IssueLike[]): InputProblem[] {
  return issues.map((issue) => {
    const { field, code, params } = issueToCoded(issue);
    const clean: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params ?? {})) if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) clean[k] = v;
    return Object.keys(clean).length ? { field, code, params: clean } : { field, code };
  });
}
