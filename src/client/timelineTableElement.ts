/**
 * <timeline-table>: enhances the server-rendered events table. The story's chips (filterChips.ts),
 * a text filter and sortable headers narrow and order the rows; the whole view lives in the query
 * string, so it can be shared; a live region says what is shown; and the rows of the view can be
 * downloaded as CSV. A view shows a page of rows at a time (tableRows.ts), and a change draws in its
 * own frame only the rows that fit on the screen, so its first frame costs a screenful of rows however
 * many thousands it sorts or filters. Everything set up in connectedCallback is undone in disconnectedCallback.
 */
import { parseTableView, serializeTableView, SORT_KEYS, type TableSort } from '../lib/browse/eventTable.ts';
import { passingRows } from '../lib/browse/passingRows.ts';
import { printedFilters } from '../lib/browse/printedFilters.ts';
import { rankOrders } from '../lib/browse/rankOrder.ts';
import { isUnfiltered, type StoryFilters } from '../lib/browse/storyFilters.ts';
import { tableStatus } from '../lib/browse/tableStatus.ts';
import { downloadCsv } from './csvDownload.ts';
import { wireFilterChips } from './filterChips.ts';
import { followPrint } from './printWatch.ts';
import { rowHeights } from './rowHeights.ts';
import { wireSortHeaders } from './sortHeaders.ts';
import { dropLeaving, readRows, showRows, type TableRow } from './tableRows.ts';

/** Rows shown at once; "Show more" adds as many again. */
const PAGE = 100;
/**
 * The least height of a row in CSS pixels (one line of the headline and the cells' padding, table.css).
 * A change draws in its own frame only the rows that can be on the screen, and a screenful more in each
 * frame after: each row drawn costs its style, layout and paint, and a page of 100 in one frame took
 * 150 ms at 4× CPU.
 */
