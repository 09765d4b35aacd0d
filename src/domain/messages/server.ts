// Every user-facing sentence the server says, in one catalog per language (the form's words,
// form.ts, and the import's, imports.ts, are merged in). Parameterised messages are functions so
// each language can order words its own way. Stored values (stage names, criterion answers,
// column headers) are data, not messages: they stay as defined in contact.ts.
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
import { valueIn } from '../contact/sheetWords';
import { formText } from './form';
import { importText } from './imports';

/** 2, 3, 4, 7 → "2–4 and 7". */
function rangeList(rows: readonly number[], join: (parts: string[]) => string = list): string {
  const parts: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const end = rows[i - 1];
    parts.push(end === start ? String(start) : `${start}–${end}`);
    start = rows[i];
  }
  return join(parts);
}

const en = /* @__PURE__ */ Object.assign({}, /* @__PURE__ */ formText('en'), {
  // Validation
  payloadNotObject: 'Nothing was saved: the form sent no data Prospek could read.',
  unknownField: (key: string) => `"${key}" isn't a field Prospek knows.`,
  unknownAction: (action: string) => `"${action}" isn't something Prospek can do to a contact.`,
  fieldNotEditable: (label: string) =>
    `${label} can't be changed from this form; use the stage buttons or the sheet.`,
  required: (label: string) => `${label} is required.`,
  mustBeText: (label: string) => `${label} must be text.`,
  mustBeYesOrNo: (label: string) => `${label} must be yes or no.`,
  tooLong: (label: string, max: number) =>
    `${label} is too long: keep it to ${formatCount(max)} characters.`,
  cellTooLong: (label: string, limit: number) =>
    `${label} is longer than a spreadsheet cell holds (${formatCount(limit)} characters).`,
  notInOptions: (label: string, options: readonly string[]) =>
    `${label} must be one of: ${options.join(', ')}.`,
  invalidDay: (label: string, example: string) =>
    `${label} must be a real date, written like ${example}.`,
  dayInPast: (label: string) => `${label} can't be before today.`,
  dayInFuture: (label: string) => `${label} can't be after today.`,
  invalidEmail: (label: string) =>
    `${label} doesn't look like an email address (like name@example.com).`,
  invalidPhone: (label: string) =>
    `${label} must be a phone number: 6 to 20 digits, optionally starting with +, with spaces, dashes, dots or brackets between them.`,
  invalidId: (label: string) => `${label} isn't a valid contact ID.`,
  rowHintInvalid: "The contact's row must be a whole number from 2 up (row 1 is the header).",
  invalidBirthday: (label: string) =>
    `${label} isn't a date Prospek understands: write it like 1986-12-12, 12 Dec 1986 or 12 Dec.`,
  birthdayYearRange: (label: string, min: number, max: number) =>
    `${label}: the year must be between ${min} and ${max}, or left out.`,
  birthdayNoSuchDay: (label: string, described: string) => `${label}: ${described} doesn't exist.`,
  birthdayInFuture: (label: string) => `${label} can't be in the future.`,
  conversationNeedsContent:
    'Write a summary, their questions or their concerns: the conversation has nothing in it yet.',
  followUpDateLabel: 'Follow-up date',
  reasonLabel: 'Reason',
  saleDayLabel: 'Sale date',

  // Stages (each reason names the contact: menu actions may cover many rows)
  thisContact: 'This contact',
  advanceNeedsCriteria: (name: string, pending: readonly string[]) =>
    `${name} is still a lead: ${list(pending)} must be Yes before they become a prospect.`,
  advanceNeedsSale: (name: string) => `${name} becomes a customer when you record a sale.`,
  advanceNeedsRepeatSale: (name: string) =>
    `${name} becomes a repeat buyer when you record another sale.`,
  advanceAtEnd: (name: string) => `${name} is a repeat buyer, the last stage.`,
  reopenFirst: (name: string, stage: string) => `${name} is marked "${stage}": reopen them first.`,
  unknownStage: (name: string, text: string) =>
    `${name}'s Stage says "${text}", which isn't a stage Prospek knows. Choose their stage in the Stage column's list, then try again.`,
  moveBackAtStart: (name: string) => `${name} is a lead, the first stage: there's no step back.`,
  notReadyNotAllowed: (name: string, stage: string) =>
    `Only prospects and contacts in sales can be marked not ready; ${name} is "${stage}". To call a lead later, set their next follow-up.`,
  followUpRequired: (name: string) => `Choose when to follow up with ${name}.`,
  followUpInPast: (name: string) => `The follow-up date for ${name} can't be before today.`,
  saidNoNotAllowed: (name: string, stage: string) =>
    `${name} is "${stage}": only leads, prospects, contacts in sales and those not ready can be marked as having said no.`,
  recontactRequired: (name: string) =>
    `Choose when to contact ${name} again, since they agreed to stay in touch.`,
  recontactInPast: (name: string) => `The recontact date for ${name} can't be before today.`,
  notAFitNotAllowed: (name: string, stage: string) =>
    `${name} is "${stage}" and can't be marked not a fit.`,
  reopenNotAllowed: (name: string, stage: string) =>
    `${name} is "${stage}", already in the pipeline: only Not ready, Said no and Not a fit can be reopened.`,
  saleNeedsQualification: (name: string) =>
    `${name} is a lead: qualify them as a prospect before recording a sale.`,
  saleNeedsDay: (name: string) => `Choose the date of the sale to ${name}.`,

  // Activity log
  stageChanged: (from: string, to: string) => `Stage changed from ${from} to ${to}.`,
  saleRecorded: (day: string, purchases: number) =>
    `Sale on ${day} (purchase number ${purchases}).`,

  // Daily digest
  digest: {
    testPrefix: '[TEST] ',
    subject: (count: number, day: string) =>
      `Prospek: ${plural(count, 'reminder', 'reminders')} for ${day}`,
    heading: (day: string) => `Your Prospek reminders for ${day}`,
    testNote: 'This is a test of your daily reminder email.',
    nothingDue: 'Nothing is due today.',
    sections: {
      overdue: 'Overdue follow-ups',
      dueToday: 'Follow-ups due today',
      birthdaysToday: 'Birthdays today',
      upcomingBirthdays: 'Upcoming birthdays',
      recontacts: 'Said no, time to get back in touch',
      quiet: 'Prospects gone quiet',
    },
    /** A Stage cell Prospek can't read (`unread`) is shown as typed, marked unknown. */
    context: (stage: string, company: string, unread?: string) => {
      const shown = unread === undefined ? stage : `unknown stage "${unread}"`;
      return `(${company ? `${shown}, ${company}` : shown})`;
    },
    dueToday: 'follow up today.',
    overdue: (day: string, days: number) =>
      `follow-up was due ${day}, ${plural(days, 'day', 'days')} ago.`,
    sendACard: 'Send a card:',
    birthdayToday: (age?: number) =>
      age === undefined ? 'has a birthday today.' : `turns ${age} today.`,
    birthdayOn: (birthday: string, daysAway: number, age?: number) =>
      `${age === undefined ? 'has a birthday' : `turns ${age}`} on ${birthday} (in ${plural(daysAway, 'day', 'days')}).`,
    postTo: (address: string) => ` Post to: ${address}`,
    noAddress: ' No postal address on file.',
    recontact: (day: string, days: number) =>
      days === 0
        ? 'agreed to stay in touch: contact them today.'
        : `agreed to stay in touch: recontact was due ${day}.`,
    neverContacted: 'no conversation logged yet.',
    andMore: (n: number) => `...and ${formatCount(n)} more: open the sheet to see them all.`,
    quietFor: (days: number) => `no conversation for ${plural(days, 'day', 'days')}.`,
    openSheet: (url: string) => `Open your sheet: ${url}`,
    openSheetLink: 'Open your Prospek sheet',
    footer: (timeZone?: string, remindersOn = true) =>
      (timeZone ? `Dates are in ${timeZone} time. ` : '') +
      (remindersOn
        ? 'You get this email because daily reminders are on in Prospek; turn them off in its settings.'
        : 'You asked for this test email. Daily reminders are off, so no other email comes; turn them on in Prospek’s settings.'),
  },
  reminders: {
    testTitle: 'Prospek test digest',
    testSent: (to: string, count: number) =>
      `A test digest with ${plural(count, 'reminder', 'reminders')} is on its way to ${to}.`,
    quotaUsedUp:
      "Your Google account's email quota for today is used up, so nothing was sent. Try again tomorrow.",
    quotaPending: 'the daily email quota was used up',
    runFailed: (reason: string) => `the run failed (${reason})`,
    lockBusy: 'another Prospek run was still busy',
  },
  // Sidebar loading/saving and the stage actions on selected rows
  contactWork: {
    sidebarTitle: 'Prospek',
    headerRowSelected:
      "Row 1 holds the column headers. Select a contact's row to load it, or fill in the form to add a new lead.",
    emptyRowSelected: (row: number) =>
      `Row ${row} has no contact. Fill in the form to add a new lead.`,
    otherTabSelected: (tab: string) =>
      `The selection is on the "${tab}" tab. Select a row on the Contacts tab to load that contact, or fill in the form to add a new lead.`,
    contactNotFound:
      'That contact is no longer in the sheet (deleted, or its ID changed). Select their row again.',
    changedFields: (name: string, fields: readonly string[], by: string) =>
      `${name || 'This contact'} was changed since you opened it${fields.length ? ` (${list(fields)})` : ''}${by ? `, last by ${by}` : ''}. Nothing was saved: reload to see the changes, then save again.`,
    contactIdLabel: 'Contact',
    selectRowFirst:
      "Select a contact's row on the Contacts tab first, then choose Log a conversation again.",
    unknownStageNotice: (text: string) =>
      `The Stage cell says "${text}", which isn't a stage Prospek knows, so the stage buttons and qualification leave it alone. Choose a stage in the Stage column's list to fix it.`,
    copyGotNewId: (row: number, id: string, original: number, newId: string) =>
      `Row ${row} had the same ID as row ${original} (${id}), so it looked like a copy; it now has its own ID, ${newId}.`,
    idReplaced: (row: number, id: string, newId: string) =>
      `Row ${row}'s ID "${id}" isn't one Prospek can use; it now has the ID ${newId}.`,
  },
  stageActions: {
    menu: {
      openSidebar: 'Open sidebar',
      logConversation: 'Log a conversation',
      pipeline: 'Pipeline',
      advance: 'Advance stage',
      moveBack: 'Move back a stage',
      markNotReady: 'Not ready — follow up on…',
      markSaidNo: 'Said no — keep in touch?',
      markNotAFit: 'Not a fit',
      reopen: 'Reopen',
      recordSale: 'Record a sale',
    },
    otherTab: (tab: string) =>
      `Stage actions work on the Contacts tab, but the selection is on "${tab}". Select contacts' rows there and try again.`,
    headerOnly: "Only the header row is selected. Select one or more contacts' rows and try again.",
    noContacts: (rows: readonly number[]) =>
      `${rows.length === 1 ? `Row ${rows[0]} has` : `Rows ${rangeList(rows)} have`} no contact. Select contacts' rows and try again.`,
    needsSetUp:
      "The Contacts tab isn't set up for Prospek yet. Choose Set up sheet first, then try again.",
    onlyHidden:
      'Every selected row is hidden by a filter, so nothing was changed. Select visible rows and try again.',
    these: (n: number, name: string) => (n === 1 ? name : `these ${formatCount(n)} contacts`),
    askNotReady: (who: string, example: string) =>
      `When should you follow up with ${who}? Type a date like ${example}, or a number of days from today.`,
    askKeepInTouch: (who: string) =>
      `Did ${who} agree to stay on your list, so you can contact them again later?`,
    askRecontact: (who: string, suggested: string, example: string) =>
      `When should you contact ${who} again? Type a date like ${example}, or a number of days from today. Leave it empty for ${suggested}.`,
    askNotAFitReason: (who: string) =>
      `Why is ${who} not a fit? A short reason helps later (optional).`,
    askSaleDay: (who: string, today: string, example: string) =>
      `On what day was the sale to ${who}? Type a date like ${example}. Leave it empty for today, ${today}.`,
    dayOrDaysNeeded: (example: string) =>
      `Type a date like ${example}, or a number of days from today.`,
    dayNeeded: (example: string) => `Type a date like ${example}.`,
    tryAgain: (problem: string, question: string) => `${problem}\n\n${question}`,
    gaveUp: 'Nothing was changed: the answer still was not a date Prospek understands.',
    confirmBig: (title: string, n: number, perStage: string) =>
      `${title} for ${n} contacts? Selected: ${perStage}.`,
    stageCount: (stage: string, n: number) => `${stage} ${n}`,
    /** One outcome of a big move: how many, and the first few names. */
    group: (what: string, n: number, names: readonly string[], more: number) =>
      `${what}: ${n} (${names.join(', ')}${more > 0 ? ` and ${more} more` : ''})`,
    refusedKey: (stage: string, example: string) => `Still ${stage}, e.g. ${example}`,
    changedHeading: (n: number) => `Changed ${plural(n, 'contact', 'contacts')}:`,
    unchangedHeading: (n: number) => `Not changed (${formatCount(n)}):`,
    nothingChanged: 'Nothing was changed.',
    andMore: (n: number) => `… and ${formatCount(n)} more.`,
    moved: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`,
    sale: (name: string, purchases: number, stage: string) =>
      `${name}: sale recorded (purchase number ${purchases}), now ${stage}`,
    alreadyDone: (name: string, stage: string) =>
      `${name}: already done a moment ago (now ${stage}); not done twice`,
    rowMoved: (name: string) =>
      `${name}'s row was changed or moved while you answered; run the action again for them.`,
    badId: (row: number) =>
      `Row ${row}'s ID changed while you answered; run the action again for it.`,
    skippedEmpty: (rows: readonly number[]) =>
      `${rows.length === 1 ? `Row ${rows[0]} is` : `Rows ${rangeList(rows)} are`} empty and ${rows.length === 1 ? 'was' : 'were'} skipped.`,
    skippedHeader: 'The header row was skipped.',
    skippedHidden: (n: number) =>
      `${plural(n, 'row', 'rows')} hidden by a filter ${n === 1 ? 'was' : 'were'} left alone.`,
  },
  imports: /* @__PURE__ */ importText('en'),
  // Adapters and menus
  contactGone:
    'This contact is no longer in the sheet (deleted or its ID changed). Nothing was saved; reload it first.',
  contactChanged: (name: string) =>
    `${name || 'This contact'} was changed in the sheet since you opened it. Nothing was saved: reload to see the changes, then save again.`,
  busy: 'Prospek is busy saving another change. Nothing was saved; try again in a moment.',
  contactsTabGone:
    "Prospek can't find its Contacts tab: was it deleted? Nothing was changed. Bring it back (Edit > Undo, or File > Version history), or choose Set up sheet to create a new, empty Contacts tab, then try again.",
  menu: {
    setUp: 'Set up sheet',
    testDigest: 'Send me a test digest now',
  },
  setup: {
    title: 'Prospek set-up',
    done: (r: {
      createdTabs: string[];
      addedColumns: Record<string, string[]>;
      idsAssigned: number;
    }) => {
      const parts: string[] = [];
      if (r.createdTabs.length)
        parts.push(
          `Created the ${list(r.createdTabs)} ${r.createdTabs.length === 1 ? 'tab' : 'tabs'}.`,
        );
      for (const [tab, headers] of Object.entries(r.addedColumns)) {
        parts.push(
          `Added ${plural(headers.length, 'missing column', 'missing columns')} to ${tab}: ${list(headers)}.`,
        );
      }
      if (r.idsAssigned)
        parts.push(`Gave ${plural(r.idsAssigned, 'row', 'rows')} typed by hand an ID.`);
      return parts.length ? parts.join(' ') : 'Everything was already set up; nothing changed.';
    },
    duplicateHeader: (sheet: string, header: string, a: string, b: string) =>
      `Columns ${a} and ${b} of ${sheet} are both headed "${header}". Rename or remove one, then run set-up again; nothing was changed.`,
    noHeaderRow: (sheet: string, examples: readonly string[]) =>
      `Row 1 of the ${sheet} tab has none of Prospek's headers (such as ${list(examples)}), but the tab has data. Insert a header row or rename the tab, then run set-up again; nothing was changed.`,
    duplicateId: (id: string, rowA: number, rowB: number) =>
      `Rows ${rowA} and ${rowB} of Contacts have the same ID ${id}. Clear the ID of the row that is a different person (set-up gives it a new one), then run set-up again; nothing was changed.`,
  },
});

