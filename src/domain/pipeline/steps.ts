// The pipeline computed in steps, so the columns read of every contact are only those the
// counts need, and its lists are bounded: the sidebar gets at most PIPELINE_LIST_LIMIT people
// per list (the most overdue and the soonest first) and the number left out, never a list as
// long as the sheet. The sheet read is the caller's `fill`.

import type { Fullness } from '../capacity/capacity';
import type { Contact, ContactKey } from '../contact/contact';
import { pipelineSummary, type PipelineSummary } from './pipeline';

/**
 * Of every contact: what the stage counts, the funnel and the lists' dates need, and the name
 * (a row typed without an ID, often just a name, is still counted and given its ID).
 */
export const PIPELINE_DECIDE_KEYS = [
  'id',
  'name',
  'stage',
  'purchases',
  'nextFollowUp',
  'birthday',
  // The lead-source view counts every contact by source.
  'source',
] as const satisfies readonly ContactKey[];

/** Of those who said no: the criteria (funnel level) and Keep in touch (their follow-up). */
export const PIPELINE_SAID_NO_KEYS = [
  'fitsMarket',
  'canAfford',
  'canDecide',
  'keepInTouch',
] as const satisfies readonly ContactKey[];

/** Of the people listed: what the lists show. */
export const PIPELINE_SHOWN_KEYS = ['company', 'address'] as const satisfies readonly ContactKey[];

/** People per list (follow-ups due today, overdue, birthdays) in one reply. */
export const PIPELINE_LIST_LIMIT = 50;

/** Fills `keys` into the contacts of these IDs (the caller reads them from the sheet). */
export type FillContacts = (ids: readonly string[], keys: readonly ContactKey[]) => void;

/** The pipeline, with the number of people each list leaves out. */
export interface BoundedPipeline extends PipelineSummary {
  more: { followUpsDueToday: number; overdueFollowUps: number; birthdays: number };
}

/** The Pipeline tab's reply: the pipeline and how full the spreadsheet is. */
export interface PipelineView extends BoundedPipeline {
  fullness: Fullness;
}

/**
 * pipelineSummary on `contacts` (PIPELINE_DECIDE_KEYS read, each with a unique ID or none), the
 * other fields filled only where they matter: the counts are exactly pipelineSummary's, and each
 * list is its first PIPELINE_LIST_LIMIT people (the most overdue, the soonest birthdays), with the count left out.
 */
export function pipelineInSteps(
  contacts: readonly Contact[],
  fill: FillContacts,
  today: string,
  limit = PIPELINE_LIST_LIMIT,
): BoundedPipeline {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  fill(
    contacts.filter((c) => c.id !== '' && c.stage === 'Said no').map((c) => c.id),
    PIPELINE_SAID_NO_KEYS,
  );
  const all = pipelineSummary(contacts, today);
  const firsts = <T extends { id: string }>(items: T[]) => items.slice(0, limit);
  const listed = [
    ...firsts(all.followUpsDueToday),
    ...firsts(all.overdueFollowUps),
    ...firsts(all.birthdays),
  ].map((i) => i.id);
  const ids = [...new Set(listed)];
  fill(ids, PIPELINE_SHOWN_KEYS);
  const shown = pipelineSummary(
    ids.map((id) => byId.get(id) as Contact),
    today,
  );
  const keep = <T extends { id: string }>(items: T[], chosen: T[]) => {
    const want = new Set(firsts(chosen).map((i) => i.id));
    return items.filter((i) => want.has(i.id));
  };
  return {
    ...all,
    followUpsDueToday: keep(shown.followUpsDueToday, all.followUpsDueToday),
    overdueFollowUps: keep(shown.overdueFollowUps, all.overdueFollowUps),
    birthdays: keep(shown.birthdays, all.birthdays),
    more: {
      followUpsDueToday: Math.max(0, all.followUpsDueToday.length - limit),
      overdueFollowUps: Math.max(0, all.overdueFollowUps.length - limit),
      birthdays: Math.max(0, all.birthdays.length - limit),
    },
  };
}