const ROW_PX = 38;

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
    const printed = this.querySelector<HTMLElement>('[data-table-printed-filters]');
    const rows = readRows(table);
    const orderOf = rankOrders(rows);
    const passOf = passingRows(rows);
    let view = parseTableView(location.search);
    let filters: StoryFilters = { threads: [], actors: [] };
    let matching: readonly TableRow[] = rows;
    let limit = PAGE;
    let perFrame = 0;
    let screen = 0;
    let width = 0;
    const heights = rowHeights(rows.length, ROW_PX);
    const onResize = () => {
      screen = innerHeight;
      perFrame = Math.ceil(screen / ROW_PX);
      if (innerWidth !== width) heights.clear();
      width = innerWidth;
    };
    onResize();
    // How many rows of `page` fill the screen, from the top of the body to the bottom of the screen, at the
    // heights they had when last drawn. It is read before the change writes anything, so the layout it may
    // need is only that of the input itself.
    const onScreen = (page: readonly TableRow[]) =>
      heights.fitting(page, screen - table.tBodies[0].getBoundingClientRect().top);

    // The URL follows the view after its first frame is drawn: writing history takes milliseconds.
    let urlPending = false;
    const writeUrl = () => {
      if (!urlPending) return;
      urlPending = false;
      const query = serializeTableView(view, location.search);
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    };

    let shown = 0;
    let frame = 0;
    // Shows `count` rows of the page now and the rest a screenful a frame. A callback asked for now runs
    // before the coming frame is drawn, so the next rows wait one more.
    const fill = (page: readonly TableRow[], count: number) => {
      cancelAnimationFrame(frame);
      shown = Math.min(count, page.length);
      showRows(table, page.slice(0, shown));
      const busy = shown < page.length || urlPending || table.tBodies.length > 1;
      // Busy while the view is still to come whole, so a screen reader (or a test) can wait for it.
      if (busy) table.setAttribute('aria-busy', 'true');
      else table.removeAttribute('aria-busy');
      const drawn = page.slice(shown - Math.min(shown, perFrame), shown);
      const next = () => {
        // The layout is still that of the frame drawn: reading the rows' heights costs nothing yet.
        heights.measure(drawn);
        dropLeaving(table);
        writeUrl();
        fill(page, shown + perFrame);
      };
      if (busy) frame = requestAnimationFrame(() => (frame = requestAnimationFrame(next)));
    };
    const apply = () => {
      const ordered = orderOf(view.sort);
      const passing = passOf(filters, view.query);
      matching = passing ? ordered.filter((r) => passing[r.order]) : ordered;
      const page = matching.slice(0, limit);
      const first = onScreen(page);
      // A change draws the rows that were already shown (after "Show more") or those on the screen.
      fill(page, Math.max(first, Math.min(shown, limit - PAGE)));
      headers.show(view.sort);
      if (status) status.textContent = tableStatus(matching.length, rows.length, view.sort);
      if (clear) clear.hidden = isUnfiltered(filters) && !view.query;
      if (empty) empty.hidden = matching.length > 0;
      const rest = matching.length - page.length;
      more.hidden = rest <= 0;
      const label = `Show ${Math.min(rest, PAGE)} more of the ${rest} not shown`;
      if (more.textContent !== label) more.textContent = label;
    };
    const remember = (next: typeof view) => {
      view = next;
      limit = PAGE;
      urlPending = true;
    };
    const write = (next: typeof view) => {
      remember(next);
      apply();
    };

    const headers = wireSortHeaders(
      table.tHead,
      () => view.sort,
      (sort) => write({ ...view, sort }),
    );
    const chips = wireFilterChips(bar, (next) => {
      filters = next;
      limit = PAGE;
      apply();
    });
    filters = chips.initial;
    input.value = view.query;
    const onInput = () => write({ ...view, query: input.value.trim() });
    // "Show all events" also empties the text filter. This runs before the chips' own listener, whose
    // change applies the view once: applying here too laid out a page of rows twice in one click.
    const onClear = () => {
      input.value = '';
      remember({ ...view, query: '' });
    };
    const onMore = () => {
      limit += PAGE;
      apply();
    };
    // Records come from the markup without their line ends (see csvRecord); RFC 4180 wants CRLF.
    const onDownload = () =>
      downloadCsv(
        'events-selection.csv',
        `\uFEFF${[table.dataset.csvHeader ?? '', ...matching.map((r) => r.csv)].map((r) => `${r}\r\n`).join('')}`,
      );
    // Paper gets every row of the view, not the page on screen, and a line naming the chips and words
    // that narrow it (the filter bar is not printed; its status line is). The page comes back after.
    const chipName = (kind: string) => (id: string) =>
      bar.querySelector(`[data-filter="${kind}"][data-value="${CSS.escape(id)}"]`)?.firstChild?.textContent?.trim() ??
      id;
    const onBeforePrint = () => {
      cancelAnimationFrame(frame);
      dropLeaving(table);
      showRows(table, matching);
      table.removeAttribute('aria-busy');
      if (printed) {
        const { threads, actors } = filters;
        printed.textContent = printedFilters({
          threads: threads.map(chipName('thread')),
          actors: actors.map(chipName('actor')),
          query: view.query,
        });
      }
    };
    const listeners: [EventTarget, string, () => void][] = [
      [window, 'resize', onResize],
      [input, 'input', onInput],
      [more, 'click', onMore],
      [download, 'click', onDownload],
      ...(clear ? [[clear, 'click', onClear] as [EventTarget, string, () => void]] : []),
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    this.#teardown.push(
      headers.teardown,
      chips.teardown,
      followPrint((on) => (on ? onBeforePrint() : apply())),
      () => cancelAnimationFrame(frame),
      () => dropLeaving(table),
      writeUrl,
      () => table.removeAttribute('aria-busy'),
      () => {
        for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      },
    );
    // Every sort's order is worked out in idle time, one a callback, so no click waits for its first.
    const sorts: TableSort[] = SORT_KEYS.flatMap((key) => [false, true].map((descending) => ({ key, descending })));
    const idleApi = 'requestIdleCallback' in window;
    const later = (task: () => void) => (idleApi ? requestIdleCallback(task) : window.setTimeout(task, 50));
    const stop = (id: number) => (idleApi ? cancelIdleCallback(id) : window.clearTimeout(id));
    let idle = 0;
    const warm = () => {
      const sort = sorts.shift();
      if (sort) orderOf(sort);
      if (sorts.length) idle = later(warm);
    };
    idle = later(warm);
    this.#teardown.push(() => stop(idle));
    this.toggleAttribute('data-enhanced', true);
    apply();
  }

  disconnectedCallback(): void {
    for (const undo of this.#teardown.splice(0)) undo();
    this.toggleAttribute('data-enhanced', false);
  }
}
