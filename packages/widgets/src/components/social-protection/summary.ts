import type { CoverageItem, CoverageMatrix, DestinationComparison, SideCoverage } from '@migrant-rights/sdk/protection/core';
import type { Source } from '@migrant-rights/sdk/provenance';
import type { LocalizeController } from '../../internal/localize.js';
import { compareSentence, gapsSentence, resultHeading } from './protection-model.js';

/**
 * A plain-text summary to copy or print for advocacy: who (a kind of worker, never a person),
 * where, on which day, the gaps, each area's cover on each side, the comparison, and every
 * source. It contains no name or identifier: the widget never asks for one.
 */
export function protectionSummary(l10n: LocalizeController, m: CoverageMatrix, comparison?: DestinationComparison): string {
  const t = l10n.t.bind(l10n);
  const level = (l: string) => t(`protection.level.${l}`);
  const schemes = (items: readonly CoverageItem[]) =>
    items.flatMap((i) => (i.scheme ? [`    - ${t('socialProtection.itemLevel', { scheme: l10n.text(i.scheme.name).text, level: level(i.level) })}`] : []));
  const side = (label: string, s: SideCoverage) => [`  ${label}: ${level(s.level)}`, ...schemes(s.items)];
  const lines = [t('socialProtection.title'), resultHeading(l10n, m), '', gapsSentence(l10n, m), ''];
  for (const row of m.branches) {
    lines.push(`${t(`protection.branch.${row.branch}`)}${row.gap ? ` — ${t('socialProtection.summary.noKnownCover')}` : ''}`);
    lines.push(...side(t('socialProtection.summary.where'), row.destination));
    if (row.origin) lines.push(...side(t('socialProtection.summary.home'), row.origin), `  ${t('socialProtection.best', { level: level(row.best) })}`);
  }
  if (comparison) {
    lines.push('', compareSentence(l10n, comparison));
    const names = comparison.destinations.map((d) => l10n.country(d));
    for (const row of comparison.rows) {
      const cells = row.levels.map((l, i) => `${names[i]}: ${level(l)}`).join(' · ');
      lines.push(`${row.differs ? '≠' : '='} ${t(`protection.branch.${row.branch}`)} — ${cells}`);
    }
  }
  if (m.extras.length) {
    lines.push('', t('socialProtection.section.extras'));
    for (const e of m.extras) lines.push(`- ${t(`protection.extra.${e.kind}`)}: ${l10n.text(e.scheme.name).text} (${l10n.country(e.country)})`);
  }
  if (m.agreements.length) {
    lines.push('', t('socialProtection.section.agreements'));
    for (const a of m.agreements) lines.push(`- ${l10n.text(a.agreement.name).text}: ${t(a.code)}`);
  }
  const sources = uniqueSources([
    ...m.branches.flatMap((b) => [...b.destination.items, ...(b.origin?.items ?? [])]),
    ...m.extras,
    ...m.agreements.map((a) => a.agreement),
    ...(comparison?.matrices.slice(1).flatMap((x) => x.branches.flatMap((b) => b.destination.items)) ?? []),
  ]);
  if (sources.length) {
    lines.push('', t('socialProtection.summary.sources'));
    for (const s of sources) lines.push(`- ${s.title} <${s.url}>`);
  }
  if (m.verification !== 'official') lines.push('', t(`socialProtection.verification.${m.verification}`));
  return lines.join('\n');
}

function uniqueSources(facts: ReadonlyArray<{ sources: readonly Source[] }>): Source[] {
  const seen = new Map<string, Source>();
  for (const f of facts) for (const s of f.sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}
