// The one place that decides how a contact may move between stages. Every stage change (menu
// action, sidebar button, qualification save) asks a function here and writes the patch it
// returns; a refusal carries a user-facing reason naming the contact.
//
// Main path:  Lead → Prospect → In sales → Customer → Repeat buyer
// Outcomes:   Not ready, Said no, Not a fit (left via `reopen`)
//
// Rules, including the choices the brief left open:
// - advance: Lead → Prospect needs all three criteria Yes; Prospect → In sales. In sales →
//   Customer and Customer → Repeat buyer happen only by recording a sale, so the stage never
//   claims a sale nobody recorded. Outcomes must be reopened first.
// - moveBack: one step back along the main path, from any main stage but Lead. It corrects a
//   mistaken move and changes only the stage; purchases and last purchase are facts and stay.
// - markNotReady: from Prospect or In sales only. "Ready now / not yet" is the sales-phase
//   question; a lead has not been qualified yet (give a lead a Next follow-up instead).
// - markSaidNo: from Lead, Prospect, In sales or Not ready (a lead can decline while being
//   qualified). Not for customers: a customer who declines one offer is still a customer.
// - markNotAFit: from Lead, Prospect, In sales, Not ready or Said no; never for customers.
// - One rule for coming back: the day a Not ready or Said no contact is to be contacted again
//   is always Next follow-up, which the digest reads. Not ready sets it; Said no with keep in
//   touch sets it to the recontact day; Said no without, and Not a fit, clear it. Recontact on
//   is only read, from sheets written before this rule (reminders.contactAgainDay).
// - reopen: Not ready / Said no / Not a fit go back to Prospect when all criteria are Yes, else
//   to Lead. Reopening Not a fit resets each No criterion to Unknown (the evidence notes stay)
//   so the contact can be re-qualified instead of bouncing straight back to Not a fit.
// - recordSale: from Prospect, In sales, Not ready (a "not yet" that bought), Customer or Repeat
//   buyer. The new stage follows the current stage: Customer for a first sale from the pipeline,
//   Repeat buyer from Customer or Repeat buyer.
// - applyQualification: changes the stage only for Lead, Prospect and Not a fit, and for a Not
//   ready contact whose saved answers held a 'Not yet' (their "not now" was a criterion, so the
//   answers may lift it). Contacts in sales, customers, Said no, and Not ready from the sales
//   phase keep their stage: a criterion edited later never silently demotes a customer; use
//   markNotAFit if they really aren't a fit. A 'Not yet' answer makes the contact Not ready
//   with a Next follow-up (the caller's default when the contact has none ahead).
// - reopen from Not ready also resets each 'Not yet' answer to Unknown, like Not a fit's No.
// Patches never include `updated`: the contact store stamps it when writing.

import { fieldLabel } from '../contact/sheetWords';
import {
  contactField,
  MAIN_STAGES,
  OUTCOME_STAGES,
  STAGES,
  stageUnknown,
  type Contact,
  type Criterion,
  type MainStage,
  type Stage,
} from '../contact/contact';
import { addDays, compareDays, isCalendarDay, type CalendarDay } from '../calendarDay';
import { serverText } from '../messages/server';
import {
  answersMoveStage,
  CRITERIA_KEYS,
  evaluateQualification,
  isQualified,
  type Criteria,
  type CriterionKey,
} from './qualification';

/** Stages in funnel display order: the main path, then the outcomes. */
export const STAGE_ORDER: readonly Stage[] = STAGES;

/** Suggested gap before recontacting someone who said no but agreed to stay on the list. */
export const DEFAULT_RECONTACT_DAYS = 90;

export function defaultRecontactOn(today: CalendarDay): CalendarDay {
  return addDays(today, DEFAULT_RECONTACT_DAYS);
}

export type Transition =
  | {
      ok: true;
      patch: Partial<Contact>;
      from: Stage;
      to: Stage;
      /** Free text for the stage-change activity (e.g. why they're not a fit). */
      note?: string;
    }
  | { ok: false; reason: string };

/** What stage functions read from a contact. */
export type StageView = Pick<
  Contact,
  | 'name'
  | 'id'
  | 'stage'
  | 'unreadStage'
  | 'fitsMarket'
  | 'canAfford'
  | 'canDecide'
  | 'purchases'
  | 'lastPurchase'
  | 'nextFollowUp'
>;

function who(c: Pick<Contact, 'name' | 'id'>): string {
  return c.name || c.id || serverText().thisContact;
}

function isOutcome(stage: Stage): boolean {
  return (OUTCOME_STAGES as readonly Stage[]).includes(stage);
}

