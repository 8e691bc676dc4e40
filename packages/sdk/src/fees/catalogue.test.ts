import { describe, expect, it } from 'vitest';
import english, { reviewed } from '../locales/en/fees.js';
import choices, * as choiceCatalogue from '../locales/en/fee-choices.js';
import { FORCED_LABOUR_INDICATOR_IDS, FORCED_LABOUR_QUESTION_IDS } from './data/forced-labour.js';
import { FORCED_LABOUR_ANSWERS } from './forced-labour.js';
import { COST_CATEGORIES, COST_GROUPS, IMPOSERS, OCCUPATIONS, PAYEES, PAYMENT_PURPOSES, WORKER_CATEGORIES, WORKER_SEXES } from './schema.js';

type Messages = Record<string, string | { one?: string; other: string }>;
/** The fees namespace: the choices a form offers (fee-choices.ts) and the law's wording (fees.ts). */
const messages: Messages = { ...(choices as Messages), ...(english as Messages) };

describe('English fees catalogue', () => {
  it('is marked reviewed', () => {
    expect(reviewed).toBe(true);
    expect(choiceCatalogue.reviewed).toBe(true);
  });

  it('keeps the choices a form offers in fee-choices, and each message in one file only', () => {
    const choiceKinds = /^fees\.(purpose|payee|occupation|workerCategory|workerSex)\./;
    expect(Object.keys(choices).filter((id) => !choiceKinds.test(id))).toEqual([]);
    expect(Object.keys(english).filter((id) => choiceKinds.test(id))).toEqual([]);
  });

  it('names every id a widget shows as a choice or label', () => {
    const ids = [
      ...[...COST_GROUPS, 'worker-choice', 'unclassified'].map((id) => `fees.group.${id}`),
      ...COST_CATEGORIES.map((id) => `fees.category.${id}`),
      ...PAYMENT_PURPOSES.map((id) => `fees.purpose.${id}`),
      ...PAYEES.map((id) => `fees.payee.${id}`),
      ...IMPOSERS.map((id) => `fees.imposedBy.${id}`),
      ...OCCUPATIONS.map((id) => `fees.occupation.${id}`),
      ...WORKER_CATEGORIES.map((id) => `fees.workerCategory.${id}`),
      ...WORKER_SEXES.map((id) => `fees.workerSex.${id}`),
      ...FORCED_LABOUR_INDICATOR_IDS.map((id) => `fees.fl.indicator.${id}`),
      ...FORCED_LABOUR_QUESTION_IDS.map((id) => `fees.fl.question.${id}`),
      ...FORCED_LABOUR_ANSWERS.map((id) => `fees.fl.answer.${id}`),
      ...['present', 'possible', 'not-indicated', 'not-asked'].map((id) => `fees.fl.status.${id}`),
    ];
    expect(ids.filter((id) => messages[id] === undefined)).toEqual([]);
  });

  it('keeps legal figures out of messages: numbers come from data as parameters', () => {
    for (const [id, message] of Object.entries(messages)) {
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of forms) expect(text.replace(/\{\w+\}/g, ''), id).not.toMatch(/\d/);
    }
  });

  it('uses only the fees namespace', () => {
    expect(Object.keys(messages).filter((id) => !id.startsWith('fees.'))).toEqual([]);
  });
});
