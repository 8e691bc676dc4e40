/** Indonesian wording of the input problems shared by every module. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'error.required': 'Tolong isi bagian ini.',
  'error.invalid': 'Sepertinya ini belum benar. Tolong periksa lagi.',
  'error.tooSmall': 'Ini terlalu kecil. Paling sedikit {minimum}.',
  'error.tooBig': 'Ini terlalu besar. Paling banyak {maximum}.',
  'error.format': 'Bentuknya tidak sesuai. Tolong periksa lagi.',
  'error.choice': 'Tolong pilih salah satu.',
  'error.date': 'Tulis tanggal yang benar, misalnya 2025-03-31.',
  'error.endBeforeStart': 'Hari terakhir lebih awal dari hari pertama. Tolong periksa kedua tanggal itu.',
  'error.negative': 'Ini tidak boleh kurang dari nol.',
  'error.currencyMismatch': 'Pakai {expected}, yaitu mata uang negara tempat Anda bekerja (bukan {got}).',
  'error.hoursImpossible': 'Jumlah jam ini lebih banyak dari jam yang ada dalam masa itu (paling banyak {maximum} jam).',
  'error.countryNotCovered': 'Kami belum mencakup negara ini.',
  'error.periodTooLong': 'Masanya terlalu panjang. Harus kurang dari {years} tahun.',
  'error.outsidePeriod': 'Bulan ini di luar masa yang Anda tulis ({from} sampai {to}).',
} as const;
