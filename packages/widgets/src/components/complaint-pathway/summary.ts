import { codes, type FilingDeadlineResult, type FindPathwayResult, type Problem, type WorkerCategory } from '@migrant-rights/sdk/pathways/core';
import type { Source } from '@migrant-rights/sdk/provenance';
import type { LocalizeController } from '../../internal/localize.js';
import type { Answers } from './pathway-model.js';
import { costText, countdownText, deadlineLine, periodText, say } from './pathway-words.js';

export interface SummaryInput {
  answers: Answers;
  result: FindPathwayResult;
  deadline: FilingDeadlineResult;
  ticked: ReadonlySet<string>;
  referral: { name: string; phone: string; url: string };
}

/**
 * A plain-text summary to copy or print: the country, problem and kind of work, the time limit,
 * each step with its contacts and the documents ticked or not, home-country help, the partner's
 * local help and every source. It never contains a person's name: the widget never asks for one.
 */
export function pathwaySummary(l10n: LocalizeController, s: SummaryInput): string {
  const t = l10n.t.bind(l10n);
  const text = (v: { en: string }) => l10n.text(v).text;
  const a = s.answers;
  const lines: string[] = [t('complaintPathway.title')];
  const sources = new Map<string, Source>();
  const cite = (f: { sources: readonly Source[] }) => f.sources.forEach((x) => sources.set(x.url, x));

  lines.push(
    [l10n.country(a.destination), t(codes.problem(a.problem as Problem)), t(codes.category(a.workerCategory as WorkerCategory)), ...(a.origin ? [t('complaintPathway.result.origin', { country: l10n.country(a.origin) })] : [])].join(' · '),
    '',
  );

  const r = s.result;
  if (r.status === 'invalid') return [...lines, ...r.problems.map((p) => `! ${say(l10n, p)}`)].join('\n');
  if (r.status === 'not-covered') {
    lines.push(t('complaintPathway.notCovered.heading'), ...r.notCovered.map((c) => `- ${say(l10n, c)}`));
  } else {
    const d = s.deadline;
    lines.push(`${t('complaintPathway.deadline.heading')}: ${deadlineLine(l10n, d)}`);
    if ((d.status === 'deadline' || d.status === 'unverified') && d.daysLeft !== undefined) lines.push(`  ${countdownText(l10n, d.daysLeft)}`);
    if ('rule' in d && d.rule) lines.push(`  ${t('complaintPathway.deadline.rule', { rule: say(l10n, d.rule) })}`);
    if ('caveats' in d) lines.push(...d.caveats.map((c) => `  ! ${say(l10n, c)}`));
    if ('sources' in d) cite(d);
    if ('verification' in d && d.verification !== 'official') lines.push(`  ${t(`provenance.${d.verification}`)}`);

    lines.push('', t('complaintPathway.section.steps'));
    r.pathway.steps.forEach((step, i) => {
      cite(step);
      lines.push(`${l10n.number(i + 1)}. ${t(codes.stage(step.stage))}: ${text(step.body)}${step.condition ? ` (${t(codes.condition(step.condition))})` : ''}`);
      lines.push(`   ${text(step.action)}`);
      for (const c of step.channels) {
        cite(c);
        const how = [c.phone, c.url, c.webAddress, c.email, c.place ? text(c.place) : undefined].filter(Boolean).join(' · ');
        lines.push(`   - ${text(c.name)}${how ? `: ${how}` : ''}`);
      }
      if (step.documents.length) {
        lines.push(`   ${t('complaintPathway.summary.documents')}:`);
        for (const doc of step.documents) {
          lines.push(`   [${s.ticked.has(doc) ? 'x' : ' '}] ${t(codes.document(doc))} (${t(s.ticked.has(doc) ? 'complaintPathway.summary.checked' : 'complaintPathway.summary.unchecked')})`);
        }
      }
      cite(step.cost);
      lines.push(`   ${t('complaintPathway.cost')}: ${costText(l10n, step.cost)}`);
      for (const p of step.timeLimits.periods) {
        cite(p);
        lines.push(`   ${periodText(l10n, p)}`);
      }
      if (step.verification !== 'official') lines.push(`   ${t(`provenance.${step.verification}`)}`);
    });
    for (const p of r.pathway.protections) {
      cite(p);
      lines.push('', `${t(codes.protection(p.kind))}: ${text(p.text)}`);
    }
  }

  if (r.originSupport) {
    lines.push('', t('complaintPathway.section.origin', { country: l10n.country(r.originSupport.origin) }));
    for (const b of r.originSupport.bodies) {
      cite(b);
      const contacts = b.channels.map((c) => [c.phone, c.url, c.webAddress, c.email].filter(Boolean).join(' ')).filter(Boolean);
      lines.push(`- ${text(b.name)}${contacts.length ? `: ${contacts.join(' · ')}` : ''}`);
    }
  }

  const { name, phone, url } = s.referral;
  if (name || phone || url) lines.push('', t('complaintPathway.section.localHelp'), ...[name, phone, url].filter(Boolean).map((x) => `- ${x}`));

  if (sources.size) lines.push('', t('provenance.source'), ...[...sources.values()].map((x) => `- ${x.title} <${x.url}>`));
  return lines.join('\n');
}
