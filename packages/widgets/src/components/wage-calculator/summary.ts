import type { WageClaim } from '@migrant-rights/sdk/wages/core';
import type { LocalizeController } from '../../internal/localize.js';
import type { WageForm } from './form-model.js';
import { formatParams } from './wage-calculator.js';

/**
 * A plain-text summary to copy or print: country, period, each amount with its legal basis and
 * source. It never contains a name or identifier (the calculator never asks for one).
 */
export function claimSummary(claim: WageClaim, l10n: LocalizeController, form: Pick<WageForm, 'country' | 'start' | 'end'>): string {
  const say = (c: { code: string; params?: Record<string, unknown> }) => l10n.t(c.code, formatParams(c.params ?? {}, l10n));
  const lines = [
    l10n.t('wageCalculator.title'),
    `${l10n.country(form.country)} · ${l10n.date(form.start)} – ${l10n.date(form.end)}`,
    '',
    ...claim.lines.flatMap((line) => [
      `${l10n.t(`wageCalculator.line.${line.kind}`)}: ${line.status === 'calculated' ? l10n.money(line.amount) : l10n.t('wageCalculator.line.notCovered')}`,
      `  ${say(line.basis)}`,
      ...line.sources.map((s) => `  ${s.title} <${s.url}>`),
      ...(line.verification === 'official' ? [] : [`  ${l10n.t(`provenance.${line.verification}`)}`]),
    ]),
    '',
    `${l10n.t('wageCalculator.total')}: ${l10n.money(claim.total)}`,
    ...claim.warnings.map((w) => `! ${say(w)}`),
  ];
  return lines.join('\n');
}
