/** How long a confirmation stays on screen. */
const STATUS_MS = 4000;

/**
 * Copies the snippet a [data-copy="<textarea id>"] button names, and says so in [data-copy-status].
 * Where the clipboard is refused, it selects the code for the reader to copy. Returns the teardown.
 */
export function copyOnClick(root: HTMLElement): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  const say = (message: string) => {
    if (!status) return;
    status.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), STATUS_MS);
  };
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-copy]');
    const area = button && document.getElementById(button.dataset.copy ?? '');
    if (!(area instanceof HTMLTextAreaElement)) return;
    // Without a clipboard (an insecure page) the call throws; going through a promise sends that to the fallback too.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(area.value))
      .then(
        () => say('Copied. Paste it into your page.'),
        () => {
          area.select();
          say('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
        },
      );
  };
  root.addEventListener('click', onClick);
  return () => {
    root.removeEventListener('click', onClick);
    clearTimeout(timer);
  };
}
