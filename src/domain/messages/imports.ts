// The server's sentences of lead import, duplicates and merge (with the Import tab's words);
// server.ts includes them as `imports`.
import { DEFAULT_LANG, formatCount, list, plural, type Lang } from './lang';
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
  mergeNeedsTwo: 'Choose at least two contacts to merge.',
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
const catalogs: Record<Lang, ImportText> = { en };

export function importText(lang: Lang = DEFAULT_LANG): ImportText {
  return catalogs[lang];
}
