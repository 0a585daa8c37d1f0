/** How many sources the events cite and how many distinct documents those citations point to. */
export interface SourceCount {
  /** Every citation, counting a document again each time another event cites it. */
  citations: number;
  /** Distinct web addresses cited. */
  documents: number;
}

/** Counts the sources cited across events; the same address cited by two events is one document. */
export function countSources(events: readonly { sources: readonly { url: string }[] }[]): SourceCount {
  const urls = events.flatMap((event) => event.sources.map((source) => source.url));
  return { citations: urls.length, documents: new Set(urls).size };
}
