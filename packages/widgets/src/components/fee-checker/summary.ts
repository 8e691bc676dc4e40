import type { FeeAssessment } from '@migrant-rights/sdk/fees';
import type { Source } from '@migrant-rights/sdk/provenance';
import type { LocalizeController } from '../../internal/localize.js';
import { localDecimal, sayCoded, type CodedLike } from '../../internal/coded.js';
import type { FeeForm } from './form-model.js';

/**
 * A plain-text summary to copy or print and bring to an authority or support group: the countries,
 * each payment with what the ILO principle and the law say, totals, months of wages, warnings and
 * every source. It never contains a name or identifier (the checker never asks for one).
 */
export function assessmentSummary(a: FeeAssessment, l10n: LocalizeController, form: Pick<FeeForm, 'payments' | 'category'>): string {
  const t = l10n.t.bind(l10n);
  const say = (c: CodedLike) => sayCoded(l10n, c, 'feeChecker.error.check');
  const sources = (list: readonly Source[], verification: string, effectiveFrom?: string) => [
    ...(effectiveFrom ? [`    ${t('provenance.inForceSince', { date: l10n.date(effectiveFrom) })}`] : []),
    ...list.map((s) => `    ${t('provenance.source')} ${s.title} <${s.url}>`),
    ...(verification === 'official' ? [] : [`    ${t(`provenance.${verification}`)}`]),
  ];
  const rule = (id: string | undefined) => a.rules.find((r) => r.rule.ruleId === id);
  const lines: string[] = [
    t('feeChecker.summary.title'),
    t('feeChecker.summary.corridor', { origin: l10n.country(a.origin), destination: l10n.country(a.destination) }),
    t(`fees.workerCategory.${form.category}`),
    '',
  ];
  for (const p of a.payments) {
    const date = form.payments[p.index]?.date;
    lines.push(
      `${p.index + 1}. ${t(`fees.purpose.${p.payment.purpose}`)}: ${l10n.money(p.payment.amount)}`,
      `   ${t('feeChecker.paidTo', { payee: t(`fees.payee.${p.payment.paidTo}`) })}${date ? ` · ${t('feeChecker.paidOn', { date: l10n.date(date) })}` : ''}${p.payment.receipt === undefined ? '' : ` · ${t(`feeChecker.receipt.${p.payment.receipt ? 'yes' : 'no'}`)}`}`,
      `   ${t('feeChecker.ilo.heading')} ${t(`feeChecker.ilo.answer.${String(p.ilo.shouldWorkerHavePaid)}`)}. ${say(p.ilo.reason)}`,
      ...sources(p.ilo.sources, p.ilo.verification),
    );
    for (const v of p.caps.filter((c) => c.status !== 'outside-scope')) {
      const r = rule(v.ruleId);
      const name = r ? say(r.rule.name) : t('feeChecker.law.of', { country: l10n.country(v.country) });
      const by = v.by && (v.status === 'exceeds' || v.status === 'banned') ? ` ${t(v.atLeast ? 'feeChecker.cap.byAtLeast' : 'feeChecker.cap.by', { amount: l10n.money(v.by) })}.` : '';
      lines.push(`   ${name}: ${t(`fees.capStatus.${v.status}`)}.${by} ${say(v.reason)}`);
      if (r) lines.push(...sources(r.rule.sources, r.rule.verification, r.rule.effectiveFrom));
    }
    lines.push('');
  }
  const money = (list: readonly { currency: string; minor: number }[]) => (list.length ? list.map((m) => l10n.money(m)).join(' + ') : t('feeChecker.total.none'));
  lines.push(`${t('feeChecker.total.paid')}: ${money(a.totals.paid)}`, `${t('feeChecker.total.shouldNot')}: ${money(a.totals.shouldNotHavePaid)}`);
  for (const c of a.totals.converted) {
    if (c.paid && !a.totals.paid.every((m) => m.currency === c.currency)) lines.push(`  ${t('feeChecker.total.inOther', { currency: c.currency, amount: l10n.money(c.paid) })}`);
  }
  if (a.monthsOfWages && a.costToIncomeRatio.status === 'calculated') {
    lines.push(t('feeChecker.months.text', { months: localDecimal(a.monthsOfWages.display, l10n), count: a.monthsOfWages.hundredths / 100 }));
    lines.push(...sources(a.costToIncomeRatio.sources, a.costToIncomeRatio.verification));
  }
  if (a.warnings.length) lines.push('', ...a.warnings.map((w) => `! ${say(w)}`));
  lines.push('', t('feeChecker.summary.note'));
  return lines.join('\n');
}
