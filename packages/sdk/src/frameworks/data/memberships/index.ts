import type { Membership } from '../../schema.js';
import { ABU_DHABI_DIALOGUE } from './abu-dhabi-dialogue.js';
import { ASEAN } from './asean.js';
import { COLOMBO_PROCESS } from './colombo-process.js';
import { GLOBAL_AND_INTERREGIONAL } from './global-and-interregional.js';

export const MEMBERSHIPS: readonly Membership[] = [...COLOMBO_PROCESS, ...ABU_DHABI_DIALOGUE, ...ASEAN, ...GLOBAL_AND_INTERREGIONAL];
