// The sidebar's own words: labels, buttons and status lines. Sentences the server decides
// (validation, qualification, conflicts) come from server.ts; a field labelled as its sheet
// column is labelled by its header (contact.ts); counts and lists use lang.ts's helpers.
import { activeLang, formatCount, formatCountId, jumlah, plural, type Lang } from './lang';

const en = {
  tabs: {
    contact: { label: 'Contact', name: 'Contact' },
    conversations: { label: 'Log', name: 'Conversation log' },
    pipeline: { label: 'Pipeline', name: 'Pipeline' },
    settings: { label: 'Settings', name: 'Settings' },
    import: { label: 'Import', name: 'Import' },
  },
  loading: 'Loading…',
  saving: 'Saving…',
  /** Who made a change or logged an entry. */
  by: (who: string) => `by ${who}`,
  /** A stage change: '—' when there was no stage before. */
  stageMove: (from: string, to: string) => `${from || '—'} → ${to}`,
  /** Under a list of times, when the browser's clock is on another zone. */
  zoneNote: (zone: string) => `Times are ${zone} time, the spreadsheet's time zone.`,
  contact: {
    useSelected: 'Use selected row',
    /** Emails the lead form to the contact (the form's questions are in Settings). */
    sendLeadForm: 'Send the lead form',
    sendingLeadForm: 'Sending…',
    newLead: 'New lead',
    newLeadTitle: 'New lead',
    details: 'Details',
    addressHint: 'For birthday cards.',
    birthdayMonth: 'Birthday month',
    birthdayYear: 'Birthday year (optional)',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    birthdayIncomplete: 'Birthday: choose both the day and the month, or neither.',
    birthdayKept: (typed: string) =>
      `The sheet says "${typed}", which Prospek can't read as a birthday. It is kept as it is; choose a day and month to replace it.`,
    qualification: 'Qualification',
    fitsMarket: 'Fits the target market',
    canAfford: 'Can afford the offer',
    canDecide: 'Can make the buying decision',
    evidenceFor: (label: string) => `Evidence: ${label.toLowerCase()}`,
    outcome: 'What the answers mean',
    willMove: (from: string, to: string) => `Saving moves them from ${from} to ${to}.`,
    lastContacted: (day: string) => `Last contacted ${day}.`,
    purchases: (n: number, day: string) =>
      `${plural(n, 'purchase', 'purchases')}${day ? `, the last on ${day}` : ''}.`,
    conversationsLogged: (n: number) => `${plural(n, 'conversation', 'conversations')} logged.`,
    /** Only the newest page of the timeline is on screen: the count is a floor. */
    conversationsLoggedAtLeast: (n: number) =>
      `At least ${plural(n, 'conversation', 'conversations')} logged.`,
    save: 'Save contact',
    create: 'Save new lead',
    unsaved: 'Unsaved changes',
    thisNewLead: 'this new lead',
    discardAsk: (name: string) => `Discard your unsaved changes to ${name}?`,
    discard: 'Discard',
    keepEditing: 'Keep editing',
    reload: 'Reload',
    history: 'Stage history',
    noHistory: 'No stage changes yet.',
    created: (name: string) => `Saved ${name} as a new lead.`,
    saved: (name: string) => `Saved ${name}.`,
    stageNow: (from: string, to: string) => `Stage changed: ${from} → ${to}.`,
    loadFailed: 'The contact could not be loaded.',
    // The server did not answer: part of the save may be written. The same request sent again
    // (same request key) finishes it, never saves it twice.
    saveFailed:
      'The save may not have finished. Press Save again to complete it (nothing is saved twice).',
    notSaved: 'Nothing was saved: fix the marked fields.',
    /** Under a field the user edited that someone else changed meanwhile (edits.ts conflicts). */
    changedBy: (theirs: string) =>
      theirs
        ? `Changed to “${theirs}” by someone else since you loaded it — keep yours or use theirs.`
        : 'Cleared by someone else since you loaded it — keep yours or use theirs.',
    keepMine: 'Keep mine',
    useTheirs: 'Use theirs',
    conflicts: (n: number) =>
      `Someone else changed ${plural(n, 'field', 'fields')} you are editing since you loaded ${n === 1 ? 'it' : 'them'}. Keep yours or use theirs for each marked field, then save.`,
    resolveFirst:
      'Nothing was saved: someone else changed the marked fields. Keep yours or use theirs for each first.',
  },
  conversations: {
    title: (name: string) => `Conversations with ${name}`,
    noContact:
      'Choose a contact first: select its row and use "Use selected row" on the Contact tab, or save a new lead.',
    logHeading: 'Log a conversation',
    log: 'Log conversation',
    logging: 'Logging…',
    logged: 'Conversation logged.',
    failed:
      'The conversation may not have been logged. Press Log conversation again to complete it (it is never logged twice).',
    timeline: 'Timeline',
    empty: 'Nothing logged yet.',
    showEarlier: (n: number) => `Show earlier conversations (${formatCount(n)})`,
    loadingEarlier: 'Loading…',
    earlierFailed: 'The earlier entries could not be loaded. Try again.',
    stageChange: (from: string, to: string) => `Stage: ${en.stageMove(from, to)}`,
    followUp: (day: string) => `Follow up: ${day}`,
  },
  pipeline: {
    refresh: 'Refresh',
    funnel: 'Contacts per stage',
    funnelLabel: (parts: string) => `Contacts per stage: ${parts}.`,
    outcomes: 'Left the pipeline',
    unknownStage: 'Unknown stage',
    unknownStageHint: "The Stage cell holds text Prospek can't read: choose a stage in its list.",
    conversion: 'Conversion',
    total: (n: number) => `${plural(n, 'contact', 'contacts')} in all.`,
    rate: (from: string, to: string) => `${from} → ${to}`,
    of: (to: number, from: number) => `${formatCount(to)} of ${formatCount(from)}`,
    count: formatCount,
    noRate: '—',
    overdue: 'Overdue follow-ups',
    dueToday: 'Follow-ups due today',
    birthdays: 'Birthdays in the next 14 days',
    none: 'None.',
    daysOverdue: (days: number) => `${plural(days, 'day', 'days')} overdue`,
    dueTodayShort: 'due today',
    birthdayWhen: (birthday: string, daysAway: number, age?: number) =>
      (daysAway === 0 ? 'today' : `${birthday}, in ${plural(daysAway, 'day', 'days')}`) +
      (age === undefined ? '' : ` · turns ${age}`),
    noAddress: 'No postal address yet.',
    more: (n: number) => `…and ${plural(n, 'more', 'more')} not listed here.`,
    opening: 'Opening…',
    loadFailed: 'The pipeline could not be loaded.',
    openFailed: 'The contact could not be opened.',
    sources: 'Lead sources',
    sourceNone: 'No source',
    sourceHead: ['Source', 'Contacts', 'Prospects'],
  },
  importTab: {
    undoing: 'Removing…',
  },
  language: {
    heading: 'Language',
    label: 'Language of Prospek',
    auto: 'As my Google account',
    hint: 'The sidebar reopens in the language chosen; your daily email follows it too.',
    changing: 'Switching…',
  },
  sheetLanguage: {
    heading: 'Sheet language',
    label: 'Headers, stages and answers in the sheet',
    hint: 'Everyone on this sheet sees its words; Prospek reads both languages either way.',
    change: 'Rewrite the sheet',
    changing: 'Rewriting…',
    done: (cells: number) =>
      cells === 0 ? 'The sheet already speaks it.' : `${plural(cells, 'cell', 'cells')} rewritten.`,
  },
  server: {
    outsideSheets: 'Prospek runs inside Google Sheets: open it from the Prospek menu.',
    unreadable: 'The server sent an answer Prospek could not read.',
    noAnswer: 'The server did not answer. Try again.',
    noFunction: (fn: string) => `The server has no function ${fn}.`,
  },
  /** A tab whose code is fetched from the server the first time it is opened. */
  part: {
    failed: (why: string) => `This tab could not be loaded: ${why}`,
    retry: 'Try again',
  },
};

