// The words the sidebar's Import tab shows; the server's import catalog (imports.ts) includes them.
import type { ImportOutcome } from '../import/outcome';
import { activeLang, formatCount, formatCountId, jumlah, plural, type Lang } from './lang';

const en = {
  targets: {
    name: 'Name (full)',
    firstName: 'First name',
    middleName: 'Middle name',
    lastName: 'Last name',
    company: 'Company',
    email: 'Email',
    phone: 'Phone',
    address: 'Postal address',
    birthday: 'Birthday',
    notes: 'Notes',
    extra: 'Keep as extra column',
    ignore: "Don't import",
  },
  policies: {
    skip: 'Skip them',
    fill: 'Fill empty fields of the existing contact',
    anyway: 'Import them anyway',
  },
  // The Import tab
  tab: {
    heading: 'Import leads',
    intro: 'A CSV file (Google Contacts, Outlook, LinkedIn, any list) or pasted rows.',
    file: 'CSV file',
    chooseFile: 'Choose a file',
    noFile: 'No file chosen',
    paste: 'Or paste rows',
    usePasted: 'Use pasted rows',
    pastedName: 'pasted rows',
    nothingRead: 'No rows found: the first line should name the columns.',
    fileSummary: (file: string, rows: number, columns: number, skipped: number) =>
      `${file}: ${plural(rows, 'row', 'rows')}, ${plural(columns, 'column', 'columns')}` +
      (skipped ? `; ${plural(skipped, 'line', 'lines')} above the header skipped.` : '.'),
    mapping: 'Columns',
    example: (value: string) => `e.g. ${value}`,
    source: 'Lead source',
    chooseSource: 'Choose…',
    sourceChoose: 'Where did these leads come from? Choose one before importing.',
    sourceGuessed: (kind: string) =>
      `Guessed from the file: ${kind}. Change it if the leads came from elsewhere.`,
    sourceMissing: 'Choose the lead source first.',
    exports: {
      linkedin: 'a LinkedIn export',
      google: 'a Google Contacts export',
      outlook: 'an Outlook export',
    },
    country: 'Phone country',
    countryHint: 'For numbers without a country code (ID: 0812… = +62 812…).',
    policy: 'Rows that are duplicates',
    preview: 'Preview',
    previewing: 'Checking…',
    import: (o: ImportOutcome) =>
      [
        `Import ${plural(o.add, 'new lead', 'new leads')}`,
        o.fill ? `fill from ${plural(o.fill, 'duplicate', 'duplicates')}` : '',
        o.skip ? `skip ${plural(o.skip, 'duplicate', 'duplicates')}` : '',
        o.invalid ? `leave out ${plural(o.invalid, 'invalid row', 'invalid rows')}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    checked: (done: number, total: number) =>
      `Checked ${formatCount(done)} of ${formatCount(total)} rows.`,
    importing: 'Importing…',
    resume: 'Resume',
    stopped: (done: number, total: number, why: string) =>
      `The import stopped after ${formatCount(done)} of ${formatCount(total)} rows: ${why} Resume sends the rest; nothing is imported twice.`,
    moreNotes: (n: number) => `… and ${plural(n, 'more', 'more')}.`,
    possibleHeading: (n: number) =>
      `${plural(n, 'possible duplicate', 'possible duplicates')}: you decide`,
    phoneImport: 'Import',
    phoneSkip: 'Skip',
    importAllPossible: 'Import all',
    skipAllPossible: 'Skip all',
    decideFirst: (n: number) =>
      `Choose Import or Skip for ${plural(n, 'possible duplicate', 'possible duplicates')} first.`,
    undo: 'Undo last import',
    undoAsk: (file: string) =>
      `Remove the leads imported from ${file} that nobody has changed since?`,
    undoYes: 'Remove them',
    cancel: 'Cancel',
    duplicatesHeading: 'Duplicates',
    find: 'Find duplicates',
    finding: 'Looking…',
    keep: 'Keep this one',
    merge: 'Merge',
    merging: 'Merging…',
    progressLabel: 'Import progress',
    moreColumns: (n: number) => `${plural(n, 'more column', 'more columns')} not imported`,
    fewerColumns: 'Hide the columns not imported',
    undoUnfinished: 'Undo that import',
  },
  previewSummary: (c: { new: number; existing: number; inFile: number; invalid: number }) =>
    `${plural(c.new, 'new lead', 'new leads')}, ${plural(c.existing, 'duplicate', 'duplicates')} of contacts already in the sheet, ${plural(c.inFile, 'duplicate', 'duplicates')} within the file, ${plural(c.invalid, 'invalid row', 'invalid rows')}.`,
  // What happened, without the parts that did not ("filled 0 existing contacts").
  importDone: (r: { added: number; filled: number; skipped: number; invalid: number }) => {
    const left = [
      r.skipped ? plural(r.skipped, 'duplicate', 'duplicates') : '',
      r.invalid ? plural(r.invalid, 'invalid row', 'invalid rows') : '',
    ].filter(Boolean);
    return (
      [
        `Imported ${plural(r.added, 'lead', 'leads')}`,
        r.filled ? `filled ${plural(r.filled, 'existing contact', 'existing contacts')}` : '',
        left.length ? `skipped ${left.join(' and ')}` : '',
      ]
        .filter(Boolean)
        .join('; ') + '.'
    );
  },
  progress: (done: number, total: number) => `${formatCount(done)} of ${formatCount(total)} rows`,
  unfinishedOther: (file: string, done: number, total: number) =>
    `The previous import, of ${file}, stopped after ${formatCount(done)} of ${formatCount(total)} rows. This is another file, so it starts a new import. To resume the previous one instead, choose that file again; or undo it.`,
  resumeOffer: (file: string, done: number, total: number) =>
    `The import of ${file} stopped after ${formatCount(done)} of ${formatCount(total)} rows. Choose the same file to resume it (rows already imported are not imported twice), or undo it.`,
};

export type ImportTabText = typeof en;

const id: ImportTabText = {
  targets: {
    name: 'Nama (lengkap)',
    firstName: 'Nama depan',
    middleName: 'Nama tengah',
    lastName: 'Nama belakang',
    company: 'Perusahaan',
    email: 'Email',
    phone: 'No HP',
    address: 'Alamat pos',
    birthday: 'Ulang tahun',
    notes: 'Catatan',
    extra: 'Simpan sebagai kolom tambahan',
    ignore: 'Jangan diimpor',
  },
  policies: {
    skip: 'Lewati',
    fill: 'Isi kolom kosong kontak yang sudah ada',
    anyway: 'Tetap impor',
  },
  tab: {
    heading: 'Impor calon pelanggan',
    intro: 'File CSV (Google Kontak, Outlook, LinkedIn, daftar apa pun) atau baris yang ditempel.',
    file: 'File CSV',
    chooseFile: 'Pilih file',
    noFile: 'Belum ada file',
    paste: 'Atau tempel baris',
    usePasted: 'Pakai baris yang ditempel',
    pastedName: 'baris yang ditempel',
    nothingRead: 'Tidak ada baris: baris pertama harus berisi nama kolom.',
    fileSummary: (file: string, rows: number, columns: number, skipped: number) =>
      `${file}: ${jumlah(rows, 'baris')}, ${jumlah(columns, 'kolom')}` +
      (skipped ? `; ${jumlah(skipped, 'baris')} di atas judul kolom dilewati.` : '.'),
    mapping: 'Kolom',
    example: (value: string) => `mis. ${value}`,
    source: 'Sumber calon pelanggan',
    chooseSource: 'Pilih…',
    sourceChoose: 'Dari mana calon pelanggan ini? Pilih satu sebelum mengimpor.',
    sourceGuessed: (kind: string) =>
      `Ditebak dari file: ${kind}. Ubah bila calon pelanggan ini berasal dari tempat lain.`,
    sourceMissing: 'Pilih sumber calon pelanggan dulu.',
    exports: {
      linkedin: 'ekspor LinkedIn',
      google: 'ekspor Google Kontak',
      outlook: 'ekspor Outlook',
    },
    country: 'Negara nomor HP',
    countryHint: 'Untuk nomor tanpa kode negara (ID: 0812… = +62 812…).',
    policy: 'Baris yang duplikat',
    preview: 'Pratinjau',
    previewing: 'Memeriksa…',
    import: (o: ImportOutcome) =>
      [
        `Impor ${jumlah(o.add, 'calon pelanggan baru')}`,
        o.fill ? `lengkapi dari ${jumlah(o.fill, 'duplikat')}` : '',
        o.skip ? `lewati ${jumlah(o.skip, 'duplikat')}` : '',
        o.invalid ? `abaikan ${jumlah(o.invalid, 'baris tidak valid')}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    checked: (done: number, total: number) =>
      `${formatCountId(done)} dari ${formatCountId(total)} baris diperiksa.`,
    importing: 'Mengimpor…',
    resume: 'Lanjutkan',
    stopped: (done: number, total: number, why: string) =>
      `Impor berhenti setelah ${formatCountId(done)} dari ${formatCountId(total)} baris: ${why} Lanjutkan mengirim sisanya; tidak ada yang diimpor dua kali.`,
    moreNotes: (n: number) => `… dan ${formatCountId(n)} lagi.`,
    possibleHeading: (n: number) => `${jumlah(n, 'kemungkinan duplikat')}: Anda yang memutuskan`,
    phoneImport: 'Impor',
    phoneSkip: 'Lewati',
    importAllPossible: 'Impor semua',
    skipAllPossible: 'Lewati semua',
    decideFirst: (n: number) =>
      `Pilih Impor atau Lewati dulu untuk ${jumlah(n, 'kemungkinan duplikat')}.`,
    undo: 'Batalkan impor terakhir',
    undoAsk: (file: string) =>
      `Hapus calon pelanggan hasil impor ${file} yang belum diubah siapa pun sejak itu?`,
    undoYes: 'Hapus',
    cancel: 'Batal',
    duplicatesHeading: 'Duplikat',
    find: 'Cari duplikat',
    finding: 'Mencari…',
    keep: 'Simpan yang ini',
    merge: 'Gabungkan',
    merging: 'Menggabungkan…',
    progressLabel: 'Kemajuan impor',
    moreColumns: (n: number) => `${jumlah(n, 'kolom lain')} tidak diimpor`,
    fewerColumns: 'Sembunyikan kolom yang tidak diimpor',
    undoUnfinished: 'Batalkan impor itu',
  },
  previewSummary: (c: { new: number; existing: number; inFile: number; invalid: number }) =>
    `${jumlah(c.new, 'calon pelanggan baru')}, ${jumlah(c.existing, 'duplikat')} dari kontak yang sudah ada, ${jumlah(c.inFile, 'duplikat')} di dalam file, ${jumlah(c.invalid, 'baris tidak valid')}.`,
  importDone: (r: { added: number; filled: number; skipped: number; invalid: number }) => {
    const left = [
      r.skipped ? jumlah(r.skipped, 'duplikat') : '',
      r.invalid ? jumlah(r.invalid, 'baris tidak valid') : '',
    ].filter(Boolean);
    return (
      [
        `${jumlah(r.added, 'calon pelanggan')} diimpor`,
        r.filled ? `${jumlah(r.filled, 'kontak lama')} dilengkapi` : '',
        left.length ? `${left.join(' dan ')} dilewati` : '',
      ]
        .filter(Boolean)
        .join('; ') + '.'
    );
  },
  progress: (done: number, total: number) =>
    `${formatCountId(done)} dari ${formatCountId(total)} baris`,
  unfinishedOther: (file: string, done: number, total: number) =>
    `Impor sebelumnya, dari ${file}, berhenti setelah ${formatCountId(done)} dari ${formatCountId(total)} baris. Ini file lain, jadi dimulai impor baru. Untuk melanjutkan yang sebelumnya, pilih file itu lagi; atau batalkan.`,
  resumeOffer: (file: string, done: number, total: number) =>
    `Impor ${file} berhenti setelah ${formatCountId(done)} dari ${formatCountId(total)} baris. Pilih file yang sama untuk melanjutkan (baris yang sudah diimpor tidak diimpor lagi), atau batalkan.`,
};
// A page built for one language (the sidebar's, scripts/build.mjs) defines PROSPEK_ONLY_LANG, so
// the bundler folds this choice and leaves the other language's catalog out.
declare const PROSPEK_ONLY_LANG: Lang | undefined;

export function importTabText(lang: Lang = activeLang()): ImportTabText {
  return (typeof PROSPEK_ONLY_LANG === 'undefined' ? lang : PROSPEK_ONLY_LANG) === 'id' ? id : en;
}
