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
/**
 * Rows drawn in the frame of a change; the rest of the page follows, as many a frame. A row costs
 * about 1.5 ms of style, layout and paint at 4× CPU, so a whole page in one frame was 150 ms or more.
 * It is more than the story's 47 events, which all show at once.
 */
const PER_FRAME = 50;

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

    let shown = 0;
    let frame = 0;
    const fill = (page: TableRow[], count: number) => {
      cancelAnimationFrame(frame);
      shown = Math.min(count, page.length);
      showRows(table.tBodies[0], page.slice(0, shown));
      // A callback asked for now runs before the coming frame is drawn, so the next rows wait one more.
      const next = () => (frame = requestAnimationFrame(() => fill(page, shown + PER_FRAME)));
      if (shown < page.length) frame = requestAnimationFrame(next);
    };
    const apply = (resort: boolean) => {
      if (resort) ordered = sortRows(rows, view.sort);
      const words = queryWords(view.query);
      matching = ordered.filter((r) => matchesFilters(r, filters) && matchesWords(r.text, words));
      const page = matching.slice(0, limit);
      // A change draws the rows that were already shown (after "Show more") or one frame's worth.
      fill(page, Math.max(PER_FRAME, Math.min(shown, limit - PAGE)));
      headers.show(view.sort);
      if (status) status.textContent = tableStatus(matching.length, rows.length, view.sort);
      if (clear) clear.hidden = isUnfiltered(filters) && !view.query;
      if (empty) empty.hidden = matching.length > 0;
      const rest = matching.length - page.length;
      more.hidden = rest <= 0;
      more.textContent = `Show ${Math.min(rest, PAGE)} more of the ${rest} not shown`;
    };
    const remember = (next: typeof view) => {
      view = next;
      limit = PAGE;
      const query = serializeTableView(view, location.search);
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    };
    const write = (next: typeof view, resort: boolean) => {
      remember(next);
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
    // "Show all events" also empties the text filter. This runs before the chips' own listener, whose
    // change applies the view once: applying here too laid out a page of rows twice in one click.
    const onClear = () => {
      input.value = '';
      remember({ ...view, query: '' });
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
    this.#teardown.push(
      headers.teardown,
      chips.teardown,
      () => cancelAnimationFrame(frame),
      () => {
        for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      },
    );
    this.toggleAttribute('data-enhanced', true);
    apply(true);
  }

  disconnectedCallback(): void {
    for (const undo of this.#teardown.splice(0)) undo();
    this.toggleAttribute('data-enhanced', false);
  }
}