export type ServerText = typeof en;

/** A stage or other sheet value in Indonesian words ('Said no' → 'Menolak'). */
const v = (value: string) => valueIn('id', value);

const id: ServerText = /* @__PURE__ */ Object.assign({}, /* @__PURE__ */ formText('id'), {
  payloadNotObject:
    'Tidak ada yang disimpan: formulir tidak mengirim data yang bisa dibaca Prospek.',
  unknownField: (key: string) => `"${key}" bukan isian yang dikenal Prospek.`,
  unknownAction: (action: string) =>
    `"${action}" bukan tindakan yang bisa dilakukan Prospek pada kontak.`,
  fieldNotEditable: (label: string) =>
    `${label} tidak bisa diubah dari formulir ini; pakai tombol tahap atau langsung di sheet.`,
  required: (label: string) => `${label} wajib diisi.`,
  mustBeText: (label: string) => `${label} harus berupa teks.`,
  mustBeYesOrNo: (label: string) => `${label} harus ya atau tidak.`,
  tooLong: (label: string, max: number) =>
    `${label} terlalu panjang: maksimal ${formatCountId(max)} karakter.`,
  cellTooLong: (label: string, limit: number) =>
    `${label} lebih panjang dari isi satu sel spreadsheet (${formatCountId(limit)} karakter).`,
  notInOptions: (label: string, options: readonly string[]) =>
    `${label} harus salah satu dari: ${options.join(', ')}.`,
  invalidDay: (label: string, example: string) =>
    `${label} harus tanggal yang benar, misalnya ${example}.`,
  dayInPast: (label: string) => `${label} tidak boleh sebelum hari ini.`,
  dayInFuture: (label: string) => `${label} tidak boleh setelah hari ini.`,
  invalidEmail: (label: string) =>
    `${label} sepertinya bukan alamat email (contoh: nama@contoh.com).`,
  invalidPhone: (label: string) =>
    `${label} harus nomor HP: 6 sampai 20 angka, boleh diawali +, dengan spasi, tanda hubung, titik atau kurung di antaranya.`,
  invalidId: (label: string) => `${label} bukan ID kontak yang valid.`,
  rowHintInvalid: 'Baris kontak harus bilangan bulat mulai dari 2 (baris 1 adalah judul).',
  invalidBirthday: (label: string) =>
    `${label} bukan tanggal yang dipahami Prospek: tulis seperti 1986-12-12, 12 Des 1986 atau 12 Des.`,
  birthdayYearRange: (label: string, min: number, max: number) =>
    `${label}: tahunnya harus antara ${min} dan ${max}, atau dikosongkan.`,
  birthdayNoSuchDay: (label: string, described: string) => `${label}: ${described} tidak ada.`,
  birthdayInFuture: (label: string) => `${label} tidak boleh di masa depan.`,
  conversationNeedsContent:
    'Tulis ringkasan, pertanyaan atau keberatan mereka: percakapan ini masih kosong.',
  followUpDateLabel: 'Tanggal tindak lanjut',
  reasonLabel: 'Alasan',
  saleDayLabel: 'Tanggal penjualan',

  thisContact: 'Kontak ini',
  advanceNeedsCriteria: (name: string, pending: readonly string[]) =>
    `${name} masih calon pelanggan: ${daftar(pending)} harus Ya sebelum menjadi prospek.`,
  advanceNeedsSale: (name: string) => `${name} menjadi pelanggan setelah Anda mencatat penjualan.`,
  advanceNeedsRepeatSale: (name: string) =>
    `${name} menjadi pelanggan tetap setelah Anda mencatat penjualan berikutnya.`,
  advanceAtEnd: (name: string) => `${name} sudah pelanggan tetap, tahap terakhir.`,
  reopenFirst: (name: string, stage: string) =>
    `${name} berstatus "${v(stage)}": buka kembali dulu.`,
  unknownStage: (name: string, text: string) =>
    `Tahap ${name} tertulis "${text}", dan itu bukan tahap yang dikenal Prospek. Pilih tahapnya dari daftar di kolom Tahap, lalu coba lagi.`,
  moveBackAtStart: (name: string) =>
    `${name} masih calon pelanggan, tahap pertama: tidak bisa mundur lagi.`,
  notReadyNotAllowed: (name: string, stage: string) =>
    `Hanya prospek dan kontak dalam penjualan yang bisa ditandai belum siap; ${name} berstatus "${v(stage)}". Untuk menghubungi calon pelanggan nanti, isi tanggal tindak lanjutnya.`,
  followUpRequired: (name: string) => `Pilih kapan menindaklanjuti ${name}.`,
  followUpInPast: (name: string) =>
    `Tanggal tindak lanjut untuk ${name} tidak boleh sebelum hari ini.`,
  saidNoNotAllowed: (name: string, stage: string) =>
    `${name} berstatus "${v(stage)}": hanya calon pelanggan, prospek, kontak dalam penjualan dan yang belum siap yang bisa ditandai menolak.`,
  recontactRequired: (name: string) =>
    `Pilih kapan menghubungi ${name} lagi, karena mereka mau tetap berhubungan.`,
  recontactInPast: (name: string) =>
    `Tanggal menghubungi lagi untuk ${name} tidak boleh sebelum hari ini.`,
  notAFitNotAllowed: (name: string, stage: string) =>
    `${name} berstatus "${v(stage)}" dan tidak bisa ditandai tidak cocok.`,
  reopenNotAllowed: (name: string, stage: string) =>
    `${name} berstatus "${v(stage)}", sudah ada di alur: hanya Belum siap, Menolak dan Tidak cocok yang bisa dibuka kembali.`,
  saleNeedsQualification: (name: string) =>
    `${name} masih calon pelanggan: jadikan prospek dulu sebelum mencatat penjualan.`,
  saleNeedsDay: (name: string) => `Pilih tanggal penjualan kepada ${name}.`,

  stageChanged: (from: string, to: string) => `Tahap berubah dari ${v(from)} ke ${v(to)}.`,
  saleRecorded: (day: string, purchases: number) =>
    `Penjualan pada ${day} (pembelian ke-${purchases}).`,

  digest: {
    testPrefix: '[UJI] ',
    subject: (count: number, day: string) => `Prospek: ${jumlah(count, 'pengingat')} untuk ${day}`,
    heading: (day: string) => `Pengingat Prospek Anda untuk ${day}`,
    testNote: 'Ini uji coba email pengingat harian Anda.',
    nothingDue: 'Tidak ada yang jatuh tempo hari ini.',
    sections: {
      overdue: 'Tindak lanjut terlambat',
      dueToday: 'Tindak lanjut hari ini',
      birthdaysToday: 'Ulang tahun hari ini',
      upcomingBirthdays: 'Ulang tahun mendatang',
      recontacts: 'Pernah menolak, saatnya menghubungi lagi',
      quiet: 'Prospek yang mulai diam',
    },
    context: (stage: string, company: string, unread?: string) => {
      const shown = unread === undefined ? v(stage) : `tahap tidak dikenal "${unread}"`;
      return `(${company ? `${shown}, ${company}` : shown})`;
    },
    dueToday: 'tindak lanjuti hari ini.',
    overdue: (day: string, days: number) =>
      `tindak lanjut jatuh tempo ${day}, ${jumlah(days, 'hari')} yang lalu.`,
    sendACard: 'Kirim kartu:',
    birthdayToday: (age?: number) =>
      age === undefined ? 'berulang tahun hari ini.' : `genap ${age} tahun hari ini.`,
    birthdayOn: (birthday: string, daysAway: number, age?: number) =>
      `${age === undefined ? 'berulang tahun' : `genap ${age} tahun`} pada ${birthday} (${jumlah(daysAway, 'hari')} lagi).`,
    postTo: (address: string) => ` Kirim ke: ${address}`,
    noAddress: ' Belum ada alamat pos.',
    recontact: (day: string, days: number) =>
      days === 0
        ? 'mau tetap berhubungan: hubungi hari ini.'
        : `mau tetap berhubungan: jadwal menghubungi lagi ${day}.`,
    neverContacted: 'belum ada percakapan yang dicatat.',
    andMore: (n: number) => `...dan ${formatCountId(n)} lagi: buka sheet untuk melihat semuanya.`,
    quietFor: (days: number) => `tidak ada percakapan selama ${jumlah(days, 'hari')}.`,
    openSheet: (url: string) => `Buka sheet Anda: ${url}`,
    openSheetLink: 'Buka sheet Prospek Anda',
    footer: (timeZone?: string, remindersOn = true) =>
      (timeZone ? `Tanggal menurut waktu ${timeZone}. ` : '') +
      (remindersOn
        ? 'Anda menerima email ini karena pengingat harian Prospek aktif; matikan di pengaturannya.'
        : 'Anda meminta email uji ini. Pengingat harian sedang mati, jadi tidak ada email lain; nyalakan di pengaturan Prospek.'),
  },
  reminders: {
    testTitle: 'Ringkasan uji Prospek',
    testSent: (to: string, count: number) =>
      `Ringkasan uji dengan ${jumlah(count, 'pengingat')} sedang dikirim ke ${to}.`,
    quotaUsedUp:
      'Kuota email akun Google Anda untuk hari ini sudah habis, jadi tidak ada yang terkirim. Coba lagi besok.',
    quotaPending: 'kuota email harian sudah habis',
    runFailed: (reason: string) => `proses gagal (${reason})`,
    lockBusy: 'proses Prospek lain masih berjalan',
  },
  contactWork: {
    sidebarTitle: 'Prospek',
    headerRowSelected:
      'Baris 1 berisi judul kolom. Pilih baris kontak untuk memuatnya, atau isi formulir untuk menambah calon pelanggan baru.',
    emptyRowSelected: (row: number) =>
      `Baris ${row} tidak berisi kontak. Isi formulir untuk menambah calon pelanggan baru.`,
    otherTabSelected: (tab: string) =>
      `Pilihan ada di tab "${tab}". Pilih baris di tab Kontak untuk memuat kontaknya, atau isi formulir untuk menambah calon pelanggan baru.`,
    contactNotFound:
      'Kontak itu sudah tidak ada di sheet (dihapus, atau ID-nya berubah). Pilih barisnya lagi.',
    changedFields: (name: string, fields: readonly string[], by: string) =>
      `${name || 'Kontak ini'} diubah sejak Anda membukanya${fields.length ? ` (${daftar(fields)})` : ''}${by ? `, terakhir oleh ${by}` : ''}. Tidak ada yang disimpan: muat ulang untuk melihat perubahannya, lalu simpan lagi.`,
    contactIdLabel: 'Kontak',
    selectRowFirst: 'Pilih dulu baris kontak di tab Kontak, lalu pilih Catat percakapan lagi.',
    unknownStageNotice: (text: string) =>
      `Sel Tahap berisi "${text}", dan itu bukan tahap yang dikenal Prospek, jadi tombol tahap dan kualifikasi tidak mengubahnya. Pilih tahap dari daftar di kolom Tahap untuk membetulkannya.`,
    copyGotNewId: (row: number, id: string, original: number, newId: string) =>
      `Baris ${row} punya ID yang sama dengan baris ${original} (${id}), jadi tampaknya salinan; sekarang baris itu punya ID sendiri, ${newId}.`,
    idReplaced: (row: number, id: string, newId: string) =>
      `ID "${id}" di baris ${row} tidak bisa dipakai Prospek; sekarang barisnya ber-ID ${newId}.`,
  },
  stageActions: {
    menu: {
      openSidebar: 'Buka panel samping',
      logConversation: 'Catat percakapan',
      pipeline: 'Alur penjualan',
      advance: 'Naikkan tahap',
      moveBack: 'Mundurkan satu tahap',
      markNotReady: 'Belum siap — tindak lanjuti pada…',
      markSaidNo: 'Menolak — tetap berhubungan?',
      markNotAFit: 'Tidak cocok',
      reopen: 'Buka kembali',
      recordSale: 'Catat penjualan',
    },
    otherTab: (tab: string) =>
      `Tindakan tahap bekerja di tab Kontak, tetapi pilihan ada di "${tab}". Pilih baris kontak di sana lalu coba lagi.`,
    headerOnly:
      'Hanya baris judul yang dipilih. Pilih satu atau beberapa baris kontak lalu coba lagi.',
    noContacts: (rows: readonly number[]) =>
      `${rows.length === 1 ? `Baris ${rows[0]}` : `Baris ${rangeList(rows, daftar)}`} tidak berisi kontak. Pilih baris kontak lalu coba lagi.`,
    needsSetUp:
      'Tab Kontak belum disiapkan untuk Prospek. Pilih Siapkan sheet dulu, lalu coba lagi.',
    onlyHidden:
      'Semua baris yang dipilih tersembunyi oleh filter, jadi tidak ada yang diubah. Pilih baris yang terlihat lalu coba lagi.',
    these: (n: number, name: string) => (n === 1 ? name : `${formatCountId(n)} kontak ini`),
    askNotReady: (who: string, example: string) =>
      `Kapan menindaklanjuti ${who}? Ketik tanggal seperti ${example}, atau jumlah hari dari hari ini.`,
    askKeepInTouch: (who: string) =>
      `Apakah ${who} mau tetap ada di daftar Anda, supaya bisa dihubungi lagi nanti?`,
    askRecontact: (who: string, suggested: string, example: string) =>
      `Kapan menghubungi ${who} lagi? Ketik tanggal seperti ${example}, atau jumlah hari dari hari ini. Kosongkan untuk ${suggested}.`,
    askNotAFitReason: (who: string) =>
      `Kenapa ${who} tidak cocok? Alasan singkat membantu nanti (boleh kosong).`,
    askSaleDay: (who: string, today: string, example: string) =>
      `Tanggal berapa penjualan kepada ${who}? Ketik tanggal seperti ${example}. Kosongkan untuk hari ini, ${today}.`,
    dayOrDaysNeeded: (example: string) =>
      `Ketik tanggal seperti ${example}, atau jumlah hari dari hari ini.`,
    dayNeeded: (example: string) => `Ketik tanggal seperti ${example}.`,
    tryAgain: (problem: string, question: string) => `${problem}\n\n${question}`,
    gaveUp: 'Tidak ada yang diubah: jawabannya masih bukan tanggal yang dipahami Prospek.',
    confirmBig: (title: string, n: number, perStage: string) =>
      `${title} untuk ${formatCountId(n)} kontak? Yang dipilih: ${perStage}.`,
    stageCount: (stage: string, n: number) => `${stage} ${formatCountId(n)}`,
    group: (what: string, n: number, names: readonly string[], more: number) =>
      `${what}: ${formatCountId(n)} (${names.join(', ')}${more > 0 ? ` dan ${formatCountId(more)} lagi` : ''})`,
    refusedKey: (stage: string, example: string) => `Tetap ${stage}, misalnya: ${example}`,
    changedHeading: (n: number) => `${jumlah(n, 'kontak')} diubah:`,
    unchangedHeading: (n: number) => `Tidak diubah (${formatCountId(n)}):`,
    nothingChanged: 'Tidak ada yang diubah.',
    andMore: (n: number) => `… dan ${formatCountId(n)} lagi.`,
    moved: (name: string, from: string, to: string) => `${name}: ${v(from)} → ${v(to)}`,
    sale: (name: string, purchases: number, stage: string) =>
      `${name}: penjualan dicatat (pembelian ke-${purchases}), sekarang ${v(stage)}`,
    alreadyDone: (name: string, stage: string) =>
      `${name}: sudah dilakukan barusan (sekarang ${v(stage)}); tidak dilakukan dua kali`,
    rowMoved: (name: string) =>
      `Baris ${name} diubah atau dipindah saat Anda menjawab; jalankan lagi tindakannya untuk kontak ini.`,
    badId: (row: number) =>
      `ID di baris ${row} berubah saat Anda menjawab; jalankan lagi tindakannya untuk baris itu.`,
    skippedEmpty: (rows: readonly number[]) =>
      `${rows.length === 1 ? `Baris ${rows[0]}` : `Baris ${rangeList(rows, daftar)}`} kosong dan dilewati.`,
    skippedHeader: 'Baris judul dilewati.',
    skippedHidden: (n: number) => `${jumlah(n, 'baris')} yang tersembunyi oleh filter dibiarkan.`,
  },
  imports: /* @__PURE__ */ importText('id'),
  contactGone:
    'Kontak ini sudah tidak ada di sheet (dihapus atau ID-nya berubah). Tidak ada yang disimpan; muat ulang dulu.',
  contactChanged: (name: string) =>
    `${name || 'Kontak ini'} diubah di sheet sejak Anda membukanya. Tidak ada yang disimpan: muat ulang untuk melihat perubahannya, lalu simpan lagi.`,
  busy: 'Prospek sedang menyimpan perubahan lain. Tidak ada yang disimpan; coba lagi sebentar.',
  contactsTabGone:
    'Prospek tidak menemukan tab Kontak-nya: apakah tab itu dihapus? Tidak ada yang diubah. Kembalikan tab itu (Edit > Urungkan, atau File > Histori versi), atau pilih Siapkan sheet untuk membuat tab Kontak baru yang kosong, lalu coba lagi.',
  menu: {
    setUp: 'Siapkan sheet',
    testDigest: 'Kirimi saya ringkasan uji sekarang',
  },
  setup: {
    title: 'Penyiapan Prospek',
    done: (r: {
      createdTabs: string[];
      addedColumns: Record<string, string[]>;
      idsAssigned: number;
    }) => {
      const parts: string[] = [];
      if (r.createdTabs.length) parts.push(`Tab ${daftar(r.createdTabs)} dibuat.`);
      for (const [tab, headers] of Object.entries(r.addedColumns)) {
        parts.push(
          `${jumlah(headers.length, 'kolom')} yang kurang ditambahkan ke ${tab}: ${daftar(headers)}.`,
        );
      }
      if (r.idsAssigned)
        parts.push(`${jumlah(r.idsAssigned, 'baris')} yang diketik manual diberi ID.`);
      return parts.length ? parts.join(' ') : 'Semuanya sudah siap; tidak ada yang berubah.';
    },
    duplicateHeader: (sheet: string, header: string, a: string, b: string) =>
      `Kolom ${a} dan ${b} di ${sheet} sama-sama berjudul "${header}". Ganti nama atau hapus salah satunya, lalu jalankan penyiapan lagi; tidak ada yang diubah.`,
    noHeaderRow: (sheet: string, examples: readonly string[]) =>
      `Baris 1 tab ${sheet} tidak berisi satu pun judul kolom Prospek (seperti ${daftar(examples)}), padahal tab itu berisi data. Sisipkan baris judul atau ganti nama tab, lalu jalankan penyiapan lagi; tidak ada yang diubah.`,
    duplicateId: (id: string, rowA: number, rowB: number) =>
      `Baris ${rowA} dan ${rowB} di Kontak punya ID yang sama, ${id}. Kosongkan ID baris yang orangnya berbeda (penyiapan memberinya ID baru), lalu jalankan penyiapan lagi; tidak ada yang diubah.`,
  },
});
// A page built for one language (the sidebar's, scripts/build.mjs) defines PROSPEK_ONLY_LANG, so
// the bundler folds this choice and leaves the other language's catalog out.
declare const PROSPEK_ONLY_LANG: Lang | undefined;

export function serverText(lang: Lang = activeLang()): ServerText {
  return (typeof PROSPEK_ONLY_LANG === 'undefined' ? lang : PROSPEK_ONLY_LANG) === 'id' ? id : en;
}
