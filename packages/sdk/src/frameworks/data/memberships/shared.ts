import type { Membership } from '../../schema.js';

/** One membership entry per country, all sharing the same role, dates and provenance. */
export function forEach(countries: readonly string[], entry: Omit<Membership, 'country' | 'organisation'>): Membership[] {
  return countries.map((country) => ({ ...entry, country }));
}

/** One entry per organisation (IOM, civil society…), sharing role, dates and provenance. */
export function forEachOrganisation(organisations: readonly string[], entry: Omit<Membership, 'country' | 'organisation'>): Membership[] {
  return organisations.map((organisation) => ({ ...entry, organisation }));
}
