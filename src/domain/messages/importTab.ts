// The words the sidebar's Import tab shows; the server's import catalog (imports.ts) includes them.
import { DEFAULT_LANG, formatCount, plural, type Lang } from './lang';

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
    country: 'Phone country',
    countryHint: 'For numbers without a country code (ID: 0812… = +62 812…).',
    policy: 'Rows that are duplicates',
    preview: 'Preview',
    previewing: 'Checking…',
    import: (rows: number) => `Import ${plural(rows, 'row', 'rows')}`,
    importing: 'Importing…',
    resume: 'Resume',
    stopped: (done: number, total: number, why: string) =>
      `The import stopped after ${formatCount(done)} of ${formatCount(total)} rows: ${why} Resume sends the rest; nothing is imported twice.`,
    moreNotes: (n: number) => `… and ${plural(n, 'more', 'more')}.`,
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
  importDone: (r: { added: number; filled: number; skipped: number; invalid: number }) =>
    `Imported ${plural(r.added, 'lead', 'leads')}; filled ${plural(r.filled, 'existing contact', 'existing contacts')}; skipped ${plural(r.skipped, 'duplicate', 'duplicates')} and ${plural(r.invalid, 'invalid row', 'invalid rows')}.`,
  progress: (done: number, total: number) => `${formatCount(done)} of ${formatCount(total)} rows`,
  unfinishedOther: (file: string, done: number, total: number) =>
    `The previous import, of ${file}, stopped after ${formatCount(done)} of ${formatCount(total)} rows. This is another file, so it starts a new import. To resume the previous one instead, choose that file again; or undo it.`,
  resumeOffer: (file: string, done: number, total: number) =>
    `The import of ${file} stopped after ${formatCount(done)} of ${formatCount(total)} rows. Choose the same file to resume it (rows already imported are not imported twice), or undo it.`,
};

export type ImportTabText = typeof en;
const catalogs: Record<Lang, ImportTabText> = { en };

export function importTabText(lang: Lang = DEFAULT_LANG): ImportTabText {
  return catalogs[lang];
}