function refuse(reason: string): Transition {
  return { ok: false, reason };
}

function move(c: StageView, to: Stage, patch: Partial<Contact> = {}, note?: string): Transition {
  const t: Transition = { ok: true, patch: { ...patch, stage: to }, from: c.stage, to };
  if (note) t.note = note;
  return t;
}

/**
 * A refusal for a contact whose Stage cell Prospek can't read ('Custumer'): no action guesses
 * what it meant, and the cell is never overwritten until the user chooses a stage. Null otherwise.
 */
export function refuseUnknownStage(c: StageView): Transition | null {
  if (!stageUnknown(c)) return null;
  return refuse(serverText().unknownStage(who(c), c.unreadStage as string));
}

function pipelineStageFor(c: Criteria): MainStage {
  return isQualified(c) ? 'Prospect' : 'Lead';
}

export function advance(c: StageView): Transition {
  const m = serverText();
  switch (c.stage) {
    case 'Lead': {
      const q = evaluateQualification(c);
      if (q.outcome === 'Prospect') return move(c, 'Prospect');
      const pending = CRITERIA_KEYS.filter((k) => c[k] !== 'Yes').map((k) =>
        fieldLabel(contactField(k).header),
      );
      return refuse(m.advanceNeedsCriteria(who(c), pending));
    }
    case 'Prospect':
      return move(c, 'In sales');
    case 'In sales':
      return refuse(m.advanceNeedsSale(who(c)));
    case 'Customer':
      return refuse(m.advanceNeedsRepeatSale(who(c)));
    case 'Repeat buyer':
      return refuse(m.advanceAtEnd(who(c)));
    default:
      return refuse(m.reopenFirst(who(c), c.stage));
  }
}

export function moveBack(c: StageView): Transition {
  if (isOutcome(c.stage)) return refuse(serverText().reopenFirst(who(c), c.stage));
  const i = MAIN_STAGES.indexOf(c.stage as MainStage);
  if (i <= 0) return refuse(serverText().moveBackAtStart(who(c)));
  return move(c, MAIN_STAGES[i - 1]);
}

function checkDayNotPast(day: unknown, today: CalendarDay): 'missing' | 'past' | null {
  if (!isCalendarDay(day)) return 'missing';
  return compareDays(day, today) < 0 ? 'past' : null;
}

export function markNotReady(
  c: StageView,
  followUpOn: CalendarDay,
  today: CalendarDay,
): Transition {
  const m = serverText();
  if (c.stage !== 'Prospect' && c.stage !== 'In sales') {
    return refuse(m.notReadyNotAllowed(who(c), c.stage));
  }
  const problem = checkDayNotPast(followUpOn, today);
  if (problem === 'missing') return refuse(m.followUpRequired(who(c)));
  if (problem === 'past') return refuse(m.followUpInPast(who(c)));
  return move(c, 'Not ready', { readiness: 'Not yet', nextFollowUp: followUpOn });
}

const SAID_NO_FROM: readonly Stage[] = ['Lead', 'Prospect', 'In sales', 'Not ready'];

export function markSaidNo(
  c: StageView,
  keepInTouch: boolean,
  recontactOn: CalendarDay | '',
  today: CalendarDay,
): Transition {
  const m = serverText();
  if (!SAID_NO_FROM.includes(c.stage)) return refuse(m.saidNoNotAllowed(who(c), c.stage));
  if (!keepInTouch) {
    return move(c, 'Said no', { keepInTouch: 'No', recontactOn: '', nextFollowUp: '' });
  }
  const problem = checkDayNotPast(recontactOn, today);
  if (problem === 'missing') return refuse(m.recontactRequired(who(c)));
  if (problem === 'past') return refuse(m.recontactInPast(who(c)));
  return move(c, 'Said no', { keepInTouch: 'Yes', recontactOn: '', nextFollowUp: recontactOn });
}

const NOT_A_FIT_FROM: readonly Stage[] = ['Lead', 'Prospect', 'In sales', 'Not ready', 'Said no'];

export function markNotAFit(c: StageView, reason = ''): Transition {
  if (!NOT_A_FIT_FROM.includes(c.stage))
    return refuse(serverText().notAFitNotAllowed(who(c), c.stage));
  return move(
    c,
    'Not a fit',
    { nextFollowUp: '', keepInTouch: '', recontactOn: '' },
    reason.trim() || undefined,
  );
}

