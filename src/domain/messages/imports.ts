// The server's sentences of lead import, duplicates and merge (with the Import tab's words);
// server.ts includes them as `imports`.
import {
  daftar,
  activeLang,
  formatCount,
  formatCountId,
  jumlah,
  list,
  plural,
  type Lang,
} from './lang';
import { importTabText } from './importTab';

const en = /* @__PURE__ */ Object.assign({}, /* @__PURE__ */ importTabText('en'), {
  menu: {
    importLeads: 'Import leads',
    findDuplicates: 'Find duplicates',
    undoLastImport: 'Undo last import',
  },

  // Rows
  nameMissing: 'No name: map a name column, or first and last name.',
  badEmail: (value: string) => `"${value}" doesn't look like an email address.`,
  badPhone: (value: string) => `"${value}" isn't a phone number (6 to 20 digits).`,
  lineReason: (line: number, reason: string) => `Line ${line}: ${reason}`,
  duplicateOfContact: (line: number, name: string, id: string, on: string) =>
    `Line ${line}: already in the sheet as ${name || id} (same ${on}).`,
  duplicateOfLine: (line: number, first: number, on: string) =>
    `Line ${line}: same ${on} as line ${first}.`,
  phoneOnly: (line: number, name: string, id: string) =>
    `Line ${line}: same phone number as ${name || id}, but another name and email. The same person, or a shared phone? Import it or skip it.`,
  keyKinds: { email: 'email', phone: 'phone number', nameCompany: 'name and company' },
  importedRow: (file: string, line: number) => `Imported from ${file}, line ${line}.`,
  filledRow: (file: string, line: number, fields: readonly string[]) =>
    `Filled ${list(fields)} from ${file}, line ${line}.`,

  // Requests
  mappingMismatch: (columns: number, targets: number) =>
    `The file has ${plural(columns, 'column', 'columns')} but the mapping covers ${targets}. Choose the mapping again.`,
  unknownTarget: (column: string, target: string) =>
    `Column "${column}": "${target}" isn't a field Prospek can import into.`,
  noNameMapped: 'Map a column to Name, or to first and last name: every contact needs a name.',
  extraIsProspekColumn: (column: string, header: string) =>
    `Column "${column}" would become an extra column named "${header}", which is one of Prospek's own columns: map it to that field instead.`,
  badRows: 'The rows sent are not in the form Prospek expects (a line number and text cells).',
  tooManyRows: (max: number) => `Send at most ${formatCount(max)} rows at a time.`,
  badLine: 'Line numbers must be whole numbers in increasing order.',
  tooManyColumns: (max: number) => `A file may have at most ${formatCount(max)} columns.`,
  badPolicy: 'Choose what to do with duplicates: skip, fill empty fields, or import anyway.',
  badSource: (options: readonly string[]) => `Choose a lead source: ${options.join(', ')}.`,
  badBatch: "This import's batch ID is not valid; start the import again.",
  badFileName: 'The file name is missing or too long.',
  badCountry: (value: string) =>
    `"${value}" isn't a country code Prospek knows (two letters, like ID or US).`,
  badState: 'The import lost track of its progress; start it again (nothing is imported twice).',
  stateTooBig:
    'A chunk carried more duplicate keys than its rows can have; start the import again.',
  badFingerprint: "The import didn't say which file it is from; choose the file again.",
  otherFile: (file: string) =>
    `This import belongs to another file than the one chosen (${file} with other rows). Choose the file again: a different file starts a new import.`,

  // Results
  // Undo
  undoTitle: 'Undo last import',
  undoNothing: 'There is no import to undo.',
  undoConfirm: (file: string, when: string) =>
    `Remove the leads imported from ${file} (${when}) that nobody has changed since? Leads that were edited or given a conversation stay.`,
  undoDone: (removed: number, file: string) =>
    `Removed ${plural(removed, 'lead', 'leads')} imported from ${file}.`,
  undoKeptHeading: (n: number) => `Kept ${plural(n, 'lead', 'leads')} changed since the import:`,
  undoKeptUncheckedHeading: (n: number) =>
    `Kept ${plural(n, 'lead', 'leads')} Prospek couldn't check for changes:`,
  undoKeptEdited: (name: string, id: string) => `${name} (${id}): edited`,
  undoKeptActivity: (name: string, id: string) => `${name} (${id}): has conversations or changes`,
  undoKeptUnchecked: (name: string, id: string) =>
    `${name} (${id}): Prospek has no record of it as imported, so it can't tell whether it was changed`,
  undoCancelled: 'Nothing was removed.',

  // Duplicates and merge
  duplicatesTitle: 'Find duplicates',
  duplicatesNone:
    'No duplicates: no two contacts share an email, a phone number, or a name and company.',
  duplicatesFound: (groups: number, contacts: number) =>
    `${plural(groups, 'group', 'groups')} of possible duplicates (${plural(contacts, 'contact', 'contacts')}). Open Prospek → Import leads to review and merge them.`,
  duplicatesGroup: (names: readonly string[], on: readonly string[]) =>
    `${list(names)} (same ${list(on)})`,
  duplicatesTooBig: (groups: number, max: number) =>
    `${plural(groups, 'group shares', 'groups share')} one value among more than ${formatCount(max)} contacts (a placeholder email, say): too many to merge, so not listed. Correct that value in the sheet.`,
  duplicatesTooBigGroup: (size: number, on: string) =>
    `${plural(size, 'contact', 'contacts')} share ${on}: too many to merge here.`,
  mergeNeedsTwo: 'Choose at least two contacts to merge.',
  mergeTooMany: (n: number, max: number) =>
    `${plural(n, 'contact', 'contacts')} is more than one merge takes (${formatCount(max)} at most). Correct the value they share in the sheet instead.`,
  mergeKeepNotInGroup: 'The contact to keep must be one of the contacts being merged.',
  mergeContactGone: (id: string) =>
    `${id} is no longer in the sheet (deleted or its ID changed). Nothing was merged; find duplicates again.`,
  mergeContactChanged: (name: string) =>
    `${name} was changed since the duplicates were listed. Nothing was merged; find duplicates again.`,
  mergeChoose: (label: string) =>
    `The contacts have different ${label} values: choose one to keep.`,
  mergeBadChoice: (label: string) =>
    `The ${label} chosen must come from one of the merged contacts.`,
  mergeNotesTooLong: 'The merged notes would not fit in one cell; shorten the notes first.',
  mergeRecordTooLong: (name: string) =>
    `${name} has too much text to keep a record of in the log; shorten their notes first.`,
  mergeKeptValues: (name: string, id: string, values: readonly string[]) =>
    `From merged contact ${name} (${id}): ${values.join('; ')}`,
  mergedAway: (name: string, id: string) =>
    `Merged ${name} (${id}) into this contact. Their former values:`,
  mergeNeedsVersions:
    'The duplicates were listed without the version of each contact. Find duplicates again.',
  mergeStageNote: (names: readonly string[]) => `Merged with ${list(names)}.`,
  mergeDone: (kept: string, removed: number, moved: number) =>
    `Merged ${plural(removed, 'contact', 'contacts')} into ${kept}; moved ${plural(moved, 'activity', 'activities')}.`,
});

