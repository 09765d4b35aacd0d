// Server-side checks of what the Import tab sends: the header and mapping, a chunk of rows with
// their line numbers, the carried state, and (to write) batch, source and duplicate policy.
// Problems with the request as a whole are ValidationErrors naming the field; problems with one
// row of the file are not errors here: the plan reports them per line.

import {
  ID_ALPHABET,
  LEAD_SOURCES,
  matchOption,
  normalizeHeader,
  CONTACT_FIELDS,
} from '../contact/contact';
import type { LeadSource } from '../contact/contact';
import { parseCountry, type CountryCode } from './dedupe';
import { ValidationError, type FieldIssue } from '../errors';
import { columnLabel, extraHeaders, IMPORT_TARGETS, type ImportTarget } from './mapping';
import {
  DUPLICATE_POLICIES,
  PHONE_CHOICES,
  type DuplicatePolicy,
  type ImportRow,
  type ImportState,
  type PhoneChoice,
} from './plan';
import { serverText } from '../messages/server';
import type { DateOrder } from '../dateText';
import { isRecord, requireRecord } from '../contact/validation';

/** Rows per call: well inside google.script.run's payload size and the 6-minute limit. */
export const MAX_CHUNK_ROWS = 1000;
export const MAX_COLUMNS = 200;
/** Carried duplicate keys and targets: at most three per row of a chunk (email, phone, name). */
const MAX_STATE_KEYS = 3 * MAX_CHUNK_ROWS;
const FINGERPRINT = /^\d{1,9}-[0-9a-z]{1,7}-[0-9a-z]{1,7}$/;

const BATCH_ID = new RegExp(`^B-[${ID_ALPHABET}]{6}$`);
const TARGET_REF = /^(L[1-9]\d{0,8}|[A-Za-z0-9][A-Za-z0-9_.-]{0,63})$/;

export function isBatchId(s: unknown): s is string {
  return typeof s === 'string' && BATCH_ID.test(s);
}

export function newBatchId(random: () => number): string {
  let id = 'B-';
  for (let i = 0; i < 6; i++)
    id += ID_ALPHABET[Math.min(ID_ALPHABET.length - 1, Math.floor(random() * ID_ALPHABET.length))];
  return id;
}

export interface PlanRequest {
  header: string[];
  mapping: ImportTarget[];
  rows: ImportRow[];
  state: ImportState;
  country: CountryCode;
  /** What the whole file's Birthday column says of its date order (import/dateOrder.ts). */
  dateOrder: DateOrder | null;
  /** The user's import-or-skip for this chunk's possible duplicates, by file line. */
  phoneChoices: Record<string, PhoneChoice>;
}

export interface WriteRequest extends PlanRequest {
  batchId: string;
  fileName: string;
  source: LeadSource;
  policy: DuplicatePolicy;
  /** The file's content fingerprint: a batch continues only with the same file. */
  fingerprint: string;
  /** Data rows in the whole file, and before this chunk (for progress and resuming). */
  total: number;
  offset: number;
}

function readState(v: unknown, issues: FieldIssue[]): ImportState {
  const m = serverText().imports;
  if (v === null || v === undefined) return { seen: {}, targets: {} };
  const bad = () => {
    issues.push({ field: 'state', message: m.badState });
    return { seen: {}, targets: {} };
  };
  if (!isRecord(v) || !isRecord(v.seen) || !isRecord(v.targets)) return bad();
  const seenKeys = Object.keys(v.seen);
  if (seenKeys.length > MAX_STATE_KEYS || Object.keys(v.targets).length > MAX_STATE_KEYS) {
    issues.push({ field: 'state', message: m.stateTooBig });
    return { seen: {}, targets: {} };
  }
  const seen: Record<string, number> = {};
  for (const k of seenKeys) {
    const line = v.seen[k];
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) return bad();
    seen[k] = line;
  }
  const targets: Record<string, string> = {};
  for (const [k, t] of Object.entries(v.targets)) {
    if (!/^[1-9]\d{0,8}$/.test(k) || typeof t !== 'string' || !TARGET_REF.test(t)) return bad();
    targets[k] = t;
  }
  return { seen, targets };
}

/** Line → 'import' | 'skip'; anything else is a bad request. */
function readPhoneChoices(v: unknown, issues: FieldIssue[]): Record<string, PhoneChoice> {
  const out: Record<string, PhoneChoice> = {};
  if (v === null || v === undefined) return out;
  const entries = isRecord(v) ? Object.entries(v) : null;
  const ok =
    entries !== null &&
    entries.length <= MAX_CHUNK_ROWS &&
    entries.every(
      ([line, c]) =>
        /^[1-9]\d{0,8}$/.test(line) && (PHONE_CHOICES as readonly unknown[]).includes(c),
    );
  if (!ok) {
    issues.push({ field: 'phoneChoices', message: serverText().imports.badRows });
    return out;
  }
  for (const [line, c] of entries) out[line] = c as PhoneChoice;
  return out;
}

