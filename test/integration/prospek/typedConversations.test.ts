// Conversations pasted into the Activities tab move each contact's Last contacted forward, all
// the contacts of one paste together (typedConversations.ts), never back.
import { ACTIVITY_FIELDS, CONTACT_FIELDS } from '../../../src/domain/contact/contact';
import { columnLetter, idOf } from '../../support/workbook';
import { sheetWith } from './remindersHarness';

describe('a paste of conversations into the Activities tab', () => {
  it("moves each contact's Last contacted to its latest conversation, never back", () => {
    const rt = sheetWith([
      { ID: idOf(901), Name: 'Ani', 'Last contacted': '2026-11-20' },
      { ID: idOf(902), Name: 'Budi', 'Last contacted': '2026-11-26' },
      { ID: idOf(903), Name: 'Citra' },
    ]);
    const line = (id: string, when: string, type: string) =>
      ACTIVITY_FIELDS.map((f) =>
        f.header === 'Activity ID'
          ? `A-P${id}${when}`
          : f.header === 'When'
            ? when
            : f.header === 'Contact ID'
              ? id
              : f.header === 'Type'
                ? type
                : '',
      );
    const r = rt.workbook().sheet('Activities')!.rows.length + 1;
    const edit = rt.user.edit(
      `Activities!A${r}:${columnLetter(ACTIVITY_FIELDS.length)}${r + 4}`,
      [
        line(idOf(901), '2026-11-25 10:00', 'Call'),
        line(idOf(902), '2026-11-22 10:00', 'Call'),
        line(idOf(903), '2026-11-24 10:00', 'Meeting'),
        line(idOf(903), '2026-11-26 10:00', 'Call'),
        line(idOf(901), '2026-11-27 08:00', 'Stage change'),
      ],
      { grow: true },
    );
    expect(edit.triggers.map((t) => t.error ?? '')).toEqual(['']);
    const at = columnLetter(CONTACT_FIELDS.findIndex((f) => f.key === 'lastContacted') + 1);
    expect(rt.getDisplayValues(`Contacts!${at}2:${at}4`).map((v) => String(v[0]))).toEqual([
      expect.stringContaining('2026-11-25'),
      expect.stringContaining('2026-11-26'),
      expect.stringContaining('2026-11-26'),
    ]);
  });
});
