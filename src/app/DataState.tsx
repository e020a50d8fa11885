import { useEffect, useState, type ReactNode } from 'react';

/** After this long a loading state says the wait is unusual, so a slow network is not mistaken for a hang. */
export const SLOW_AFTER_MS = 5000;

/**
 * The spinner turns only for a wait that lasts this long. A quick load shows no flicker, and the
 * first view's map is not drawn beside an animation that repaints the page every frame (under a
 * software GPU, with no spinner at all the map was drawn 4–10 % sooner, docs/performance.md).
 */
export const SPINNER_AFTER_MS = 500;

/**
 * The page's answer while data loads or after it failed: never a blank area. `spinner={false}`
 * is for a wait the page chose, not a download (the charts wait for the map to be drawn).
 */
export function LoadingState({ label, spinner = true }: { label: string; spinner?: boolean }) {
  const [spinning, setSpinning] = useState(false);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timers = [window.setTimeout(() => setSlow(true), SLOW_AFTER_MS)];
    // No re-render at half a second for a spinner that never turns (it would land during the map's draw).
    if (spinner) timers.push(window.setTimeout(() => setSpinning(true), SPINNER_AFTER_MS));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [spinner]);
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      {/* Always there, hidden until it turns, so the label does not move when it appears. */}
      <span className={`spinner${spinner && spinning ? ' spinner--on' : ''}`} aria-hidden="true" />
      {label}
      {slow && ' This is taking longer than usual; the connection may be slow.'}
    </div>
  );
}

export function ErrorState({
  title,
  error,
  onRetry,
  children,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
  children?: ReactNode;
}) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      <p>{message}</p>
      {children}
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
