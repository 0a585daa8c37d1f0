/** Saves `text` as a UTF-8 CSV file named `name`, through a temporary link to a Blob (nothing leaves the page). */
export function downloadCsv(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the Blob can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
