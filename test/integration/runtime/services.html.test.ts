// Pins HtmlService: outputs from the project's .html files, the missing-file message, templates
// with scriptlets, and chained calls that stay recorded.
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-html');

function runtime(): Runtime {
  return new Runtime({ now: '2026-11-27T02:00:00Z' }).loadProject(FIXTURE);
}

describe('HtmlService', () => {
  it('builds an output from a file without evaluating its scriptlets, and chains setters', () => {
    const rt = runtime();
    const from = rt.calls.records.length;
    const page = rt.run<{
      content: string;
      title: string;
      width: number;
      height: number;
      metaTags: string[];
    }>('page');
    expect(page.content.replace(/\s+/g, ' ')).toContain('Static page <?= notEvaluated ?>');
    expect(page).toMatchObject({
      title: 'Prospek',
      width: 300,
      height: 200,
      metaTags: ['viewport=width=device-width, initial-scale=1'],
    });
    // Each chained call went through the runtime (recorded), not around it.
    const byMethod = rt.calls.summary(from).byMethod;
    expect(byMethod).toMatchObject({
      'HtmlOutput.setTitle': 1,
      'HtmlOutput.setWidth': 1,
      'HtmlOutput.addMetaTag': 1,
    });
  });

  it('throws Apps Script’s message for a file the project lacks', () => {
    expect(() => runtime().run('missing')).toThrow('No HTML file named Nope was found.');
  });

  it('evaluates templates: escaped and raw printing, code scriptlets, the script’s own functions', () => {
    // include('Style'); ends with a semicolon, as in Google's add-on template.
    const html = runtime()
      .run<string>('greeting', ['<Ani>', ['lead', 'prospect']])
      .replace(/\s+/g, ' ');
    expect(html).toContain('<style> h1 { color: teal; }');
    expect(html).toContain('Hello, &lt;Ani&gt;!');
    expect(html).toContain('<footer>2 items</footer>');
    expect(html).toContain('<li>lead</li> <li>prospect</li>');
  });

  it('appends trusted and untrusted content', () => {
    expect(runtime().run('built')).toBe('<b>a</b><i>b</i>&lt;script&gt;');
  });
});
