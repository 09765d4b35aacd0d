// Utilities: dates as a time zone's wall clock shows them.
export interface UtilitiesService {
  /** `date` in `timeZone` with a SimpleDateFormat pattern ('yyyy-MM-dd', 'Z', …). */
  formatDate(date: Date, timeZone: string, pattern: string): string;
}

export const utilities: UtilitiesService = {
  formatDate: (date, timeZone, pattern) => Utilities.formatDate(date, timeZone, pattern),
};