export type SidebarText = typeof en;

const id: SidebarText = {
  tabs: {
    contact: { label: 'Kontak', name: 'Kontak' },
    conversations: { label: 'Catatan', name: 'Catatan percakapan' },
    pipeline: { label: 'Alur', name: 'Alur penjualan' },
    settings: { label: 'Atur', name: 'Pengaturan' },
    import: { label: 'Impor', name: 'Impor' },
  },
  loading: 'Memuat…',
  saving: 'Menyimpan…',
  by: (who: string) => `oleh ${who}`,
  stageMove: (from: string, to: string) => `${from || '—'} → ${to}`,
  zoneNote: (zone: string) => `Waktu menurut zona ${zone}, zona waktu spreadsheet.`,
  contact: {
    useSelected: 'Pakai baris terpilih',
    sendLeadForm: 'Kirim formulir calon',
    sendingLeadForm: 'Mengirim…',
    newLead: 'Calon baru',
    newLeadTitle: 'Calon pelanggan baru',
    details: 'Rincian',
    addressHint: 'Untuk kartu ulang tahun.',
    birthdayMonth: 'Bulan ulang tahun',
    birthdayYear: 'Tahun lahir (boleh kosong)',
    day: 'Tgl',
    month: 'Bulan',
    year: 'Tahun',
    birthdayIncomplete: 'Ulang tahun: pilih tanggal dan bulannya, atau kosongkan keduanya.',
    birthdayKept: (typed: string) =>
      `Di sheet tertulis "${typed}", yang tidak bisa dibaca Prospek sebagai ulang tahun. Isinya tetap disimpan apa adanya; pilih tanggal dan bulan untuk menggantinya.`,
    qualification: 'Kualifikasi',
    fitsMarket: 'Sesuai target pasar',
    canAfford: 'Mampu membeli penawaran',
    canDecide: 'Bisa memutuskan pembelian',
    evidenceFor: (label: string) => `Bukti: ${label.toLowerCase()}`,
    outcome: 'Arti jawabannya',
    willMove: (from: string, to: string) => `Jika disimpan, tahapnya pindah dari ${from} ke ${to}.`,
    lastContacted: (day: string) => `Terakhir dihubungi ${day}.`,
    purchases: (n: number, day: string) =>
      `${jumlah(n, 'pembelian')}${day ? `, terakhir pada ${day}` : ''}.`,
    conversationsLogged: (n: number) => `${jumlah(n, 'percakapan')} tercatat.`,
    conversationsLoggedAtLeast: (n: number) => `Sedikitnya ${jumlah(n, 'percakapan')} tercatat.`,
    save: 'Simpan kontak',
    create: 'Simpan calon baru',
    unsaved: 'Ada perubahan belum disimpan',
    thisNewLead: 'calon pelanggan baru ini',
    discardAsk: (name: string) => `Buang perubahan yang belum disimpan untuk ${name}?`,
    discard: 'Buang',
    keepEditing: 'Lanjut mengedit',
    reload: 'Muat ulang',
    history: 'Riwayat tahap',
    noHistory: 'Belum ada perubahan tahap.',
    created: (name: string) => `${name} disimpan sebagai calon pelanggan baru.`,
    saved: (name: string) => `${name} disimpan.`,
    stageNow: (from: string, to: string) => `Tahap berubah: ${from} → ${to}.`,
    loadFailed: 'Kontak tidak bisa dimuat.',
    saveFailed:
      'Penyimpanan mungkin belum selesai. Tekan Simpan lagi untuk menyelesaikannya (tidak ada yang tersimpan dua kali).',
    notSaved: 'Tidak ada yang disimpan: perbaiki isian yang ditandai.',
    changedBy: (theirs: string) =>
      theirs
        ? `Diubah orang lain menjadi “${theirs}” sejak Anda memuatnya — pakai punya Anda atau punya mereka.`
        : 'Dikosongkan orang lain sejak Anda memuatnya — pakai punya Anda atau punya mereka.',
    keepMine: 'Pakai punya saya',
    useTheirs: 'Pakai punya mereka',
    conflicts: (n: number) =>
      `Orang lain mengubah ${jumlah(n, 'isian')} yang sedang Anda edit sejak Anda memuatnya. Untuk tiap isian yang ditandai, pilih punya Anda atau punya mereka, lalu simpan.`,
    resolveFirst:
      'Tidak ada yang disimpan: orang lain mengubah isian yang ditandai. Pilih dulu punya Anda atau punya mereka untuk masing-masing.',
  },
  conversations: {
    title: (name: string) => `Percakapan dengan ${name}`,
    noContact:
      'Pilih kontak dulu: pilih barisnya lalu tekan "Pakai baris terpilih" di tab Kontak, atau simpan calon pelanggan baru.',
    logHeading: 'Catat percakapan',
    log: 'Catat percakapan',
    logging: 'Mencatat…',
    logged: 'Percakapan tercatat.',
    failed:
      'Percakapan mungkin belum tercatat. Tekan Catat percakapan lagi untuk menyelesaikannya (tidak pernah tercatat dua kali).',
    timeline: 'Riwayat',
    empty: 'Belum ada catatan.',
    showEarlier: (n: number) => `Tampilkan percakapan sebelumnya (${formatCountId(n)})`,
    loadingEarlier: 'Memuat…',
    earlierFailed: 'Catatan sebelumnya tidak dapat dimuat. Coba lagi.',
    stageChange: (from: string, to: string) => `Tahap: ${id.stageMove(from, to)}`,
    followUp: (day: string) => `Tindak lanjut: ${day}`,
  },
  pipeline: {
    refresh: 'Muat ulang',
    funnel: 'Kontak per tahap',
    funnelLabel: (parts: string) => `Kontak per tahap: ${parts}.`,
    outcomes: 'Keluar dari alur',
    unknownStage: 'Tahap tidak dikenal',
    unknownStageHint:
      'Sel Tahap berisi teks yang tidak dikenali Prospek: pilih tahap dari daftarnya.',
    conversion: 'Konversi',
    total: (n: number) => `Total ${jumlah(n, 'kontak')}.`,
    rate: (from: string, to: string) => `${from} → ${to}`,
    of: (to: number, from: number) => `${formatCountId(to)} dari ${formatCountId(from)}`,
    count: formatCountId,
    noRate: '—',
    overdue: 'Tindak lanjut terlambat',
    dueToday: 'Tindak lanjut hari ini',
    birthdays: 'Ulang tahun 14 hari ke depan',
    none: 'Tidak ada.',
    daysOverdue: (days: number) => `terlambat ${jumlah(days, 'hari')}`,
    dueTodayShort: 'hari ini',
    birthdayWhen: (birthday: string, daysAway: number, age?: number) =>
      (daysAway === 0 ? 'hari ini' : `${birthday}, ${jumlah(daysAway, 'hari')} lagi`) +
      (age === undefined ? '' : ` · genap ${age} tahun`),
    noAddress: 'Belum ada alamat pos.',
    more: (n: number) => `…dan ${jumlah(n, 'lagi')} yang tidak ditampilkan di sini.`,
    opening: 'Membuka…',
    loadFailed: 'Alur penjualan tidak bisa dimuat.',
    openFailed: 'Kontak tidak bisa dibuka.',
    sources: 'Sumber calon',
    sourceNone: 'Tanpa sumber',
    sourceHead: ['Sumber', 'Kontak', 'Prospek'],
  },
  importTab: {
    undoing: 'Menghapus…',
  },
  language: {
    heading: 'Bahasa',
    label: 'Bahasa Prospek',
    auto: 'Ikuti akun Google saya',
    hint: 'Panel samping dibuka ulang dalam bahasa pilihan; email harian Anda ikut bahasa ini.',
    changing: 'Mengganti…',
  },
  sheetLanguage: {
    heading: 'Bahasa sheet',
    label: 'Judul kolom, tahap dan jawaban di sheet',
    hint: 'Semua orang di sheet ini melihat kata-katanya; Prospek tetap membaca kedua bahasa.',
    change: 'Tulis ulang sheet',
    changing: 'Menulis ulang…',
    done: (cells: number) =>
      cells === 0 ? 'Sheet sudah memakai bahasa ini.' : `${jumlah(cells, 'sel')} ditulis ulang.`,
  },
  server: {
    outsideSheets: 'Prospek berjalan di dalam Google Sheets: buka dari menu Prospek.',
    unreadable: 'Jawaban server tidak bisa dibaca Prospek.',
    noAnswer: 'Server tidak menjawab. Coba lagi.',
    noFunction: (fn: string) => `Server tidak punya fungsi ${fn}.`,
  },
  part: {
    failed: (why: string) => `Tab ini tidak bisa dimuat: ${why}`,
    retry: 'Coba lagi',
  },
};
// A page built for one language (the sidebar's, scripts/build.mjs) defines PROSPEK_ONLY_LANG, so
// the bundler folds this choice and leaves the other language's catalog out.
declare const PROSPEK_ONLY_LANG: Lang | undefined;

export function sidebarText(lang: Lang = activeLang()): SidebarText {
  return (typeof PROSPEK_ONLY_LANG === 'undefined' ? lang : PROSPEK_ONLY_LANG) === 'id' ? id : en;
}
