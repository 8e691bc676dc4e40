/** Viet Nam (origin): Circular 21/2021 sets maximum service charges; the figures are not in the research. */
import type { FeeCapRule } from '../../schema.js';
import { source } from './source.js';

const LUATVIETNAM = source(
  'Circular No. 21/2021/TT-BLDTBXH',
  'https://english.luatvietnam.vn/circular-no-21-2021-tt-bldtbxh-dated-december-15-2021-of-the-ministry-of-labor-invalids-and-social-affairs-detailing-a-number-of-articles-of-the-la-215268-Doc1.html',
  'LuatVietnam',
);
const THUVIEN = source(
  'Circular 21/2021/TT-BLDTBXH detailing articles of the Law on Vietnamese guest workers',
  'https://thuvienphapluat.vn/van-ban/EN/Lao-dong-Tien-luong/Circular-21-2021-TT-BLDTBXH-detailing-of-articles-of-the-Law-on-Vietnamese-guest-workers/529029/tieng-anh.aspx',
  'Thu Vien Phap Luat',
);

export const VIET_NAM_RULES: FeeCapRule[] = [
  {
    id: 'vn-service-charge',
    series: 'vn-service-charge',
    jurisdiction: 'origin',
    country: 'VN',
    scope: {},
    cap: { kind: 'unknown' },
    effectiveFrom: '2022-01-01',
    datePrecision: 'approximate',
    sources: [LUATVIETNAM, THUVIEN],
    verification: 'unverified',
    check: 'V (instrument) / U (numbers)',
    note:
      'Law on Vietnamese Guest Workers No. 69/2020/QH14 and Circular 21/2021/TT-BLDTBXH (2021-12-15) set a maximum service charge (Art. 23.4.c) and brokerage commission (Art. 22.3), with market-specific ceilings. ' +
      "The figures are not in the research (a recollection of one month's salary per 12 months, at most 3 months, is unverified and not used). The law's start date (2022-01-01) is unverified.",
  },
];
