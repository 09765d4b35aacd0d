import { escapeHtml, safeHref } from '../../../../src/domain/reminders/html';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('turns non-strings into text', () => {
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('safeHref', () => {
  it('keeps http(s) links, escaped for an attribute', () => {
    expect(safeHref('https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A5')).toBe(
      'https://docs.google.com/spreadsheets/d/abc/edit#gid=0&amp;range=A5',
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example', 'https://a b'])(
    'drops %j',
    (url) => {
      expect(safeHref(url)).toBe('');
    },
  );
});
