import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { ChunkRetryScope } from '../components/lazy/preloadable-lazy';

interface BoundaryProps {
  children: ReactNode;
  resetKey: string;
}
interface BoundaryState {
  error: Error | null;
  resetKey: string;
}

class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    // Navigating elsewhere clears the error, so one broken page never traps the reader.
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Page crashed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // A script or a stylesheet of the page that did not arrive (Vite's preload says "Unable to preload
    // CSS"): the reader's connection, not a bug. The next navigation tries it again (preloadable-lazy).
    const chunkFailed =
      /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
        error.message,
      );
    return (
      <section className="page" role="alert">
        <h1>문제가 생겼습니다 / Something went wrong</h1>
        <p>
          {chunkFailed
            ? '페이지 코드를 불러오지 못했습니다. 네트워크를 확인한 뒤 새로고침해 주세요. / Could not load this page; check your connection and reload.'
            : error.message}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          새로고침 / Reload
        </button>
      </section>
    );
  }
}

/** Catches a crash in one page; the header, archive and library stay usable. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.pathname}>
      <ChunkRetryScope scope={location.key}>{children}</ChunkRetryScope>
    </ErrorBoundary>
  );
}
