// The pipeline at a glance: how many contacts are at each stage, how many moved on, what's due.
//
// Conversion is measured from current stages (the sheet keeps no per-contact stage history),
// through the furthest funnel level each contact has evidently reached:
//   level 3 Repeat buyer — stage Repeat buyer, or 2+ purchases recorded
//   level 2 Customer     — stage Customer, or 1 purchase recorded
//   level 1 Prospect     — stage Prospect or In sales; Not ready (only prospects and contacts in
//                          sales can be marked not ready); Said no with all three criteria Yes
//   level 0 Lead         — everyone else, including Not a fit and Said no while still a lead
// "Reached X" counts contacts at level X or above, so each count contains the next and a rate
// (reached X / reached the previous level) is between 0 and 1; it is null when nothing reached
// the previous level. Blank rows (no id) are not counted.

import { type CalendarDay } from '../calendarDay';
import { upcomingBirthdays, type BirthdayItem } from './birthdays';
import {
  LEAD_SOURCES,
  stageUnknown,
  type Contact,
  type LeadSource,
  type Stage,
} from '../contact/contact';
import { dueFollowUps, type FollowUpItem } from './followUps';
import { isQualified } from '../qualification/qualification';
import { STAGE_ORDER } from '../qualification/stages';

export const DEFAULT_BIRTHDAY_DAYS = 14;

export interface StageCount {
  stage: Stage;
  count: number;
}

export interface Conversion {
  from: number;
  to: number;
  /** to / from, or null when from is 0. */
  rate: number | null;
}

/** How many contacts a lead source brought, and how many of them became prospects or more. */
export interface SourceCount {
  source: LeadSource | '';
  contacts: number;
  /** Reached the Prospect level or beyond (funnelLevel >= 1). */
  prospects: number;
}

export interface PipelineSummary {
  today: CalendarDay;
  total: number;
  /** Every stage in STAGE_ORDER, zeros included. */
  stages: StageCount[];
  /** Contacts whose Stage cell names no stage Prospek knows (counted in no stage above). */
  unknownStage: number;
  reached: { lead: number; prospect: number; customer: number; repeatBuyer: number };
  conversion: {
    leadToProspect: Conversion;
    prospectToCustomer: Conversion;
    customerToRepeatBuyer: Conversion;
  };
  followUpsDueToday: FollowUpItem[];
  overdueFollowUps: FollowUpItem[];
  /** Birthdays from today through `birthdayDays` days ahead. */
  birthdays: BirthdayItem[];
  /** Each lead source with contacts, in LEAD_SOURCES order, then contacts with none. */
  sources: SourceCount[];
}

/** 0 Lead, 1 Prospect, 2 Customer, 3 Repeat buyer — see the definition at the top. */
export function funnelLevel(
  c: Pick<
    Contact,
    'stage' | 'unreadStage' | 'purchases' | 'fitsMarket' | 'canAfford' | 'canDecide'
  >,
): number {
  let level = 0;
  // An unknown stage says nothing of how far they got: only their purchases do.
  switch (stageUnknown(c) ? '' : c.stage) {
    case 'Repeat buyer':
      level = 3;
      break;
    case 'Customer':
      level = 2;
      break;
    case 'Prospect':
    case 'In sales':
    case 'Not ready':
      level = 1;
      break;
    case 'Said no':
      level = isQualified(c) ? 1 : 0;
      break;
  }
  if (c.purchases >= 2) level = Math.max(level, 3);
  else if (c.purchases >= 1) level = Math.max(level, 2);
  return level;
}

function conversion(from: number, to: number): Conversion {
  return { from, to, rate: from === 0 ? null : to / from };
}

export function pipelineSummary(
  contacts: readonly Contact[],
  today: CalendarDay,
  opts: { birthdayDays?: number } = {},
): PipelineSummary {
  const counted = contacts.filter((c) => c.id !== '');
  const byStage = new Map<Stage, number>(STAGE_ORDER.map((s) => [s, 0]));
  const reachedAt = [0, 0, 0, 0];
  let unknownStage = 0;
  const bySource = new Map<LeadSource | '', SourceCount>(
    [...LEAD_SOURCES, '' as const].map((source) => [source, { source, contacts: 0, prospects: 0 }]),
  );
  for (const c of counted) {
    const level = funnelLevel(c);
    const s = bySource.get(c.source ?? '') ?? bySource.get('')!;
    s.contacts++;
    if (level >= 1) s.prospects++;
    if (stageUnknown(c)) unknownStage++;
    else byStage.set(c.stage, (byStage.get(c.stage) ?? 0) + 1);
    for (let i = 0; i <= level; i++) reachedAt[i]++;
  }
  const [lead, prospect, customer, repeatBuyer] = reachedAt;
  const { dueToday, overdue } = dueFollowUps(counted, today);
  return {
    today,
    total: counted.length,
    stages: STAGE_ORDER.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
    unknownStage,
    reached: { lead, prospect, customer, repeatBuyer },
    conversion: {
      leadToProspect: conversion(lead, prospect),
      prospectToCustomer: conversion(prospect, customer),
      customerToRepeatBuyer: conversion(customer, repeatBuyer),
    },
    followUpsDueToday: dueToday,
    overdueFollowUps: overdue,
    birthdays: upcomingBirthdays(counted, today, opts.birthdayDays ?? DEFAULT_BIRTHDAY_DAYS),
    sources: [...bySource.values()].filter((s) => s.contacts > 0),
  };
}
