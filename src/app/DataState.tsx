import { useEffect, useState, type ReactNode } from 'react';

/** After this long a loading state says the wait is unusual, so a slow network is not mistaken for a hang. */
export const SLOW_AFTER_MS = 5000;

/** The page's answer while data loads or after it failed: never a blank area. */
export function LoadingState({ label }: { label: string }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
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
