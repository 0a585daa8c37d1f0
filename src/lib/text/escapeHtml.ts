/** Escapes text for use inside HTML that is shipped as data (TimelineJS slides, feed descriptions). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
