/** Indonesia: research §0.6 and §2. The Ministry for the Protection of Indonesian Migrant Workers (KP2MI, still branded BP2MI on channels). */
import type { OriginSupport } from '../../schema.js';
import { dial, en, fact, source } from '../common.js';

const merdeka = source('KP2MI pertegas komitmen lindungi PMI', 'https://planet.merdeka.com/amp/hot-news/kp2mi-pertegas-komitmen-lindungi-pmi-sejalan-dengan-pernyataan-presiden-prabowo-373481-mvk.html', 'Merdeka');
const mediaMasakini = source('Respons pernyataan Presiden, KP2MI pastikan lindungi pekerja migran', 'https://mediamasakini.id/respons-pernyataan-presiden-kp2mi-pastikan-lindungi-pekerja-migran', 'Media Masakini');
const presnaPress = source('Sejak November 2024 Kementerian P2MI terima 567 masalah pekerja migran', 'https://www.presnapress.com/nasional/2025/05/28/sejak-november-2024-kementerian-p2mi-terima-567-masalah-pekerja-migran', 'Presna Press');
const metroTv = source('Kementerian P2MI janji lindungi pekerja migran', 'https://www.metrotvnews.com/play/kM6CaVx4-kementerian-p2mi-janji-lindungi-pekerja-migran', 'Metro TV News');

const channelFact = fact({ sources: [merdeka, mediaMasakini, presnaPress], verification: 'secondary', check: 'Yes-secondary', note: 'Reported in 2025. The complaint system runs 24 hours; it handled 567 complaints from Nov 2024 to Apr 2025.' });

export const ID = {
  origin: 'ID',
  bodies: [
    {
      id: 'kp2mi',
      kind: 'ministry',
      name: en('Ministry for the Protection of Indonesian Migrant Workers (KP2MI / BP2MI)'),
      role: en('Takes complaints from Indonesian migrant workers at home and abroad, through its call centre, WhatsApp, online complaint system and BP3MI/P4MI offices.'),
      where: 'both',
      channels: [
        { id: 'call-centre', kind: 'phone', name: en('KP2MI call centre (from inside Indonesia)'), ...dial('0-800-1000'), dialFrom: 'in-country', open24h: true, ...channelFact },
        { id: 'call-abroad', kind: 'phone', name: en('KP2MI call centre (from abroad)'), ...dial('+62 21 2924 4800'), dialFrom: 'abroad', open24h: true, ...channelFact },
        { id: 'whatsapp', kind: 'app', name: en('KP2MI WhatsApp'), phone: '0811-8080-141', via: 'whatsapp', ...channelFact },
        { id: 'siskop2mi', kind: 'online', name: en('SISKOP2MI online complaint system'), webAddress: 'siskop2mi.bp2mi.go.id', use: 'complaints', ...channelFact },
        { id: 'bp3mi-offices', kind: 'in-person', name: en('BP3MI / P4MI offices'), place: en('A BP3MI or P4MI office in Indonesia'), use: 'complaints', ...channelFact },
      ],
      whoMayFile: ['worker'],
      periods: [],
      ...fact({ from: '2024', sources: [metroTv, merdeka, mediaMasakini, presnaPress], verification: 'secondary', check: 'Yes-secondary', note: 'The ministry was created in late 2024; its minister is also Head of BP2MI, and the BP2MI name is still used on channels.' }),
    },
    {
      id: 'kbri',
      kind: 'embassy',
      name: en('Indonesian embassy (KBRI)'),
      role: en('Indonesian embassies take complaints from migrant workers abroad.'),
      where: 'abroad',
      channels: [],
      whoMayFile: ['worker'],
      periods: [],
      ...fact({ sources: [merdeka, mediaMasakini], verification: 'secondary', check: 'Yes-secondary' }),
    },
  ],
  deadlines: [],
} satisfies OriginSupport;
