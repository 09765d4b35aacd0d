// ContentService: text outputs a web app's doGet/doPost return (plain text, JSON, CSV, ...).
import type { Runtime } from '../runtime';
import { enumName, enumOf, EnumValue } from './enums';
import { exposeSelf } from './exposed';
import type { Implements } from './implements';
import { signatureError } from './values';

export const MimeType = enumOf('MimeType', [
  'ATOM',
  'CSV',
  'ICAL',
  'JAVASCRIPT',
  'JSON',
  'RSS',
  'TEXT',
  'VCARD',
  'XML',
] as const);

type TextMethods =
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'clear'
  | 'getMimeType'
  | 'setMimeType'
  | 'getFileName'
  | 'downloadAsFile';

class FakeTextOutput implements Implements<GoogleAppsScript.Content.TextOutput, TextMethods> {
  _self: unknown = null;
  _mimeType = 'TEXT';
  _fileName: string | null = null;
  constructor(
    private readonly rt: Runtime,
    public _content: string,
  ) {}
  private chain() {
    return this._self as GoogleAppsScript.Content.TextOutput;
  }
  getContent() {
    return this._content;
  }
  setContent(content: string) {
    this._content = String(content);
    return this.chain();
  }
  append(addedContent: string) {
    this._content += String(addedContent);
    return this.chain();
  }
  clear() {
    this._content = '';
    return this.chain();
  }
  getMimeType() {
    return MimeType[this._mimeType as 'TEXT'] as unknown as GoogleAppsScript.Content.MimeType;
  }
  setMimeType(mimeType: GoogleAppsScript.Content.MimeType) {
    const m = mimeType as unknown;
    if (!(m instanceof EnumValue) || m._enum !== 'MimeType')
      this.rt.fail(signatureError('TextOutput.setMimeType', [mimeType]));
    this._mimeType = enumName(m)!;
    return this.chain();
  }
  getFileName() {
    return this._fileName as string;
  }
  downloadAsFile(filename: string) {
    this._fileName = String(filename);
    return this.chain();
  }
}

class FakeContentService implements Implements<
  GoogleAppsScript.Content.ContentService,
  'createTextOutput'
> {
  readonly MimeType = MimeType;
  constructor(private readonly rt: Runtime) {}
  createTextOutput(content?: string) {
    return exposeSelf(
      this.rt,
      new FakeTextOutput(this.rt, content === undefined ? '' : String(content)),
      'TextOutput',
    ) as unknown as GoogleAppsScript.Content.TextOutput;
  }
}

export function createContentService(rt: Runtime): object {
  return rt.expose(new FakeContentService(rt), 'ContentService');
}
