// HTML escaping for email bodies: every user-supplied value goes through escapeHtml, and every
// link through safeHref, so a contact named `<img onerror=...>` stays text.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/**
 * An escaped href, or '' when the URL isn't plain http(s): a link built from sheet data must
 * never become `javascript:` or `data:`.
 */
export function safeHref(url: string): string {
  return /^https?:\/\/[^\s]+$/i.test(url.trim()) ? escapeHtml(url.trim()) : '';
}
