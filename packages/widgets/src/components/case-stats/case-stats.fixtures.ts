/**
 * A small campaign's cases and helpers that drive <mr-case-stats> as a person would (choosing
 * files, typing a passphrase or rates, opening tables). Shared by the tests and the stories.
 */
import type { Case, Violation } from '@migrant-rights/sdk/cases';
import type { MrCaseStats } from './case-stats.js';

function root(el: MrCaseStats): ShadowRoot {
  return el.shadowRoot!;
}

export async function settle(el: MrCaseStats): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

const DESTINATIONS = ['QA', 'QA', 'QA', 'AE', 'KW', 'SA'] as const;
const SECTORS = ['construction', 'construction', 'domestic-work', 'security', 'cleaning'] as const;
const STATUSES = ['open', 'in-progress', 'in-progress', 'resolved', 'closed-unresolved'] as const;

/**
 * `n` valid cases shaped like a campaign's: most in Qatar, unpaid wages in QAR or KWD from early
 * 2024, about half with a forced-labour indicator, some recruitment fees (not wages), one dated
 * by year only and one undated.
 */
export function campaignCases(n = 24): Case[] {
  return Array.from({ length: n }, (_, i) => {
    const destination = DESTINATIONS[i % DESTINATIONS.length]!;
    const violations: Violation[] = [];
    const month = String((i % 9) + 1).padStart(2, '0');
    if (i % 4 !== 3) {
      violations.push({
        type: i % 5 === 0 ? 'underpayment' : 'unpaid-wages',
        period: { from: `2024-${month}`, to: `2024-${month}-28` },
        amount: destination === 'KW' ? { currency: 'KWD', minor: 120500 + i } : { currency: 'QAR', minor: 100000 * ((i % 3) + 1) },
      });
    }
    if (i % 2 === 0) violations.push({ type: i % 3 === 0 ? 'debt-bondage' : 'retention-of-identity-documents', period: { from: `2024-${month}` } });
    if (i % 3 === 1) violations.push({ type: 'recruitment-fees', amount: { currency: 'NPR', minor: 15000000 } });
    if (i === 5) violations.splice(0, violations.length, { type: 'isolation', period: { from: '2023' } });
    if (i === 7) violations.splice(0, violations.length, { type: 'contract-substitution' });
    return {
      id: `case-${String(i).padStart(4, '0')}-campaign`,
      schemaVersion: 1,
      createdOn: '2024-10-01',
      updatedOn: '2024-10-15',
      status: STATUSES[i % STATUSES.length]!,
      worker: { pseudonym: `Worker ${i + 1}`, sector: SECTORS[i % SECTORS.length]!, nationality: i % 2 ? 'NP' : 'BD' },
      journey: { origin: i % 2 ? 'NP' : 'BD', destination },
      violations,
      actions: [],
      referrals: [],
      consent: { given: true, scope: 'share-anonymised', givenOn: '2024-10-01' },
    };
  });
}

/** Chooses files in the file picker (as if picked by the person) and waits for them to be read. */
export async function chooseFiles(el: MrCaseStats, files: File[]): Promise<void> {
  await settle(el);
  const input = root(el).querySelector<HTMLInputElement>('#files')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitIdle(el);
}

async function waitIdle(el: MrCaseStats): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await settle(el);
    if (!root(el).querySelector('.status')?.textContent?.trim()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function unlock(el: MrCaseStats, passphrase: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#passphrase')!;
  input.value = passphrase;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
  [...root(el).querySelectorAll<HTMLButtonElement>('[part=import] button')].at(-1)!.click();
  await new Promise((r) => setTimeout(r, 0));
  await waitIdle(el);
}

export async function convertTo(el: MrCaseStats, currency: string, rates: Record<string, string> = {}): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>('#convert-to')!;
  select.value = currency;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
  for (const [from, rate] of Object.entries(rates)) {
    const input = root(el).querySelector<HTMLInputElement>(`#rate-${from}`)!;
    input.value = rate;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
  }
}

/** The rows of a chart's data table: [label, number as shown]. */
export function tableRows(el: MrCaseStats, chart: string): Array<[string, string]> {
  return [...root(el).querySelectorAll(`#${chart}-table tbody tr`)].map((tr) => [
    tr.querySelector('th')!.textContent!.trim(),
    tr.querySelector('td')!.textContent!.trim(),
  ]);
}

export async function toggleTable(el: MrCaseStats, chart: string): Promise<void> {
  root(el).querySelector<HTMLButtonElement>(`#chart-${chart} button.toggle`)!.click();
  await settle(el);
}

/** The import problems shown: [file caption, row, column, message]. */
export function importProblems(el: MrCaseStats): Array<[string, string, string, string]> {
  return [...root(el).querySelectorAll('[part=errors] table')].flatMap((table) => {
    const caption = table.querySelector('caption')!.textContent!.trim();
    return [...table.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/[ \t\r\n]+/g, ' ').trim());
      return [caption, cells[0]!, cells[1]!, cells[2]!] as [string, string, string, string];
    });
  });
}
