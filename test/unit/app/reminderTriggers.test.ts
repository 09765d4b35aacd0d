// The daily digest's trigger, installed and swapped through the triggers seam with plain fakes:
// at most one of ours per spreadsheet, registered in the user's properties, others' left alone.
import { withServices } from '../../../src/app/context';
import {
  DIGEST_HANDLER,
  RETRY_AFTER_MS,
  setTrigger,
  settingsOf,
  triggersHere,
} from '../../../src/app/reminderTriggers';
import { fakeProperties, fakeSpreadsheet, fakeTriggers } from './fakes';

function setUp(existing: { handler: string; schedule?: string }[] = []) {
  const triggers = fakeTriggers(existing);
  const props = fakeProperties();
  const ss = fakeSpreadsheet();
  const run = <T>(work: () => T): T =>
    withServices(
      { triggers: triggers.seam, properties: { user: () => props, document: () => props } },
      work,
    );
  return { triggers, props, ss, run };
}

describe('setTrigger', () => {
  it('installs one daily trigger at the hour, in the sheet’s zone, and registers it', () => {
    const { triggers, props, ss, run } = setUp();
    run(() => setTrigger(ss, settingsOf(ss), { kind: 'daily', hour: 7, timeZone: 'Asia/Jakarta' }));
    expect(triggers.list.map((t) => [t.handler, t.schedule])).toEqual([
      [DIGEST_HANDLER, 'daily 7:00 Asia/Jakarta'],
    ]);
    const id = triggers.list[0].id;
    expect(JSON.parse(props.all[`prospek.trigger.${id}`])).toEqual({
      ss: 'SHEET-1',
      kind: 'daily',
      hour: 7,
      timeZone: 'Asia/Jakarta',
    });
  });

  it('keeps the same trigger when reminders are turned on twice, replaces it for a new hour', () => {
    const { triggers, ss, run } = setUp();
    const daily = (hour: number) =>
      run(() => setTrigger(ss, settingsOf(ss), { kind: 'daily', hour, timeZone: 'Asia/Jakarta' }));
    daily(7);
    const first = triggers.list[0].id;
    daily(7);
    expect(triggers.list.map((t) => t.id)).toEqual([first]);
    daily(9);
    expect(triggers.list).toHaveLength(1);
    expect(triggers.list[0].id).not.toBe(first);
    expect(triggers.list[0].schedule).toBe('daily 9:00 Asia/Jakarta');
  });

  it('swaps the daily trigger for a one-off retry an hour later', () => {
    const { triggers, props, ss, run } = setUp();
    run(() => setTrigger(ss, settingsOf(ss), { kind: 'daily', hour: 7, timeZone: 'Asia/Jakarta' }));
    const daily = triggers.list[0].id;
    run(() => setTrigger(ss, settingsOf(ss), { kind: 'retry' }));
    expect(triggers.list.map((t) => t.schedule)).toEqual([`after ${RETRY_AFTER_MS} ms`]);
    expect(props.all[`prospek.trigger.${daily}`]).toBeUndefined();
    expect(JSON.parse(props.all[`prospek.trigger.${triggers.list[0].id}`])).toMatchObject({
      kind: 'retry',
    });
  });

  it('turning off removes ours, old handler names included, and leaves other triggers alone', () => {
    const { triggers, ss, run } = setUp([
      { handler: 'dailyReminders' },
      { handler: 'somebodyElsesJob' },
    ]);
    run(() => setTrigger(ss, settingsOf(ss), { kind: 'daily', hour: 7, timeZone: 'Asia/Jakarta' }));
    expect(triggers.list.map((t) => t.handler)).toEqual(['somebodyElsesJob', DIGEST_HANDLER]);
    run(() => setTrigger(ss, settingsOf(ss), null));
    expect(triggers.list.map((t) => t.handler)).toEqual(['somebodyElsesJob']);
    expect(run(() => triggersHere(ss, settingsOf(ss)))).toEqual([]);
  });
});
