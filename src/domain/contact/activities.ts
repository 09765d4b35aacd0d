// Building rows for the Activities tab (an append-only log of conversations and of what Prospek
// changed), and the contact fields a logged conversation updates.
//
// Builders take `whenIso` (the instant, an ISO string) from the caller: the domain has no clock.
// `activityId` is optional: pass one from contact.newActivityId, or leave it '' for the
// activity log to assign when it appends (it knows the existing ids).

import { fieldLabel } from './sheetWords';
import { compareDays, describeDay, isCalendarDay, type CalendarDay } from '../calendarDay';
import type {
  Activity,
  Contact,
  ConversationType,
  Criterion,
  Stage,
  SystemActivityType,
} from './contact';
import { contactField } from './contact';
import { serverText } from '../messages/server';
import {
  CRITERIA_KEYS,
  describeQualification,
  evaluateQualification,
} from '../qualification/qualification';
import type { Transition } from '../qualification/stages';

/** A conversation as the sidebar sends it, after validation.validateActivityInput. */
export interface ConversationInput {
  contactId: string;
  type: ConversationType;
  summary: string;
  questions: string;
  concerns: string;
  nextStep: string;
  followUpOn: CalendarDay | '';
}

type ContactRef = Pick<Contact, 'id' | 'name'>;

function base(
  contact: ContactRef,
  type: Activity['type'],
  by: string,
  whenIso: string,
  activityId: string,
): Activity {
  return {
    activityId,
    when: whenIso,
    contactId: contact.id,
    contactName: contact.name,
    type,
    summary: '',
    questions: '',
    concerns: '',
    nextStep: '',
    followUpOn: '',
    fromStage: '',
    toStage: '',
    by,
  };
}

export function conversationActivity(
  input: ConversationInput,
  contact: ContactRef,
  by: string,
  whenIso: string,
  activityId = '',
): Activity {
  return {
    ...base(contact, input.type, by, whenIso, activityId),
    summary: input.summary,
    questions: input.questions,
    concerns: input.concerns,
    nextStep: input.nextStep,
    followUpOn: input.followUpOn,
  };
}

/** "Lead → Prospect", plus the note (e.g. why they're not a fit) when there is one. */
export function stageChangeActivity(
  contact: ContactRef,
  from: Stage,
  to: Stage,
  by: string,
  whenIso: string,
  note?: string,
  activityId = '',
): Activity {
  const summary = serverText().stageChanged(from, to) + (note ? ` ${note}` : '');
  return {
    ...base(contact, 'Stage change', by, whenIso, activityId),
    summary,
    fromStage: from,
    toStage: to,
  };
}

/**
 * The log entry for a successful stage transition from stages.ts. Carries the follow-up or
 * recontact date the transition set, so the log shows when to come back.
 */
export function activityForTransition(
  contact: ContactRef,
  t: Extract<Transition, { ok: true }>,
  by: string,
  whenIso: string,
  activityId = '',
): Activity {
  const a = stageChangeActivity(contact, t.from, t.to, by, whenIso, t.note, activityId);
  a.followUpOn = t.patch.nextFollowUp || t.patch.recontactOn || '';
  return a;
}

/**
 * Records the answers and what they mean. Never the stage columns: a move the answers make is
 * the Stage change entry logged with it, so the history shows each move once.
 */
export function qualificationActivity(
  contact: ContactRef,
  criteria: Record<(typeof CRITERIA_KEYS)[number], Criterion>,
  by: string,
  whenIso: string,
  activityId = '',
): Activity {
  const m = serverText();
  const answers = CRITERIA_KEYS.map((k) =>
    m.criterionAnswer(fieldLabel(contactField(k).header), criteria[k]),
  );
  const summary = `${answers.join('; ')}. ${describeQualification(evaluateQualification(criteria))}`;
  return { ...base(contact, 'Qualification', by, whenIso, activityId), summary };
}

/** A sale on `day`; `t` is the successful stages.recordSale transition. */
export function saleActivity(
  contact: ContactRef,
  day: CalendarDay,
  t: Extract<Transition, { ok: true }>,
  by: string,
  whenIso: string,
  note?: string,
  activityId = '',
): Activity {
  const purchases = t.patch.purchases ?? 0;
  const summary = serverText().saleRecorded(describeDay(day), purchases) + (note ? ` ${note}` : '');
  const a = { ...base(contact, 'Sale', by, whenIso, activityId), summary };
  if (t.from !== t.to) {
    a.fromStage = t.from;
    a.toStage = t.to;
  }
  return a;
}

/** Import and Merge entries: Prospek wrote something and says what. */
export function systemActivity(
  type: Exclude<SystemActivityType, 'Stage change' | 'Qualification' | 'Sale'>,
  contact: ContactRef,
  summary: string,
  by: string,
  whenIso: string,
  activityId = '',
): Activity {
  return { ...base(contact, type, by, whenIso, activityId), summary };
}

/**
 * What a logged conversation changes on the contact. `day` is the conversation's calendar day
 * in the spreadsheet's time zone (the caller computes it; an instant alone doesn't say).
 * - Last contacted becomes `day` (never moved backwards when the contact is given).
 * - A follow-up date in the conversation becomes Next follow-up.
 * - Without one, a Next follow-up that was due on or before `day` is cleared: this
 *   conversation was that follow-up, so it shouldn't stay overdue. Later ones are kept.
 */
export function contactPatchForConversation(
  activity: Pick<Activity, 'followUpOn'>,
  day: CalendarDay,
  contact?: Pick<Contact, 'lastContacted' | 'nextFollowUp'>,
): Partial<Pick<Contact, 'lastContacted' | 'nextFollowUp'>> {
  const patch: Partial<Pick<Contact, 'lastContacted' | 'nextFollowUp'>> = {};
  const last = contact?.lastContacted;
  if (!isCalendarDay(last) || compareDays(last, day) < 0) patch.lastContacted = day;
  const next = contact?.nextFollowUp;
  if (activity.followUpOn !== '') {
    patch.nextFollowUp = activity.followUpOn;
  } else if (isCalendarDay(next) && compareDays(next, day) <= 0) {
    patch.nextFollowUp = '';
  }
  return patch;
}
