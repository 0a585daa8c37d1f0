/**
 * <timeline-table>: enhances the server-rendered events table. The story's chips (filterChips.ts),
 * a text filter and sortable headers narrow and order the rows; the whole view lives in the query
 * string, so it can be shared; a live region says what is shown; and the rows of the view can be
 * downloaded as CSV. A view shows a page of rows at a time (tableRows.ts), so sorting and filtering
 * thousands stays within a frame. Everything set up in connectedCallback is undone in disconnectedCallback.
 */
import { matchesWords, parseTableView, queryWords, serializeTableView, sortRows } from '../lib/browse/eventTable.ts';
import { isUnfiltered, matchesFilters, type StoryFilters } from '../lib/browse/storyFilters.ts';
import { tableStatus } from '../lib/browse/tableStatus.ts';
import { downloadCsv } from './csvDownload.ts';
import { wireFilterChips } from './filterChips.ts';
import { wireSortHeaders } from './sortHeaders.ts';
import { readRows, showRows, type TableRow } from './tableRows.ts';

/** Rows shown at once; "Show more" adds as many again. */
const PAGE = 100;

export class TimelineTableElement extends HTMLElement {
  #teardown: (() => void)[] = [];

  connectedCallback(): void {
    const table = this.querySelector<HTMLTableElement>('table[data-events-table]');
    const bar = this.querySelector<HTMLElement>('[data-filters]');
    const input = this.querySelector<HTMLInputElement>('input[data-table-query]');
    const download = this.querySelector<HTMLButtonElement>('[data-table-download]');
    const more = this.querySelector<HTMLButtonElement>('[data-table-more]');
    if (!table?.tHead || !bar || !input || !download || !more) return;
    const status = bar.querySelector<HTMLElement>('[data-filter-status]');
    const clear = bar.querySelector<HTMLButtonElement>('[data-filter-clear]');
    const empty = this.querySelector<HTMLElement>('[data-table-empty]');
    const rows = readRows(table);
    let view = parseTableView(location.search);
    let filters: StoryFilters = { threads: [], actors: [] };
    let ordered: TableRow[] = rows;
    let matching: TableRow[] = rows;
    let limit = PAGE;

    const apply = (resort: boolean) => {
      if (resort) ordered = sortRows(rows, view.sort);
      const words = queryWords(view.query);
      matching = ordered.filter((r) => matchesFilters(r, filters) && matchesWords(r.text, words));
      const page = matching.slice(0, limit);
      showRows(table.tBodies[0], page);
      headers.show(view.sort);
      if (status) status.textContent = tableStatus(matching.length, rows.length, view.sort);
      if (clear) clear.hidden = isUnfiltered(filters) && !view.query;
      if (empty) empty.hidden = matching.length > 0;
      const rest = matching.length - page.length;
      more.hidden = rest <= 0;
      more.textContent = `Show ${Math.min(rest, PAGE)} more of the ${rest} not shown`;
    };
    const write = (next: typeof view, resort: boolean) => {
      view = next;
      limit = PAGE;
      const query = serializeTableView(view, location.search);
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
      apply(resort);
    };

    const headers = wireSortHeaders(
      table.tHead,
      () => view.sort,
      (sort) => write({ ...view, sort }, true),
    );
    const chips = wireFilterChips(bar, (next) => {
      filters = next;
      limit = PAGE;
      apply(false);
    });
    filters = chips.initial;
    input.value = view.query;
    const onInput = () => write({ ...view, query: input.value.trim() }, false);
    // "Show all events" also empties the text filter; this runs before the chips' own listener.
    const onClear = () => {
      input.value = '';
      write({ ...view, query: '' }, false);
    };
    const onMore = () => {
      limit += PAGE;
      apply(false);
    };
    // Records come from the markup without their line ends (see csvRecord); RFC 4180 wants CRLF.
    const onDownload = () =>
      downloadCsv(
        'events-selection.csv',
        `\uFEFF${[table.dataset.csvHeader ?? '', ...matching.map((r) => r.csv)].map((r) => `${r}\r\n`).join('')}`,
      );
    const listeners: [EventTarget, string, () => void][] = [
      [input, 'input', onInput],
      [more, 'click', onMore],
      [download, 'click', onDownload],
      ...(clear ? [[clear, 'click', onClear] as [EventTarget, string, () => void]] : []),
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    this.#teardown.push(headers.teardown, chips.teardown, () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    });
    this.toggleAttribute('data-enhanced', true);
    apply(true);
  }

  disconnectedCallback(): void {
    for (const undo of this.#teardown.splice(0)) undo();
    this.toggleAttribute('data-enhanced', false);
  }
}
