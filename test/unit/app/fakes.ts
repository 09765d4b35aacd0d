// Plain fakes of the Google service seams (src/gas), for use cases that can be tested without the
// runtime: they record what the use case asked for and answer as Apps Script would.
import type { Services } from '../../../src/gas';
import type { Properties } from '../../../src/gas/properties';
import type { Spreadsheet } from '../../../src/gas/spreadsheet';
import type { Trigger } from '../../../src/gas/triggers';

export function fakeProperties(initial: Record<string, string> = {}): Properties & {
  all: Record<string, string>;
} {
  const all = { ...initial };
  return {
    all,
    getProperties: () => ({ ...all }),
    getProperty: (k) => all[k] ?? null,
    setProperty(k, v) {
      all[k] = v;
      return this as never;
    },
    deleteProperty(k) {
      delete all[k];
      return this as never;
    },
  };
}

export interface FakeTrigger extends Trigger {
  handler: string;
  id: string;
  schedule: string;
}

export function fakeTriggers(existing: { handler: string; schedule?: string }[] = []) {
  let next = 1;
  const make = (handler: string, schedule: string): FakeTrigger => {
    const id = `T${next++}`;
    return { handler, id, schedule, getHandlerFunction: () => handler, getUniqueId: () => id };
  };
  const list: FakeTrigger[] = existing.map((t) => make(t.handler, t.schedule ?? 'old'));
  const add = (t: FakeTrigger) => (list.push(t), t);
  return {
    list,
    seam: {
      isAddon: () => false,
      forUser: () => [],
      forProject: () => [...list],
      remove: (t: Trigger) => void list.splice(list.indexOf(t as FakeTrigger), 1),
      daily: (handler: string, hour: number, zone: string) =>
        add(make(handler, `daily ${hour}:00 ${zone}`)),
      after: (handler: string, ms: number) => add(make(handler, `after ${ms} ms`)),
    } satisfies Services['triggers'],
  };
}

/** A spreadsheet that only knows its ID and time zone (the use cases tested read no cells). */
export function fakeSpreadsheet(id = 'SHEET-1', timeZone = 'Asia/Jakarta'): Spreadsheet {
  return { getId: () => id, getSpreadsheetTimeZone: () => timeZone } as unknown as Spreadsheet;
}

/** Utilities.formatDate for the few patterns Prospek uses, in a zone at UTC+7 (Jakarta). */
export const jakartaDates: Services['utilities'] = {
  formatDate(date, _zone, pattern) {
    const local = new Date(date.getTime() + 7 * 3_600_000).toISOString();
    return pattern
      .replace("'|'", '|')
      .replace('yyyy-MM-dd', local.slice(0, 10))
      .replace('HH:mm', local.slice(11, 16))
      .replace(/\bH\b/, String(Number(local.slice(11, 13))))
      .replace('Z', '+0700');
  },
};

export function fakeLock(free = true) {
  const log: string[] = [];
  const lock = {
    tryLock: () => (log.push('tryLock'), free),
    releaseLock: () => void log.push('release'),
  };
  return { log, lock };
}