export function reopen(c: StageView): Transition {
  const patch: Partial<Contact> = {};
  const criteria: Criteria = {
    fitsMarket: c.fitsMarket,
    canAfford: c.canAfford,
    canDecide: c.canDecide,
  };
  switch (c.stage) {
    case 'Not ready':
      patch.readiness = 'Unknown';
      for (const k of CRITERIA_KEYS) {
        if (criteria[k] === 'Not yet') {
          criteria[k] = 'Unknown';
          patch[k] = 'Unknown';
        }
      }
      break;
    case 'Said no':
      patch.keepInTouch = '';
      patch.recontactOn = '';
      break;
    case 'Not a fit':
      for (const k of CRITERIA_KEYS) {
        if (criteria[k] === 'No') {
          criteria[k] = 'Unknown';
          patch[k] = 'Unknown';
        }
      }
      break;
    default:
      return refuse(serverText().reopenNotAllowed(who(c), c.stage));
  }
  return move(c, pipelineStageFor(criteria), patch);
}

const SALE_FROM: readonly Stage[] = [
  'Prospect',
  'In sales',
  'Not ready',
  'Customer',
  'Repeat buyer',
];

export function recordSale(c: StageView, day: CalendarDay): Transition {
  const m = serverText();
  if (!SALE_FROM.includes(c.stage)) {
    return refuse(
      c.stage === 'Lead' ? m.saleNeedsQualification(who(c)) : m.reopenFirst(who(c), c.stage),
    );
  }
  if (!isCalendarDay(day)) return refuse(m.saleNeedsDay(who(c)));
  const to: Stage =
    c.stage === 'Customer' || c.stage === 'Repeat buyer' ? 'Repeat buyer' : 'Customer';
  // Recording an older sale after a newer one must not move Last purchase backwards.
  const last =
    isCalendarDay(c.lastPurchase) && compareDays(c.lastPurchase, day) > 0 ? c.lastPurchase : day;
  const patch: Partial<Contact> = { purchases: (c.purchases || 0) + 1, lastPurchase: last };
  if (c.stage === 'Not ready') patch.readiness = 'Ready now';
  return move(c, to, patch);
}

export type QualificationTransition = Extract<Transition, { ok: true }> & {
  outcome: ReturnType<typeof evaluateQualification>;
};

/**
 * Saves new criteria answers. The stage follows the answers only where answersMoveStage says
 * so; the patch always carries the three criteria. A move to Not ready sets Next follow-up to
 * the contact's own date when it is still ahead, else to `followUpOn` (the caller's default).
 * When the stage doesn't change, `from === to` and the patch has no `stage`.
 */
export function applyQualification(
  c: StageView,
  criteria: Record<CriterionKey, Criterion>,
  followUpOn: CalendarDay | '' = '',
  today: CalendarDay | '' = '',
): QualificationTransition {
  const outcome = evaluateQualification(criteria);
  const patch: Partial<Contact> = {
    fitsMarket: criteria.fitsMarket,
    canAfford: criteria.canAfford,
    canDecide: criteria.canDecide,
  };
  // An unknown stage stays as the user typed it: the criteria are saved, the stage is not.
  const to: Stage = !stageUnknown(c) && answersMoveStage(c) ? outcome.outcome : c.stage;
  if (to !== c.stage) {
    patch.stage = to;
    if (to === 'Not a fit')
      Object.assign(patch, { nextFollowUp: '', keepInTouch: '', recontactOn: '' });
  }
  if (to === 'Not ready' && answersMoveStage(c)) {
    const own = c.nextFollowUp;
    const ahead = isCalendarDay(own) && (!isCalendarDay(today) || compareDays(own, today) >= 0);
    if (!ahead && followUpOn !== '') patch.nextFollowUp = followUpOn;
  }
  return { ok: true, patch, from: c.stage, to, outcome };
}

export type StageAction =
  'advance' | 'moveBack' | 'markNotReady' | 'markSaidNo' | 'markNotAFit' | 'reopen' | 'recordSale';

/**
 * Actions worth offering for a stage (for enabling buttons). `advance` from Lead is listed even
 * when criteria are missing: trying it explains what's missing. In sales and customers move on
 * through `recordSale`, so `advance` isn't offered there.
 */
export function availableActions(stage: Stage): StageAction[] {
  const actions: StageAction[] = [];
  if (stage === 'Lead' || stage === 'Prospect') actions.push('advance');
  if (MAIN_STAGES.indexOf(stage as MainStage) > 0) actions.push('moveBack');
  if (stage === 'Prospect' || stage === 'In sales') actions.push('markNotReady');
  if (SAID_NO_FROM.includes(stage)) actions.push('markSaidNo');
  if (NOT_A_FIT_FROM.includes(stage)) actions.push('markNotAFit');
  if (isOutcome(stage)) actions.push('reopen');
  if (SALE_FROM.includes(stage)) actions.push('recordSale');
  return actions;
}
