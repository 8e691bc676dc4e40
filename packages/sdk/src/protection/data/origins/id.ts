/** Indonesia: BPJS Ketenagakerjaan for migrant workers (PMI) under Permenaker 4/2023. Research §3.2. */
import type { CountryProtection } from '../../schema.js';
import { amount, condition, source } from '../common.js';

const INFOREGULASI = source(
  'Permenaker Nomor 4 Tahun 2023',
  'https://inforegulasi.com/2023/03/permenaker-nomor-4-tahun-2023-tentang.html',
  'Info Regulasi',
);
const BPJS = source(
  'Manfaat program JKM untuk ahli waris pekerja migran Indonesia',
  'https://www.bpjsketenagakerjaan.go.id/artikel/18896/artikel-manfaat-program-jkm-untuk-ahli-waris-pekerja-migran-indonesia.bpjs',
  'BPJS Ketenagakerjaan',
);
const SUARA_NTB = source(
  'Manfaat untuk ahli waris jika pekerja migran meninggal dunia',
  'https://suarantb.com/2026/01/21/manfaat-untuk-ahli-waris-jika-pekerja-migran-meninggal-dunia',
  'Suara NTB',
);
const RADAR_JOGJA = source('PMI meninggal dapat santunan', 'https://radarjogja.co/2019/01/30/pmi-meninggal-dapat-santunan', 'Radar Jogja');

/** The regulation was reported in March 2023; its start day is not in the research. */
const permenaker = {
  effectiveFrom: '2023-03-31',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [INFOREGULASI],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Permenaker 4/2023, reported in March 2023; its start day is not in the research. Earlier rules (Permenaker 18/2018) are not encoded branch by branch.',
};
const jknNote = 'The research says migrant workers’ health cover is through JKN; its terms for workers abroad are not verified.';
const preDeparture = [condition('protection.condition.fromPreDeparture'), condition('protection.condition.registerBeforeDepartureOrAtMission')];

export const ID: CountryProtection = {
  country: 'ID',
  side: 'origin',
  schemes: [
    {
      ...permenaker,
      id: 'ID.bpjs-ketenagakerjaan',
      name: { en: 'BPJS Ketenagakerjaan (employment social security for migrant workers)', id: 'BPJS Ketenagakerjaan untuk Pekerja Migran Indonesia' },
      country: 'ID',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      note: `${permenaker.note} Under Permenaker 18/2018 the contribution was Rp 370,000 for 31 months of cover through a placement agency, or Rp 332,500 for an individual.`,
      branches: [
        { ...permenaker, branch: 'employment-injury', level: 'mandatory', conditions: [condition('protection.condition.programme', { params: { name: 'JKK' } }), ...preDeparture] },
        {
          ...permenaker,
          sources: [INFOREGULASI, BPJS, SUARA_NTB, RADAR_JOGJA],
          check: 'Yes-secondary; amounts Yes-official',
          branch: 'survivors',
          level: 'mandatory',
          conditions: [
            condition('protection.condition.programme', { params: { name: 'JKM' } }),
            ...preDeparture,
            condition('protection.condition.deathWhileWorkingAbroad', { amounts: { amount: amount('IDR', '85000000') }, params: { children: 2 } }),
            condition('protection.condition.deathBeforeOrAfterWork', {
              amounts: {
                lumpSum: amount('IDR', '20000000'),
                periodic: amount('IDR', '12000000'),
                funeral: amount('IDR', '10000000'),
                total: amount('IDR', '42000000'),
              },
            }),
          ],
        },
        { ...permenaker, branch: 'old-age', level: 'voluntary', conditions: [condition('protection.condition.programme', { params: { name: 'JHT' } })] },
      ],
      extras: [],
    },
    {
      ...permenaker,
      id: 'ID.jkn',
      name: { en: 'JKN national health insurance', id: 'Jaminan Kesehatan Nasional (JKN)' },
      country: 'ID',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      note: jknNote,
      branches: [{ ...permenaker, note: jknNote, branch: 'medical-care', level: 'unknown', conditions: [] }],
      extras: [],
    },
  ],
  findings: [],
};
