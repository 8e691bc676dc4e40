/** Registry of pathway data: one entry per destination and per origin. */
import type { Destination } from '../../geo/index.js';
import type { DestinationData, OriginSupport, PathwayOrigin } from '../schema.js';
import { AE } from './ae.js';
import { BH } from './bh.js';
import { HK } from './hk.js';
import { KW } from './kw.js';
import { MY } from './my.js';
import { OM } from './om.js';
import { QA } from './qa.js';
import { SA } from './sa.js';
import { SG } from './sg.js';
import { BD } from './origins/bd.js';
import { ID } from './origins/id.js';
import { IN } from './origins/in.js';
import { LK } from './origins/lk.js';
import { NP } from './origins/np.js';
import { PH } from './origins/ph.js';

export const DESTINATION_DATA: Readonly<Record<Destination, DestinationData>> = { QA, AE, SA, KW, BH, OM, MY, SG, HK };
export const ORIGIN_DATA: Readonly<Record<PathwayOrigin, OriginSupport>> = { PH, NP, BD, ID, LK, IN };
