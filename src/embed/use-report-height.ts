import { useEffect } from 'react';
import { ampResizeMessage, pymChildId, pymHeightMessage, resizeMessage } from './messages';

// Read at start-up: every later URL write drops parameters the app does not own.
const childId = typeof window === 'undefined' ? null : pymChildId(window.location.search);

/**
 * In an iframe, tells the host page the content's height whenever it changes, in our own
 * format, pym.js's and AMP's, so any of their host scripts can size the frame to fit.
 */
export function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage(resizeMessage(height), '*');
      window.parent.postMessage(ampResizeMessage(height), '*');
      if (childId) window.parent.postMessage(pymHeightMessage(childId, height), '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    report();
    return () => observer.disconnect();
  }, [enabled]);
}
