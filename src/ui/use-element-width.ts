import { useLayoutEffect, useRef, useState } from 'react';

/** The width of an element's content box, in whole pixels. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return Math.floor(
    element.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0),
  );
}

/**
 * The content width of an element, kept current with a ResizeObserver. The element is measured
 * once before the browser first paints it: the observer's first report comes a frame later, and
 * a chart drawn that frame at the fallback width could be wider than its column (a phone's page
 * then scrolls sideways).
 */
export function useElementWidth<T extends HTMLElement>(fallback = 400) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // An element not laid out (hidden) measures 0; it keeps the fallback until the observer reports.
    const measured = contentWidth(element);
    if (measured > 0) setWidth(measured);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
