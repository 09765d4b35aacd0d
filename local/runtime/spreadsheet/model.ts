// Placeholder until the spreadsheet model lands (being written now).
export interface SpreadsheetData {
  id: string;
}
export class SpreadsheetModel {
  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
  ) {}
  addSheet(_name: string): void {}
  toData(): SpreadsheetData {
    return { id: this.id };
  }
  static fromData(d: SpreadsheetData): SpreadsheetModel {
    return new SpreadsheetModel(d.id, '', 'Etc/UTC');
  }
}
