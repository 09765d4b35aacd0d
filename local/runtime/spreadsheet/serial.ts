// Sheets stores a date-time as a serial number: days since 30 December 1899 on the wall clock of
// the spreadsheet's time zone. These convert between serials and instants in a zone.
import { epochOf, offsetMs, utcWallTime } from '../timeZone';

export const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const HOUR = 3600000;

/** Converts serial date-times to instants in a time zone, caching the offset per wall-clock hour. */
class SerialClock {
  private readonly toEpochCache = new Map<number, number>();
  private readonly toSerialCache = new Map<number, number>();
  constructor(private readonly timeZone: string) {}

  epoch(serial: number): number {
    const asUtc = Math.round(SERIAL_EPOCH_UTC + serial * 86400000);
    const hourKey = Math.floor(asUtc / HOUR);
    let offset = this.toEpochCache.get(hourKey);
    if (offset === undefined) {
      const w = utcWallTime(hourKey * HOUR);
      const start = epochOf(
        { year: w.year, month: w.month, day: w.day, hour: w.hour },
        this.timeZone,
      );
      offset = hourKey * HOUR - start;
      this.toEpochCache.set(hourKey, offset);
    }
    return asUtc - offset;
  }

  serial(epochMs: number): number {
    const hourKey = Math.floor(epochMs / HOUR);
    let offset = this.toSerialCache.get(hourKey);
    if (offset === undefined) {
      offset = offsetMs(hourKey * HOUR, this.timeZone);
      this.toSerialCache.set(hourKey, offset);
    }
    return (epochMs + offset - SERIAL_EPOCH_UTC) / 86400000;
  }
}

const clocks = new Map<string, SerialClock>();
export function serialClock(timeZone: string): SerialClock {
  let c = clocks.get(timeZone);
  if (!c) clocks.set(timeZone, (c = new SerialClock(timeZone)));
  return c;
}
