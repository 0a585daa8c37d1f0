/** What the search box announces after a search: how many events match, and how many are shown. */
export function searchSummary(count: number, query: string, shown: number): string {
  if (count === 0) return `No event matches “${query}”.`;
  const matches = count === 1 ? 'One event matches' : `${count} events match`;
  return count > shown ? `${matches} “${query}”; the first ${shown} are shown.` : `${matches} “${query}”.`;
}
