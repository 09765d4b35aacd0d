// Actions over the whole sheet or many rows: the menu, the pipeline, duplicates and merge,
// set-up, a stage action on 1,000 rows, and the daily reminders with their test send.
import type { Runtime } from '../../local/runtime/index';
import type { Contact } from '../../src/domain/contact/contact';
import { listedVersion } from '../../src/domain/contact/contactHash';
import { CHOSEN_FIELDS } from '../../src/domain/import/merge';
import type { Fixture } from '../workbook';
import { STAGE_ANSWERS } from './contact';
import { expect, idOf, menu, ok, rowsWith, selectBlock, sidebar, type Op } from './op';

const onOpen: Op = {
  name: 'onOpen',
  title: 'open the spreadsheet (onOpen builds the menu)',
  kind: 'scan',
  needs: ['onOpen'],
  run: (s) => void s.run('onOpen', [{}], { kind: 'simpleTrigger', authMode: 'LIMITED' }),
};

const getPipeline: Op = {
  name: 'getPipeline',
  title: 'the pipeline',
  kind: 'scan',
  needs: ['getPipeline'],
  run: (s) => void ok(s.run('getPipeline', [], sidebar)),
};

const findDuplicates: Op = {
  name: 'findDuplicates',
  title: 'find duplicates (Import tab)',
  kind: 'scan',
  needs: ['findDuplicates'],
  run: (s) => {
    const v = ok<{ groups?: unknown[] }>(s.run('findDuplicates', [], sidebar));
    expect(v.groups && v.groups.length > 0, 'no duplicate groups found');
  },
};

const findDuplicatesMenu: Op = {
  name: 'findDuplicatesMenu',
  title: 'find duplicates (menu: lists the groups)',
  kind: 'scan',
  needs: ['menuFindDuplicates'],
  run: (s) => void s.run('menuFindDuplicates', [], menu('OK', 'OK')),
};

const setUpNothingToRepair: Op = {
  name: 'setUp',
  title: 'Set up sheet with nothing to repair',
  kind: 'scan',
  needs: ['menuSetUpSheet'],
  run: (s) => void s.run('menuSetUpSheet', [], menu('OK', 'OK', 'OK')),
};

const advanceThousand: Op = {
  name: 'advance1000',
  title: 'a stage action on 1,000 selected rows (menu: Advance, one block of rows)',
  kind: 'scan',
  needs: ['menuAdvanceStage'],
  prepare: (rt, f) => selectBlock(rt, f, Math.min(1000, f.size)),
  run: (s) => void s.run('menuAdvanceStage', [], STAGE_ANSWERS),
};

/**
 * Two contacts with 3 activities each, as the Import tab sends them: versions as listed (with
 * the rows they were listed at), and the kept contact's value chosen for every field that
 * differs.
 */
function mergeRequest(rt: Runtime, f: Fixture) {
  const rows = rowsWith(f, 'Prospect', 3, 2);
  const ids = rows.map((r) => idOf(f, r));
  const versions: Record<string, string> = {};
  ids.forEach((id, i) => {
    const contact = ok<Contact>(rt.run('getContact', [id], sidebar));
    versions[id] = listedVersion(contact, rows[i]);
  });
  const choices = Object.fromEntries(CHOSEN_FIELDS.map((field) => [field, ids[0]]));
  return { keepId: ids[0], ids, choices, versions };
}

const merge: Op = {
  name: 'merge',
  title: 'merge two contacts (3 activities each)',
  kind: 'scan',
  needs: ['mergeContacts', 'getContact'],
  prepare: mergeRequest,
  run: (s, _f, request: { ids: string[] }) => {
    const v = ok<{ removedIds: string[] }>(s.run('mergeContacts', [request], sidebar));
    expect(v.removedIds.length === 1, `removed ${v.removedIds.length} contacts`);
  },
};

const dailyReminders: Op = {
  name: 'dailyReminders',
  title: 'daily reminders (time-driven trigger)',
  kind: 'scan',
  needs: ['prospekDailyDigest'],
  // The fixture has reminders turned on (see workbook.ts), so its daily trigger exists.
  prepare: (rt) => {
    const trigger = rt.state.triggers.find((t) => t.handler === 'prospekDailyDigest');
    expect(trigger, 'the workbook has no daily digest trigger');
    return trigger?.uid;
  },
  run: (s, _f, triggerUid: string) => {
    const options = { kind: 'timeTrigger', authMode: 'FULL', triggerUid } as const;
    s.run('prospekDailyDigest', [{ triggerUid, authMode: 'FULL' }], options);
    expect(s.rt.state.outbox.length > 0, 'no digest was sent');
  },
};

const testDigest: Op = {
  name: 'testDigest',
  title: 'send a test digest (menu)',
  kind: 'scan',
  needs: ['menuSendTestDigest'],
  run: (s) => {
    s.run('menuSendTestDigest', [], menu('OK', 'OK'));
    expect(s.rt.state.outbox.length > 0, 'no test digest was sent');
  },
};

export const SCAN_OPS: Op[] = [
  onOpen,
  getPipeline,
  findDuplicates,
  findDuplicatesMenu,
  setUpNothingToRepair,
  advanceThousand,
  merge,
  dailyReminders,
  testDigest,
];
