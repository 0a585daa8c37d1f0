/**
 * The builder's preview frame: sized by the widget's own height messages (only from that frame,
 * only from this site), in a stage whose width the slider or a drag of its corner sets.
 */
import { HEIGHT_MESSAGE, type HeightMessage } from '../lib/embed/embedMessages.ts';

/** What the preview needs from the page. */
export interface PreviewParts {
  frame: HTMLIFrameElement;
  stage: HTMLElement;
  slider: HTMLInputElement;
  size: HTMLOutputElement;
}

/** Follows the frame's height and the stage's width; `onHeight` hears each new height. Returns the teardown. */
export function followPreview(
  { frame, stage, slider, size }: PreviewParts,
  onHeight: (px: number) => void,
): () => void {
  const abort = new AbortController();
  const onMessage = (event: MessageEvent<Partial<HeightMessage> | null>) => {
    const data = event.data;
    if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
    if (!data || data.type !== HEIGHT_MESSAGE || data.version !== 1 || typeof data.height !== 'number') return;
    frame.style.height = `${data.height}px`;
    onHeight(data.height);
  };
  window.addEventListener('message', onMessage, { signal: abort.signal });
  slider.addEventListener('input', () => (stage.style.width = `${slider.value}px`), { signal: abort.signal });
  // The stage is as wide as the slider says, a drag of its corner, or the column allows: report what it is.
  const observer = new ResizeObserver(() => {
    const width = Math.round(stage.getBoundingClientRect().width);
    slider.max = String(Math.max(Number(slider.min), Math.min(1200, stage.parentElement?.clientWidth ?? 1200)));
    slider.value = String(width);
    size.value = `${width} px wide`;
  });
  observer.observe(stage);
  return () => {
    abort.abort();
    observer.disconnect();
  };
}
