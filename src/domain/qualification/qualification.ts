// Qualification: is this lead a prospect? A prospect fits the target market, can afford the
// offer and can decide the purchase; interest in buying is not required. An answer may be
// 'Not yet' ("not now": the budget runs out until March): that makes the contact Not ready, to
// follow up later; only a real No makes them Not a fit. The sidebar imports this module for its
// live display, so it stays free of anything but plain data.

import type { Criterion, Stage } from '../contact/contact';
import { formText } from '../messages/form';

export const CRITERIA_KEYS = ['fitsMarket', 'canAfford', 'canDecide'] as const;
export type CriterionKey = (typeof CRITERIA_KEYS)[number];

/** The three answers. '' (never asked) counts as Unknown. */
export type Criteria = Record<CriterionKey, Criterion | ''>;

export type QualificationResult =
  | { outcome: 'Prospect' }
  | {
      outcome: 'Not a fit';
      /** User-facing phrases, one per failed criterion ("can't afford the offer"). */
      reasons: string[];
      failed: CriterionKey[];
    }
  | {
      outcome: 'Not ready';
      /** What is not the case yet, one per 'Not yet' answer ("can't afford the offer yet"). */
      waiting: string[];
      waitingKeys: CriterionKey[];
    }
  | {
      outcome: 'Lead';
      /** What is still unknown about each open criterion ("can afford the offer"). */
      unknown: string[];
      unknownKeys: CriterionKey[];
    };

/**
 * All Yes → Prospect; any No → Not a fit (naming each No); else any Not yet → Not ready (naming
 * each Not yet); otherwise still a Lead. A No outweighs a Not yet: "not now" is no reason to
 * keep following up someone who doesn't fit.
 */
export function evaluateQualification(criteria: Criteria): QualificationResult {
  const failed = CRITERIA_KEYS.filter((k) => criteria[k] === 'No');
  if (failed.length > 0) {
    return {
      outcome: 'Not a fit',
      reasons: failed.map((k) => formText().criterionFailed[k]),
      failed,
    };
  }
  const waitingKeys = CRITERIA_KEYS.filter((k) => criteria[k] === 'Not yet');
  if (waitingKeys.length > 0) {
    return {
      outcome: 'Not ready',
      waiting: waitingKeys.map((k) => formText().criterionNotYet[k]),
      waitingKeys,
    };
  }
  const unknownKeys = CRITERIA_KEYS.filter((k) => criteria[k] !== 'Yes');
  if (unknownKeys.length > 0) {
    return {
      outcome: 'Lead',
      unknown: unknownKeys.map((k) => formText().criterionOpen[k]),
      unknownKeys,
    };
  }
  return { outcome: 'Prospect' };
}

/** The criteria whose answers decided the outcome (every one for a prospect). */
export function decidingCriteria(result: QualificationResult): CriterionKey[] {
  switch (result.outcome) {
    case 'Prospect':
      return [...CRITERIA_KEYS];
    case 'Not a fit':
      return result.failed;
    case 'Not ready':
      return result.waitingKeys;
    case 'Lead':
      return result.unknownKeys;
  }
}

/** True when some criterion is answered 'Not yet'. */
export function hasNotYet(criteria: Criteria): boolean {
  return CRITERIA_KEYS.some((k) => criteria[k] === 'Not yet');
}

/**
 * True when a save of new answers may move a contact of this stage (stages.applyQualification):
 * Lead, Prospect and Not a fit, and Not ready when its saved answers hold a 'Not yet'.
 */
export function answersMoveStage(c: { stage: Stage } & Criteria): boolean {
  if (c.stage === 'Lead' || c.stage === 'Prospect' || c.stage === 'Not a fit') return true;
  return c.stage === 'Not ready' && hasNotYet(c);
}

/** True when all three criteria are Yes. */
export function isQualified(criteria: Criteria): boolean {
  return CRITERIA_KEYS.every((k) => criteria[k] === 'Yes');
}

/** One sentence for the sidebar and the activity log. */
export function describeQualification(result: QualificationResult): string {
  const m = formText();
  switch (result.outcome) {
    case 'Prospect':
      return m.qualifiedProspect;
    case 'Not a fit':
      return m.qualifiedNotAFit(result.reasons);
    case 'Not ready':
      return m.qualifiedNotReady(result.waiting);
    case 'Lead':
      return m.qualifiedStillLead(result.unknown);
  }
}
