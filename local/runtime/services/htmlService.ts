// HtmlService: HTML outputs and templates built from the project's .html files.
//
// - createHtmlOutputFromFile(name) of a file the project lacks throws "No HTML file named <name>
//   was found." (quoted from real errors in public projects' notes). Scriptlets in such a file are
//   not evaluated: only templates evaluate them.
// - Templates (createTemplate / createTemplateFromFile): `<?= expr ?>` prints escaped (`<` as
//   `&lt;`), a trailing `;` allowed (`<?!= include('x'); ?>`, as Google's add-on template writes),
//   `<?!= expr ?>` prints as is, `<? code ?>` runs; variables are the template's own properties,
//   and the script's global functions are in scope (e.g. an include() helper).
// - Every sandbox mode is IFRAME now ("NATIVE and EMULATED ... now use IFRAME", SandboxMode).
//
// HtmlOutput keeps its state in public underscore fields (_content, _title, _width, _height):
// the Ui fake reads them, and expose() does not wrap underscore fields.
import vm from 'node:vm';
import type { Runtime } from '../runtime';
import { enumName, EnumValue, SandboxMode, XFrameOptionsMode } from './enums';
import { exposeSelf } from './exposed';
import type { Implements } from './implements';
import { signatureError } from './values';

export function noHtmlFile(name: string): string {
  return `No HTML file named ${name} was found.`;
}

type OutputMethods =
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'getMetaTags'
  | 'setFaviconUrl'
  | 'getFaviconUrl'
  | 'asTemplate';

// Contextual escaping prints `<` as `&lt;` (the documented output of appendUntrusted and of
// `<?= ?>`); the forms of `"` and `'` are not shown in the documentation (unconfirmed).
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attributes (the preview's pages use it too). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A printing scriptlet's expression: Google's own templates end it with `;`. */
function expression(inner: string): string {
  return inner.replace(/[\s;]+$/, '');
}

class FakeHtmlOutputMetaTag implements Implements<
  GoogleAppsScript.HTML.HtmlOutputMetaTag,
  'getName' | 'getContent'
> {
  constructor(
    readonly _name: string,
    readonly _content: string,
  ) {}
  getName(): string {
    return this._name;
  }
  getContent(): string {
    return this._content;
  }
}

export class FakeHtmlOutput implements Implements<GoogleAppsScript.HTML.HtmlOutput, OutputMethods> {
  _self: unknown = null;
  _content: string;
  _title = '';
  /** Null until set: the Ui then uses its own default size. */
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode = 'IFRAME';
  _xFrameOptionsMode = 'DEFAULT';
  _faviconUrl: string | null = null;
  _metaTags: { name: string; content: string }[] = [];

  constructor(
    readonly _rt: Runtime,
    content: string,
  ) {
    this._content = content;
  }

  private _chain(): GoogleAppsScript.HTML.HtmlOutput {
    return this._self as GoogleAppsScript.HTML.HtmlOutput;
  }

  private _dimension(method: string, v: unknown): number {
    if (typeof v !== 'number' || !Number.isFinite(v))
      this._rt.fail(signatureError(`HtmlOutput.${method}`, [v]));
    return Math.trunc(v);
  }

  getContent(): string {
    return this._content;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this._content = String(content);
    return this._chain();
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this._content += String(addedContent);
    return this._chain();
  }
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this._content += escapeHtml(String(addedContent));
    return this._chain();
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this._content = '';
    return this._chain();
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this._title = String(title);
    return this._chain();
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this._width = this._dimension('setWidth', width);
    return this._chain();
  }
  getWidth(): number {
    return this._width as number;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this._height = this._dimension('setHeight', height);
    return this._chain();
  }
  getHeight(): number {
    return this._height as number;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    const m = mode as unknown;
    if (!(m instanceof EnumValue) || m._enum !== 'SandboxMode') {
      this._rt.fail(signatureError('HtmlOutput.setSandboxMode', [mode]));
    }
    this._sandboxMode = 'IFRAME';
    return this._chain();
  }
  setXFrameOptionsMode(
    mode: GoogleAppsScript.HTML.XFrameOptionsMode,
  ): GoogleAppsScript.HTML.HtmlOutput {
    const m = mode as unknown;
    if (!(m instanceof EnumValue) || m._enum !== 'XFrameOptionsMode') {
      this._rt.fail(signatureError('HtmlOutput.setXFrameOptionsMode', [mode]));
    }
    this._xFrameOptionsMode = enumName(m) ?? 'DEFAULT';
    return this._chain();
  }
  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    this._metaTags.push({ name: String(name), content: String(content) });
    return this._chain();
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this._metaTags.map(
      (t) =>
        this._rt.expose(
          new FakeHtmlOutputMetaTag(t.name, t.content),
          'HtmlOutputMetaTag',
        ) as unknown as GoogleAppsScript.HTML.HtmlOutputMetaTag,
    );
  }
  setFaviconUrl(iconUrl: string): GoogleAppsScript.HTML.HtmlOutput {
    this._faviconUrl = String(iconUrl);
    return this._chain();
  }
  getFaviconUrl(): string {
    return this._faviconUrl as string;
  }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return createTemplate(this._rt, this._content);
  }
}

