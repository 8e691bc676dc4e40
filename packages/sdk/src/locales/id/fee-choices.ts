/**
 * Indonesian wording of the fee choices a form offers (what a payment was for, who was paid, jobs,
 * kinds of workplace, sex): the first questions of the fee checker. The law's wording is in fees.ts;
 * a form shows its questions with these alone.
 * Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  // What a payment was for: plain choices for the worker
  'fees.purpose.agency-service': 'Biaya jasa agen atau perusahaan penempatan',
  'fees.purpose.visa': 'Visa',
  'fees.purpose.work-permit': 'Izin kerja atau izin tinggal',
  'fees.purpose.passport': 'Paspor',
  'fees.purpose.documents': 'Dokumen lain (SKCK atau surat keterangan polisi, cap kontrak, terjemahan)',
  'fees.purpose.government-registration': 'Pendaftaran ke pemerintah atau izin berangkat',
  'fees.purpose.welfare-fund': 'Dana perlindungan (welfare fund)',
  'fees.purpose.medical-exam': 'Pemeriksaan kesehatan (medical)',
  'fees.purpose.insurance': 'Asuransi',
  'fees.purpose.skills-test': 'Tes keterampilan atau bahasa',
  'fees.purpose.training': 'Pelatihan atau pembekalan',
  'fees.purpose.equipment': 'Alat kerja, seragam atau perlengkapan',
  'fees.purpose.air-ticket': 'Tiket pesawat',
  'fees.purpose.local-travel': 'Perjalanan di negara Anda (ke wawancara, pelatihan, bandara)',
  'fees.purpose.accommodation': 'Tempat menginap atau makan selama menunggu',
  'fees.purpose.deposit': 'Deposit (uang titipan)',
  'fees.purpose.bond': 'Uang jaminan',
  'fees.purpose.loan-repayment': 'Membayar kembali utang',
  'fees.purpose.unofficial-payment': 'Uang tambahan tanpa kuitansi atau layanan',
  'fees.purpose.other': 'Lainnya',

  // Who was paid
  'fees.payee.recruitment-agency': 'Agen atau perusahaan penempatan',
  'fees.payee.sub-agent': 'Sponsor, calo atau perantara',
  'fees.payee.employer': 'Majikan',
  'fees.payee.government': 'Kantor pemerintah',
  'fees.payee.training-centre': 'Tempat pelatihan (misalnya BLK)',
  'fees.payee.medical-centre': 'Klinik atau pusat medical',
  'fees.payee.other': 'Orang lain',

  // Jobs some rules depend on
  'fees.occupation.housekeeper': 'Pengurus rumah tangga',
  'fees.occupation.baby-carer': 'Pengasuh bayi',
  'fees.occupation.elderly-carer': 'Pengasuh lansia (orang tua)',
  'fees.occupation.cook': 'Juru masak',
  'fees.occupation.family-driver': 'Sopir keluarga',
  'fees.occupation.gardener': 'Tukang kebun (perawat taman)',
  'fees.occupation.child-carer': 'Pengasuh anak',
  'fees.occupation.cleaner': 'Petugas kebersihan',
  'fees.occupation.farm-plantation-worker': 'Pekerja pertanian atau perkebunan',
  'fees.occupation.fishing-crew': 'Awak kapal perikanan (ABK)',
  'fees.occupation.construction': 'Pekerja bangunan',
  'fees.occupation.manufacturing': 'Pekerja pabrik',
  'fees.occupation.hospitality': 'Pekerja hotel, restoran atau toko',
  'fees.occupation.other': 'Pekerjaan lain',

  // Kinds of workplace
  'fees.workerCategory.general': 'Perusahaan, toko, proyek bangunan, kebun atau tempat kerja lain',
  'fees.workerCategory.domestic': 'Di rumah (pekerja rumah tangga, pengasuh atau perawat, sopir keluarga)',

  // Sex, asked only where a rule differs for women and men
  'fees.workerSex.female': 'Perempuan',
  'fees.workerSex.male': 'Laki-laki',
} as const;
