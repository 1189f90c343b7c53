import { useEffect, useState, useSyncExternalStore } from 'react';
import { useOfflineText } from './offline-text';
import { registerServiceWorker } from './service-worker';
import './offline.css';

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * Says when the reader is offline (what still works), and when a new version of the app is ready, with
 * a button to reload into it: never a silent reload in the middle of reading. Both sit in a small
 * bar at the bottom of the window that covers no control and moves nothing on the page.
 */
export function OfflineStatus() {
  const [text, language] = useOfflineText();
  const online = useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  useEffect(() => registerServiceWorker((apply) => setApplyUpdate(() => apply)), []);

  return (
    // aria-live rather than role=status: the page keeps one status role for its own loading messages.
    <div className="offline-status" aria-live="polite" lang={language}>
      {!online && <p className="offline-status__message">{text.offline}</p>}
      {applyUpdate && (
        <p className="offline-status__message">
          {text.updateReady}{' '}
          <button type="button" onClick={applyUpdate}>
            {text.update}
          </button>{' '}
          <button type="button" onClick={() => setApplyUpdate(null)}>
            {text.later}
          </button>
        </p>
      )}
    </div>
  );
}
