/** Joins the site's base path (BASE_PATH, "/" by default) and a route, with exactly one slash between. */
export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The route of an event's own page. */
export function eventPath(id: string): string {
  return `events/${id}/`;
}