function createOutput(rt: Runtime, content: string): GoogleAppsScript.HTML.HtmlOutput {
  return exposeSelf(
    rt,
    new FakeHtmlOutput(rt, content),
    'HtmlOutput',
  ) as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

/** Turns template source into JavaScript that appends to __o (run inside the script's realm). */
export function compileTemplate(source: string): string {
  let code = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open === -1) {
      code += `__o.push(${JSON.stringify(source.slice(i))});\n`;
      break;
    }
    if (open > i) code += `__o.push(${JSON.stringify(source.slice(i, open))});\n`;
    const close = source.indexOf('?>', open + 2);
    if (close === -1) throw new Error('Unterminated scriptlet');
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) code += `__o.push(__str(${expression(inner.slice(2))}));\n`;
    else if (inner.startsWith('='))
      code += `__o.push(__esc(__str(${expression(inner.slice(1))})));\n`;
    else code += `${inner}\n`;
    i = close + 2;
  }
  return code;
}

type TemplateMethods = 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent';

class FakeHtmlTemplate implements Implements<GoogleAppsScript.HTML.HtmlTemplate, TemplateMethods> {
  [propName: string]: unknown;
  constructor(
    readonly _rt: Runtime,
    readonly _source: string,
  ) {}

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const rt = this._rt;
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) {
      if (!k.startsWith('_') && typeof v !== 'function') data[k] = v;
    }
    let code: string;
    try {
      code = compileTemplate(this._source);
    } catch (err) {
      return rt.fail((err as Error).message);
    }
    const fn = vm.runInContext(
      `(function (__data, __esc) {
        var __str = function (v) { return v === undefined || v === null ? '' : String(v); };
        var __o = [];
        with (__data) {\n${code}}
        return __o.join('');
      })`,
      rt.exec().realm.context,
    ) as (data: object, esc: (s: string) => string) => string;
    return createOutput(rt, fn(data, escapeHtml));
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  getCodeWithComments(): string {
    return compileTemplate(this._source);
  }
  getRawContent(): string {
    return this._source;
  }
}

function createTemplate(rt: Runtime, source: string): GoogleAppsScript.HTML.HtmlTemplate {
  return rt.expose(
    new FakeHtmlTemplate(rt, source),
    'HtmlTemplate',
  ) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

type ServiceMethods =
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile';

class FakeHtmlService implements Implements<GoogleAppsScript.HTML.HtmlService, ServiceMethods> {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(readonly _rt: Runtime) {}

  private _file(method: string, filename: unknown): string {
    if (typeof filename !== 'string')
      this._rt.fail(signatureError(`HtmlService.${method}`, [filename]));
    const content = this._rt.projectFile(filename);
    if (content === null) this._rt.fail(noHtmlFile(filename));
    return content;
  }

  createHtmlOutput(html?: string): GoogleAppsScript.HTML.HtmlOutput {
    if (html !== undefined && typeof html !== 'string')
      this._rt.fail(signatureError('HtmlService.createHtmlOutput', [html]));
    return createOutput(this._rt, html ?? '');
  }
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return createOutput(this._rt, this._file('createHtmlOutputFromFile', filename));
  }
  createTemplate(html: string): GoogleAppsScript.HTML.HtmlTemplate {
    if (typeof html !== 'string')
      this._rt.fail(signatureError('HtmlService.createTemplate', [html]));
    return createTemplate(this._rt, html);
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return createTemplate(this._rt, this._file('createTemplateFromFile', filename));
  }
}

export function createHtmlService(rt: Runtime): GoogleAppsScript.HTML.HtmlService {
  return rt.expose(
    new FakeHtmlService(rt),
    'HtmlService',
  ) as unknown as GoogleAppsScript.HTML.HtmlService;
}
