import type { ReactNode } from 'react';

interface ErrorStateProps {
  title: string;
  message: string;
  /** Technical detail (which file, which field), folded away for the curious. */
  details?: string;
  detailsLabel: string;
  retryLabel: string;
  onRetry: () => void;
  retrying?: boolean;
  /** Ways out, e.g. links to the archive. */
  children?: ReactNode;
}

/** What failed, in words, with a retry. Only this region fails: the header and navigation keep working. */
export function ErrorState({
  title,
  message,
  details,
  detailsLabel,
  retryLabel,
  onRetry,
  retrying = false,
  children,
}: ErrorStateProps) {
  return (
    <section className="error-state" role="alert" aria-labelledby="error-state-title">
      <h1 id="error-state-title">{title}</h1>
      <p>{message}</p>
      {details && (
        <details className="error-state__details">
          <summary>{detailsLabel}</summary>
          <p>
            <code>{details}</code>
          </p>
        </details>
      )}
      <div className="error-state__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onRetry}
          disabled={retrying}
        >
          {retryLabel}
        </button>
        {children}
      </div>
    </section>
  );
}
