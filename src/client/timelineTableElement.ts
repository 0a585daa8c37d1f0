/**
 * <timeline-table>: enhances the server-rendered events table. The story's chips (filterChips.ts),
 * a text filter and sortable headers narrow and order the rows; the whole view lives in the query
 * string, so it can be shared; a live region says what is shown; and the rows shown can be
 * downloaded as CSV. Everything set up in connectedCallback is undone in disconnectedCallback.
 */
import { matchesQuery, parseTableView, serializeTableView, sortRows, type TableView } from '../lib/eventTable.ts';
import { isUnfiltered, matchesFilters, type StoryFilters } from '../lib/storyFilters.ts';
import { tableStatus } from '../lib/tableStatus.ts';
import { downloadCsv } from './csvDownload.ts';
import { wireFilterChips } from './filterChips.ts';
import { wireSortHeaders } from './sortHeaders.ts';
import { readRows, showRows, type TableRow } from './tableRows.ts';

export class TimelineTableElement extends HTMLElement {
  #teardown: (() => void)[] = [];
  #rows: TableRow[] = [];
  #ordered: TableRow[] = [];
  #shown: TableRow[] = [];

  connectedCallback(): void {
    const table = this.querySelector<HTMLTableElement>('table[data-events-table]');
    const bar = this.querySelector<HTMLElement>('[data-filters]');
    const input = this.querySelector<HTMLInputElement>('input[data-table-query]');
    const download = this.querySelector<HTMLButtonElement>('[data-table-download]');
    if (!table?.tHead || !bar || !input || !download) return;
    const body = table.tBodies[0];
    const status = bar.querySelector<HTMLElement>('[data-filter-status]');
    const clear = bar.querySelector<HTMLButtonElement>('[data-filter-clear]');
    const empty = this.querySelector<HTMLElement>('[data-table-empty]');
    this.#rows = readRows(table);
    let view: TableView = parseTableView(location.search);
    let filters: StoryFilters = { threads: [], actors: [] };

    const apply = (resort: boolean) => {
      if (resort) this.#ordered = sortRows(this.#rows, view.sort);
      this.#shown = this.#ordered.filter((r) => matchesFilters(r, filters) && matchesQuery(r.text, view.query));
      showRows(body, this.#ordered, new Set(this.#shown));
      headers.show(view.sort);
      if (status) status.textContent = tableStatus(this.#shown.length, this.#rows.length, view.sort);
      if (clear) clear.hidden = isUnfiltered(filters) && !view.query;
      if (empty) empty.hidden = this.#shown.length > 0;
    };
    const write = (next: TableView, resort: boolean) => {
      view = next;
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
    // The records come from the markup without their line ends (see csvRecord); RFC 4180 wants CRLF.
    const onDownload = () =>
      downloadCsv(
        'events-selection.csv',
        `\uFEFF${[table.dataset.csvHeader ?? '', ...this.#shown.map((r) => r.csv)].map((r) => `${r}\r\n`).join('')}`,
      );
    input.addEventListener('input', onInput);
    clear?.addEventListener('click', onClear);
    download.addEventListener('click', onDownload);
    this.#teardown.push(headers.teardown, chips.teardown, () => {
      input.removeEventListener('input', onInput);
      clear?.removeEventListener('click', onClear);
      download.removeEventListener('click', onDownload);
    });
    this.toggleAttribute('data-enhanced', true);
    apply(true);
  }

  disconnectedCallback(): void {
    for (const undo of this.#teardown.splice(0)) undo();
    this.toggleAttribute('data-enhanced', false);
  }
}
