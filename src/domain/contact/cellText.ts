// Reversible neutralisation of text that a spreadsheet would treat as a formula.
//
// Sheets turns a value starting with = + - @ into a formula (or a formula error), and a leading
// tab or carriage return has been used to smuggle formulas past CSV filters. Prefixing one
// apostrophe makes the value plain text. The apostrophe itself is in the trigger set so that
// text which genuinely starts with an apostrophe survives the round trip:
// decodeCellText(encodeCellText(s)) === s for every string s.

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

/** Text to write to a cell: one leading apostrophe when the text starts with a trigger. */
export function encodeCellText(s: string): string {
  return s.length > 0 && TRIGGERS.has(s[0]) ? `'${s}` : s;
}

/** Text read from a cell back to what the user typed: strips the apostrophe encode added. */
export function decodeCellText(s: string): string {
  return s.length > 1 && s[0] === "'" && TRIGGERS.has(s[1]) ? s.slice(1) : s;
}

/**
 * True when Sheets would not keep `s` as typed in a cell that is not plain text: a formula
 * (= + - @), a number, a date or a time (a leading digit, or a sign or point before one), a
 * boolean, or a leading apostrophe (taken as an escape and hidden). Prospek writes such text
 * into plain-text ('@') cells, where it stays exactly as typed and shows no apostrophe.
 */
export function needsPlainText(s: string): boolean {
  if (s === '') return false;
  return TRIGGERS.has(s[0]) || /^[\s.,$(]*\d/.test(s) || /^\s*(true|false)\s*$/i.test(s);
}
