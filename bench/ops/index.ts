// Every operation the bench measures, in the order of its table.
import { CONTACT_OPS } from './contact';
import { IMPORT_OPS } from './import';
import { REFERENCE_OPS } from './references';
import { SCAN_OPS } from './scans';

export const OPS = [...CONTACT_OPS, ...SCAN_OPS, ...IMPORT_OPS];
export { REFERENCE_OPS };
export type { Op } from './op';
