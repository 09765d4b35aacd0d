// The sidebar's own words: labels, buttons and status lines. Sentences the server decides
// (validation, qualification, conflicts) come from server.ts; a field labelled as its sheet
// column is labelled by its header (contact.ts); counts and lists use lang.ts's helpers.
import { DEFAULT_LANG, formatCount, plural, type Lang } from './lang';

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
    stageChange: (from: string, to: string) => `Stage: ${en.stageMove(from, to)}`,
    followUp: (day: string) => `Follow up: ${day}`,
  },
  pipeline: {
    refresh: 'Refresh',
    funnel: 'Contacts per stage',
    funnelLabel: (parts: string) => `Contacts per stage: ${parts}.`,
    outcomes: 'Left the pipeline',
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
    opening: 'Opening…',
    loadFailed: 'The pipeline could not be loaded.',
    openFailed: 'The contact could not be opened.',
  },
  importTab: {
    undoing: 'Removing…',
  },
};

export type SidebarText = typeof en;
const catalogs: Record<Lang, SidebarText> = { en };

export function sidebarText(lang: Lang = DEFAULT_LANG): SidebarText {
  return catalogs[lang];
}
