// Browser-only, embed pages: tells the page that frames this tool how tall the tool is, so the frame can grow with it (docs/hosting.md).

/** The message type a host's page listens for. */
export const EMBED_HEIGHT_MESSAGE = 'after-the-interview:height';

/** Posts the body's height to the framing page whenever it changes; does nothing when the page is not in a frame. */
export function reportHeightToParent(): void {
  if (window.parent === window) return;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    // Only a number leaves the frame: nothing the reader typed.
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
}
