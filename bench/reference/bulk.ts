// The plain bulk script: the peer a user would write. Each tab in one
// getDataRange().getValues(), then the same reminder logic as Prospek's daily digest.
import { dailyDigest, type Sheet } from './digest';

const wholeTab = (sheet: Sheet) => sheet.getDataRange().getValues();

export function referenceBulk(): number {
  return dailyDigest(wholeTab);
}
