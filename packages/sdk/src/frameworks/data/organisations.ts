/** Organisations that host secretariats, observe processes or adopt instruments (names only, no claims). */
import type { Organisation } from '../schema.js';

export const ORGANISATIONS: readonly Organisation[] = [
  { id: 'united-nations', name: { en: 'United Nations' }, acronym: 'UN' },
  { id: 'un-general-assembly', name: { en: 'UN General Assembly' }, acronym: 'UNGA' },
  { id: 'ilo', name: { en: 'International Labour Organization' }, acronym: 'ILO' },
  { id: 'iom', name: { en: 'International Organization for Migration' }, acronym: 'IOM' },
  { id: 'oecd', name: { en: 'Organisation for Economic Co-operation and Development' }, acronym: 'OECD' },
  { id: 'un-women', name: { en: 'UN Women' } },
  { id: 'ioe', name: { en: 'International Organisation of Employers' }, acronym: 'IOE' },
  { id: 'eu', name: { en: 'European Union' }, acronym: 'EU' },
  { id: 'european-commission', name: { en: 'European Commission' } },
  { id: 'icmpd', name: { en: 'International Centre for Migration Policy Development' }, acronym: 'ICMPD' },
  { id: 'mfa', name: { en: 'Migrant Forum in Asia' }, acronym: 'MFA' },
  { id: 'private-sector', name: { en: 'Private sector' } },
  { id: 'civil-society', name: { en: 'Civil society' } },
];
