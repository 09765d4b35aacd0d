// What an import will do, from its preview: the rows it adds, the contacts it fills and the rows
// it leaves out, under the duplicate policy chosen and the user's choice for each possible
// duplicate. The Import button says it ("Import 3 new leads, skip 4 duplicates"), so the count
// on the button is what the import really adds (as planChunk decides it, chunk.ts).
import type { DuplicatePolicy, ImportCounts, PhoneChoice } from './plan';

export interface ImportOutcome {
  /** Rows that become new contacts. */
  add: number;
  /** Duplicates whose data fills the empty fields of the contact they duplicate. */
  fill: number;
  /** Duplicates left out. */
  skip: number;
  /** Rows that can't be imported as they are (no name, a bad email, ...). */
  invalid: number;
}

/**
 * `possible` holds the choices for the possible duplicates (same phone only), which the preview
 * counts among `existing`: chosen Import adds the row, anything else leaves it out whatever
 * the policy.
 */
export function importOutcome(
  counts: ImportCounts,
  policy: DuplicatePolicy,
  possible: { count: number; choices: Readonly<Record<string, PhoneChoice>> },
): ImportOutcome {
  const chosen = Object.values(possible.choices).filter((c) => c === 'import').length;
  const duplicates = counts.existing - possible.count + counts.inFile;
  return {
    add: counts.new + chosen + (policy === 'anyway' ? duplicates : 0),
    fill: policy === 'fill' ? duplicates : 0,
    skip: possible.count - chosen + (policy === 'skip' ? duplicates : 0),
    invalid: counts.invalid,
  };
}
