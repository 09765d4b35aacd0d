// Qualification: is this lead a prospect? A prospect fits the target market, can afford the
// offer and can decide the purchase; interest in buying is not required. The sidebar imports
// this module for its live display, so it stays free of anything but plain data.

import type { Criterion } from '../contact/contact';
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
      outcome: 'Lead';
      /** What is still unknown about each open criterion ("can afford the offer"). */
      unknown: string[];
      unknownKeys: CriterionKey[];
    };

/** All Yes → Prospect; any No → Not a fit (naming each No); otherwise still a Lead. */
export function evaluateQualification(criteria: Criteria): QualificationResult {
  const failed = CRITERIA_KEYS.filter((k) => criteria[k] === 'No');
  if (failed.length > 0) {
    return {
      outcome: 'Not a fit',
      reasons: failed.map((k) => formText().criterionFailed[k]),
      failed,
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
    case 'Lead':
      return m.qualifiedStillLead(result.unknown);
  }
}
