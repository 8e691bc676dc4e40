/** Who holds a role in a process on a date. */
import { isIsoDate, type IsoDate } from '../dates/index.js';
import { certaintyOn, periodOf } from './dated.js';
import { memberships, processById } from './registry.js';
import type { Membership, Role } from './schema.js';
import type { RoleOnDate } from './types.js';
import { roleCode } from './codes.js';

/** Roles in force on `on` for entries matching `match`, with how certain each is. */
export function rolesOn(match: (m: Membership) => boolean, on: IsoDate): RoleOnDate[] {
  const out: RoleOnDate[] = [];
  for (const membership of memberships()) {
    if (!match(membership)) continue;
    const certainty = certaintyOn(membership, on);
    const process = processById(membership.process);
    if (!certainty || !process) continue;
    out.push({ code: roleCode(membership.role), process, membership, certainty, period: periodOf(membership), disputed: membership.variant !== undefined });
  }
  return out;
}

export interface MembersOnOptions {
  role?: Role;
  /** Include entries from sources that disagree (variants). Off by default: counts use the preferred reading. */
  includeDisputed?: boolean;
  /** Only entries that certainly held on the day (not merely within a year the sources give). */
  certainOnly?: boolean;
}

/**
 * States holding `role` (default: member) in `processId` on `on`. An invalid date or unknown
 * process gives an empty list.
 */
export function membersOn(processId: string, on: IsoDate, options: MembersOnOptions = {}): RoleOnDate[] {
  if (!isIsoDate(on)) return [];
  const role = options.role ?? 'member';
  const roles = rolesOn((m) => m.process === processId && m.role === role && m.country !== undefined && (options.includeDisputed || m.variant === undefined), on);
  return roles.filter((r) => !options.certainOnly || r.certainty === 'certain');
}