/** The chunk's rows, each with its file line (strictly increasing); problems go to `issues`. */
function readRows(raw: unknown, issues: FieldIssue[]): ImportRow[] {
  const m = serverText();
  const rows: ImportRow[] = [];
  if (!Array.isArray(raw)) issues.push({ field: 'rows', message: m.imports.badRows });
  else if (raw.length > MAX_CHUNK_ROWS) {
    issues.push({ field: 'rows', message: m.imports.tooManyRows(MAX_CHUNK_ROWS) });
  } else {
    let last = 0;
    for (const r of raw) {
      if (
        !isRecord(r) ||
        !Array.isArray(r.cells) ||
        r.cells.length > MAX_COLUMNS ||
        !r.cells.every((c) => typeof c === 'string')
      ) {
        issues.push({ field: 'rows', message: m.imports.badRows });
        break;
      }
      if (typeof r.line !== 'number' || !Number.isInteger(r.line) || r.line <= last) {
        issues.push({ field: 'rows', message: m.imports.badLine });
        break;
      }
      last = r.line;
      rows.push({ line: r.line, cells: r.cells as string[] });
    }
  }
  return rows;
}

/** Checks the parts every import call sends. Throws one ValidationError listing every problem. */
export function validatePlanRequest(request: unknown): PlanRequest {
  const m = serverText();
  const payload = requireRecord(request);
  const issues: FieldIssue[] = [];
  const header = payload.header;
  const mapping = payload.mapping;
  if (!Array.isArray(header) || !header.every((h) => typeof h === 'string')) {
    throw new ValidationError({ field: 'header', message: m.imports.badRows });
  }
  if (header.length > MAX_COLUMNS) {
    throw new ValidationError({ field: 'header', message: m.imports.tooManyColumns(MAX_COLUMNS) });
  }
  if (!Array.isArray(mapping) || mapping.length !== header.length) {
    throw new ValidationError({
      field: 'mapping',
      message: m.imports.mappingMismatch(
        header.length,
        Array.isArray(mapping) ? mapping.length : 0,
      ),
    });
  }
  mapping.forEach((t, i) => {
    if (!(IMPORT_TARGETS as readonly unknown[]).includes(t)) {
      issues.push({
        field: 'mapping',
        message: m.imports.unknownTarget(columnLabel(header, i), String(t)),
      });
    }
  });
  if (!mapping.some((t) => t === 'name' || t === 'firstName' || t === 'lastName')) {
    issues.push({ field: 'mapping', message: m.imports.noNameMapped });
  }
  if (issues.length === 0) {
    const ours = new Set(CONTACT_FIELDS.map((f) => normalizeHeader(f.header)));
    for (const [i, h] of extraHeaders(header, mapping as ImportTarget[])) {
      if (ours.has(normalizeHeader(h)))
        issues.push({
          field: 'mapping',
          message: m.imports.extraIsProspekColumn(columnLabel(header, i), h),
        });
    }
  }

  const rows = readRows(payload.rows, issues);
  const state = readState(payload.state, issues);
  const phoneChoices = readPhoneChoices(payload.phoneChoices, issues);
  const country = parseCountry(payload.country);
  if (country === null)
    issues.push({ field: 'country', message: m.imports.badCountry(String(payload.country ?? '')) });
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    header: header as string[],
    mapping: mapping as ImportTarget[],
    rows,
    state,
    country: country as CountryCode,
    phoneChoices,
    dateOrder:
      payload.dateOrder === 'dmy' || payload.dateOrder === 'mdy' ? payload.dateOrder : null,
  };
}

/** Checks a chunk to write: everything validatePlanRequest checks, plus batch, file, source, policy. */
export function validateWriteRequest(payload: unknown): WriteRequest {
  const m = serverText();
  const issues: FieldIssue[] = [];
  let plan: PlanRequest | null = null;
  try {
    plan = validatePlanRequest(payload);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    issues.push(...e.issues);
  }
  const p: Record<string, unknown> = isRecord(payload) ? payload : {};
  if (!isBatchId(p.batchId)) issues.push({ field: 'batchId', message: m.imports.badBatch });
  const fileName = typeof p.fileName === 'string' ? p.fileName.trim() : '';
  if (fileName === '' || fileName.length > 200)
    issues.push({ field: 'fileName', message: m.imports.badFileName });
  const source = matchOption(p.source, LEAD_SOURCES);
  if (source === null) issues.push({ field: 'source', message: m.imports.badSource(LEAD_SOURCES) });
  if (!(DUPLICATE_POLICIES as readonly unknown[]).includes(p.policy))
    issues.push({ field: 'policy', message: m.imports.badPolicy });
  if (typeof p.fingerprint !== 'string' || !FINGERPRINT.test(p.fingerprint))
    issues.push({ field: 'fingerprint', message: m.imports.badFingerprint });
  const total = p.total;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0)
    issues.push({ field: 'total', message: m.imports.badRows });
  const offset = p.offset;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0)
    issues.push({ field: 'offset', message: m.imports.badRows });
  if (issues.length > 0 || plan === null) throw new ValidationError(issues);
  return {
    ...plan,
    batchId: p.batchId as string,
    fileName,
    source: source as LeadSource,
    policy: p.policy as DuplicatePolicy,
    fingerprint: p.fingerprint as string,
    total: total as number,
    offset: offset as number,
  };
}