export type ImportText = typeof en;

const id: ImportText = /* @__PURE__ */ Object.assign({}, /* @__PURE__ */ importTabText('id'), {
  menu: {
    importLeads: 'Impor calon pelanggan',
    findDuplicates: 'Cari duplikat',
    undoLastImport: 'Batalkan impor terakhir',
  },

  nameMissing: 'Tanpa nama: petakan kolom nama, atau nama depan dan nama belakang.',
  badEmail: (value: string) => `"${value}" sepertinya bukan alamat email.`,
  badPhone: (value: string) => `"${value}" bukan nomor HP (6 sampai 20 angka).`,
  lineReason: (line: number, reason: string) => `Baris ${line}: ${reason}`,
  duplicateOfContact: (line: number, name: string, id: string, on: string) =>
    `Baris ${line}: sudah ada di sheet sebagai ${name || id} (${on} sama).`,
  duplicateOfLine: (line: number, first: number, on: string) =>
    `Baris ${line}: ${on} sama dengan baris ${first}.`,
  phoneOnly: (line: number, name: string, id: string) =>
    `Baris ${line}: nomor HP sama dengan ${name || id}, tetapi nama dan emailnya lain. Orang yang sama, atau HP dipakai bersama? Impor atau lewati.`,
  keyKinds: { email: 'email', phone: 'nomor HP', nameCompany: 'nama dan perusahaan' },
  importedRow: (file: string, line: number) => `Diimpor dari ${file}, baris ${line}.`,
  filledRow: (file: string, line: number, fields: readonly string[]) =>
    `${daftar(fields)} diisi dari ${file}, baris ${line}.`,

  mappingMismatch: (columns: number, targets: number) =>
    `File punya ${jumlah(columns, 'kolom')} tetapi pemetaan mencakup ${targets}. Pilih pemetaan lagi.`,
  unknownTarget: (column: string, target: string) =>
    `Kolom "${column}": "${target}" bukan isian yang bisa diimpor Prospek.`,
  noNameMapped:
    'Petakan satu kolom ke Nama, atau ke nama depan dan nama belakang: setiap kontak perlu nama.',
  extraIsProspekColumn: (column: string, header: string) =>
    `Kolom "${column}" akan menjadi kolom tambahan bernama "${header}", padahal itu kolom milik Prospek sendiri: petakan ke isian itu.`,
  badRows: 'Baris yang dikirim tidak dalam bentuk yang diharapkan Prospek (nomor baris dan teks).',
  tooManyRows: (max: number) => `Kirim paling banyak ${formatCountId(max)} baris sekaligus.`,
  badLine: 'Nomor baris harus bilangan bulat yang terus naik.',
  tooManyColumns: (max: number) => `File paling banyak boleh punya ${formatCountId(max)} kolom.`,
  badPolicy: 'Pilih apa yang dilakukan pada duplikat: lewati, isi kolom kosong, atau tetap impor.',
  badSource: (options: readonly string[]) => `Pilih sumber calon pelanggan: ${options.join(', ')}.`,
  badBatch: 'ID batch impor ini tidak valid; mulai impor lagi.',
  badFileName: 'Nama file kosong atau terlalu panjang.',
  badCountry: (value: string) =>
    `"${value}" bukan kode negara yang dikenal Prospek (dua huruf, seperti ID atau US).`,
  badState: 'Impor kehilangan jejak kemajuannya; mulai lagi (tidak ada yang diimpor dua kali).',
  stateTooBig:
    'Satu bagian membawa lebih banyak kunci duplikat daripada jumlah barisnya; mulai impor lagi.',
  badFingerprint: 'Impor tidak menyebut asal filenya; pilih file itu lagi.',
  otherFile: (file: string) =>
    `Impor ini milik file lain dari yang dipilih (${file} dengan baris lain). Pilih file itu lagi: file yang berbeda memulai impor baru.`,

  undoTitle: 'Batalkan impor terakhir',
  undoNothing: 'Tidak ada impor yang bisa dibatalkan.',
  undoConfirm: (file: string, when: string) =>
    `Hapus calon pelanggan hasil impor ${file} (${when}) yang belum diubah siapa pun sejak itu? Yang sudah diedit atau punya percakapan tetap disimpan.`,
  undoDone: (removed: number, file: string) =>
    `${jumlah(removed, 'calon pelanggan')} hasil impor ${file} dihapus.`,
  undoKeptHeading: (n: number) =>
    `${jumlah(n, 'calon pelanggan')} yang diubah sejak impor tetap disimpan:`,
  undoKeptUncheckedHeading: (n: number) =>
    `${jumlah(n, 'calon pelanggan')} yang tidak bisa dicek Prospek tetap disimpan:`,
  undoKeptEdited: (name: string, id: string) => `${name} (${id}): sudah diedit`,
  undoKeptActivity: (name: string, id: string) =>
    `${name} (${id}): punya percakapan atau perubahan`,
  undoKeptUnchecked: (name: string, id: string) =>
    `${name} (${id}): Prospek tidak punya catatan impornya, jadi tidak tahu apakah sudah diubah`,
  undoCancelled: 'Tidak ada yang dihapus.',

  duplicatesTitle: 'Cari duplikat',
  duplicatesNone:
    'Tidak ada duplikat: tidak ada dua kontak dengan email, nomor HP, atau nama dan perusahaan yang sama.',
  duplicatesFound: (groups: number, contacts: number) =>
    `${jumlah(groups, 'kelompok')} kemungkinan duplikat (${jumlah(contacts, 'kontak')}). Buka Prospek → Impor calon pelanggan untuk memeriksa dan menggabungkannya.`,
  duplicatesGroup: (names: readonly string[], on: readonly string[]) =>
    `${daftar(names)} (${daftar(on)} sama)`,
  duplicatesTooBig: (groups: number, max: number) =>
    `${jumlah(groups, 'kelompok')} berbagi satu nilai di antara lebih dari ${formatCountId(max)} kontak (misalnya email pengganti): terlalu banyak untuk digabungkan, jadi tidak ditampilkan. Perbaiki nilai itu di lembar.`,
  duplicatesTooBigGroup: (size: number, on: string) =>
    `${jumlah(size, 'kontak')} memakai ${on} yang sama: terlalu banyak untuk digabungkan di sini.`,
  mergeNeedsTwo: 'Pilih paling sedikit dua kontak untuk digabungkan.',
  mergeTooMany: (n: number, max: number) =>
    `${jumlah(n, 'kontak')} melebihi batas satu penggabungan (paling banyak ${formatCountId(max)}). Perbaiki nilai yang sama itu di lembar.`,
  mergeKeepNotInGroup: 'Kontak yang disimpan harus salah satu kontak yang digabungkan.',
  mergeContactGone: (id: string) =>
    `${id} sudah tidak ada di sheet (dihapus atau ID-nya berubah). Tidak ada yang digabungkan; cari duplikat lagi.`,
  mergeContactChanged: (name: string) =>
    `${name} berubah sejak daftar duplikat dibuat. Tidak ada yang digabungkan; cari duplikat lagi.`,
  mergeChoose: (label: string) =>
    `Isi ${label} kontak-kontak ini berbeda: pilih satu yang disimpan.`,
  mergeBadChoice: (label: string) =>
    `${label} yang dipilih harus dari salah satu kontak yang digabungkan.`,
  mergeNotesTooLong: 'Catatan gabungan tidak muat dalam satu sel; persingkat catatannya dulu.',
  mergeRecordTooLong: (name: string) =>
    `Teks ${name} terlalu banyak untuk dicatat di log; persingkat catatannya dulu.`,
  mergeKeptValues: (name: string, id: string, values: readonly string[]) =>
    `Dari kontak yang digabungkan ${name} (${id}): ${values.join('; ')}`,
  mergedAway: (name: string, id: string) =>
    `${name} (${id}) digabungkan ke kontak ini. Isian lamanya:`,
  mergeNeedsVersions: 'Daftar duplikat dibuat tanpa versi tiap kontak. Cari duplikat lagi.',
  mergeStageNote: (names: readonly string[]) => `Digabungkan dengan ${daftar(names)}.`,
  mergeDone: (kept: string, removed: number, moved: number) =>
    `${jumlah(removed, 'kontak')} digabungkan ke ${kept}; ${jumlah(moved, 'aktivitas')} dipindahkan.`,
});
// A page built for one language (the sidebar's, scripts/build.mjs) defines PROSPEK_ONLY_LANG, so
// the bundler folds this choice and leaves the other language's catalog out.
declare const PROSPEK_ONLY_LANG: Lang | undefined;

export function importText(lang: Lang = activeLang()): ImportText {
  return (typeof PROSPEK_ONLY_LANG === 'undefined' ? lang : PROSPEK_ONLY_LANG) === 'id' ? id : en;
}
