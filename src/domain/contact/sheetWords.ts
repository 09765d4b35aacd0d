// The sheet's own words in each language: column headers and the values of the enum columns
// (stages, activity types, Yes/No/Unknown, readiness, lead sources). The domain works with the
// English words as canonical values; a sheet stores them in its sheet language, and reading
// accepts either language, so a sheet set up in one keeps working for a user of the other.
// The same words label fields and values in the interface language (fieldLabel, valueLabel).
import { activeLang, type Lang } from '../messages/lang';

/** English header → Indonesian header, for both tabs (no header is shared between them). */
const HEADERS_ID: Record<string, string> = {
  ID: 'ID',
  Name: 'Nama',
  Company: 'Perusahaan',
  Email: 'Email',
  Phone: 'No HP',
  'Postal address': 'Alamat pos',
  Birthday: 'Ulang tahun',
  'Lead source': 'Sumber calon',
  Owner: 'Penanggung jawab',
  Stage: 'Tahap',
  'Fits target market': 'Sesuai target pasar',
  'Target market evidence': 'Bukti target pasar',
  'Can afford': 'Mampu membeli',
  'Affordability evidence': 'Bukti mampu membeli',
  'Can decide': 'Bisa memutuskan',
  'Decision evidence': 'Bukti pengambil keputusan',
  Readiness: 'Kesiapan',
  'Next follow-up': 'Tindak lanjut berikutnya',
  'Last contacted': 'Terakhir dihubungi',
  'Keep in touch': 'Tetap berhubungan',
  'Recontact on': 'Hubungi lagi pada',
  Purchases: 'Jumlah pembelian',
  'Last purchase': 'Pembelian terakhir',
  Notes: 'Catatan',
  'Import batch': 'Batch impor',
  Created: 'Dibuat',
  Updated: 'Diperbarui',
  'Activity ID': 'ID aktivitas',
  When: 'Waktu',
  'Contact ID': 'ID kontak',
  'Contact name': 'Nama kontak',
  Type: 'Jenis',
  Summary: 'Ringkasan',
  'Their questions': 'Pertanyaan mereka',
  'Their concerns': 'Kekhawatiran mereka',
  'Next step': 'Langkah berikutnya',
  'Follow-up date': 'Tanggal tindak lanjut',
  'From stage': 'Dari tahap',
  'To stage': 'Ke tahap',
  By: 'Oleh',
};

/** Canonical (English) value → Indonesian, for every enum column's options. */
const VALUES_ID: Record<string, string> = {
  // Stages
  Lead: 'Calon',
  Prospect: 'Prospek',
  'In sales': 'Dalam penjualan',
  Customer: 'Pelanggan',
  'Repeat buyer': 'Pelanggan tetap',
  'Not ready': 'Belum siap',
  'Said no': 'Menolak',
  'Not a fit': 'Tidak cocok',
  // Criteria, readiness, keep in touch
  Yes: 'Ya',
  No: 'Tidak',
  Unknown: 'Belum tahu',
  'Ready now': 'Siap sekarang',
  'Not yet': 'Belum',
  // Lead sources
  'Bought list': 'Daftar beli',
  'Phone book': 'Buku telepon',
  'Internet search': 'Cari di internet',
  'In person': 'Tatap muka',
  Referral: 'Rekomendasi',
  Event: 'Acara',
  Other: 'Lainnya',
  // Activity types
  Call: 'Telepon',
  Meeting: 'Pertemuan',
  'Online form': 'Formulir online',
  Message: 'Pesan',
  Note: 'Catatan',
  Qualification: 'Kualifikasi',
  'Stage change': 'Ganti tahap',
  Sale: 'Penjualan',
  Import: 'Impor',
  Merge: 'Gabung',
};

/**
 * Text reduced to letters and digits, lower case, accents removed: 'Next Follow-up',
 * 'next follow up' and 'NEXT  FOLLOWUP' all match, so a user's re-casing doesn't lose a column.
 */
export function normalizeWord(h: unknown): string {
  return String(h ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A header in a language ('Next follow-up' → 'Tindak lanjut berikutnya'). */
export function headerIn(lang: Lang, englishHeader: string): string {
  return lang === 'id' ? (HEADERS_ID[englishHeader] ?? englishHeader) : englishHeader;
}

/** Every header a column of this field may carry, one per language. */
export function headerNames(englishHeader: string): string[] {
  const id = HEADERS_ID[englishHeader];
  return id && id !== englishHeader ? [englishHeader, id] : [englishHeader];
}

/** A canonical value in a language; a value that is not one of ours is returned as it is. */
export function valueIn(lang: Lang, value: string): string {
  return lang === 'id' ? (VALUES_ID[value] ?? value) : value;
}

/** Every word a canonical value may be written as, one per language. */
export function valueNames(value: string): string[] {
  const id = VALUES_ID[value];
  return id && id !== value ? [value, id] : [value];
}

/** A field's label in the interface language (the sheet's header in that language). */
export function fieldLabel(englishHeader: string): string {
  return headerIn(activeLang(), englishHeader);
}

/** A value (stage, type, answer) as the interface language says it. */
export function valueLabel(value: string): string {
  return valueIn(activeLang(), value);
}

/**
 * The language a header row is written in: Indonesian when more of its headers are Indonesian-
 * only words than English-only ones; English otherwise (an empty row, a tie).
 */
export function headerLang(row: readonly unknown[], englishHeaders: readonly string[]): Lang {
  const norm = normalizeWord;
  const cells = new Set(row.map(norm));
  let en = 0;
  let id = 0;
  for (const h of englishHeaders) {
    const other = HEADERS_ID[h];
    if (!other || norm(other) === norm(h)) continue;
    if (cells.has(norm(h))) en++;
    if (cells.has(norm(other))) id++;
  }
  return id > en ? 'id' : 'en';
}
