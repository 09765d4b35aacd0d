// The lead import as the Import tab runs it: the tab's own runner (sidebar/importRunner.ts)
// drives the server's entry points, so the bench sends exactly the calls a user's import sends,
// chunk size and key fetching included. Then the undo of that import.
import type { Runtime, RuntimeState } from '../../local/runtime/index';
import type { ImportTarget } from '../../src/domain/import/mapping';
import {
  fingerprintOf,
  importFile,
  previewFile,
  type ImportCaller,
} from '../../sidebar/importRunner';
import type { ParsedFile } from '../../sidebar/csv';
import { Session } from '../measure';
import { runtimeFor, type Fixture } from '../workbook';
import { expect, ok, sidebar, type Op } from './op';

export const IMPORT_ROWS = 10_000;
const MAPPING: ImportTarget[] = ['name', 'email', 'phone', 'company'];
const COUNTRY = 'ID';

/**
 * A new parsed file each time (the runner keeps a file's keys per file object): Name, Email,
 * Phone, Company; about 1 in 50 rows repeats an existing contact's email, 1 in 100 an earlier row.
 */
function leadFile(f: Fixture): ParsedFile {
  const rows: ParsedFile['rows'] = [];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    let email = `lead${i}@example.org`;
    if (i % 50 === 7) email = f.sampleEmails[i % f.sampleEmails.length];
    else if (i % 100 === 13 && i > 100) email = `lead${i - 100}@example.org`;
    const cells = [`Lead ${i}`, email, `0813${String(i).padStart(8, '0')}`, 'PT Contoh'];
    rows.push({ line: i + 2, cells });
  }
  return { header: ['Name', 'Email', 'Phone', 'Company'], rows, delimiter: ',', skippedAbove: 0 };
}

function caller(s: Session): ImportCaller {
  const call = async <T>(fn: string, request: unknown) => ok<T>(s.run(fn, [request], sidebar));
  return {
    importKeys: (r) => call('importKeys', r),
    previewImport: (r) => call('previewImport', r),
    importChunk: (r) => call('importChunk', r),
  };
}

const quiet = () => undefined;

async function preview(s: Session, file: ParsedFile) {
  const outcome = await previewFile(caller(s), file, MAPPING, COUNTRY, quiet);
  expect(outcome.counts.rows === IMPORT_ROWS, `previewed ${outcome.counts.rows} rows`);
  return outcome;
}

/** Preview, import and finish, as the user does it on the Import tab. */
async function previewAndImport(s: Session, f: Fixture): Promise<void> {
  const file = leadFile(f);
  const { batchId } = await preview(s, file);
  const settings = {
    mapping: MAPPING,
    country: COUNTRY,
    batchId,
    fileName: 'bought-list.csv',
    source: 'Bought list',
    policy: 'skip' as const,
    fingerprint: fingerprintOf(file),
  };
  const totals = await importFile(caller(s), file, settings, quiet);
  expect(totals.added > IMPORT_ROWS / 2, `only ${totals.added} contacts added`);
  ok(s.run('finishImport', [batchId], sidebar));
}

const NEEDS = ['importKeys', 'previewImport', 'importChunk', 'finishImport'];

const previewTenThousand: Op = {
  name: 'preview10k',
  title: `preview a ${IMPORT_ROWS.toLocaleString('en-US')}-row CSV`,
  kind: 'scan',
  needs: NEEDS,
  run: async (s, f) => void (await preview(s, leadFile(f))),
};

const importTenThousand: Op = {
  name: 'import10k',
  title: `import ${IMPORT_ROWS.toLocaleString('en-US')} rows: preview, chunks and finish`,
  kind: 'scan',
  needs: NEEDS,
  leaves: 'imported',
  run: previewAndImport,
};

const undoImport: Op = {
  name: 'undoImport',
  title: 'undo that import (Import tab)',
  kind: 'scan',
  needs: [...NEEDS, 'undoLastImport'],
  startsFrom: 'imported',
  run: (s) => {
    const v = ok<{ removed: number }>(s.run('undoLastImport', [], sidebar));
    expect(v.removed > IMPORT_ROWS / 2, `only ${v.removed} contacts removed`);
  },
};

export const IMPORT_OPS: Op[] = [previewTenThousand, importTenThousand, undoImport];

/** The fixture's workbook after the bench's import (untimed), when import10k did not leave it. */
export async function importedState(f: Fixture): Promise<{ state: RuntimeState; cells: number }> {
  const rt: Runtime = runtimeFor(f);
  await previewAndImport(new Session(rt), f);
  return { state: rt.toJSON(), cells: rt.workbook().totalCells() };
}
