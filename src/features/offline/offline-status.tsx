import { useEffect, useState, useSyncExternalStore } from 'react';
import { useInterfaceText } from '../../hooks/use-interface-text';
import { offlineText } from './offline-text';
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
 * Says when the reader is offline (and what still works), and when a new version of the app is ready,
 * with a button to reload into it: never a silent reload in the middle of reading. Both sit in a small
 * bar at the bottom of the window that moves nothing on the page; while it shows, the page keeps
 * focused controls clear of it (scroll-padding, offline.css).
 */
export function OfflineStatus() {
  const [, language] = useInterfaceText();
  const text = offlineText(language);
  const online = useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
  const [update, setUpdate] = useState<(() => void) | null>(null);
  // The live region is on the page, empty, before anything is said in it: a region that arrives
  // together with its text is not announced.
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setMounted(true));
    registerServiceWorker({
      onUpdate: (apply) => setUpdate(() => apply),
      onReplaced: () => setUpdate(() => () => location.reload()),
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const offline = mounted && !online;
  const showing = offline || update !== null;
  useEffect(() => {
    const root = document.documentElement;
    if (showing) root.dataset.statusBar = '';
    else delete root.dataset.statusBar;
    return () => {
      delete root.dataset.statusBar;
    };
  }, [showing]);

  return (
    // aria-live rather than role=status: the page keeps one status role for its own loading messages.
    <div className="offline-status" aria-live="polite" lang={language}>
      {offline && <p className="offline-status__message">{text.offline}</p>}
      {update && (
        <p className="offline-status__message">
          {text.updateReady}{' '}
          <button type="button" onClick={update}>
            {text.update}
          </button>{' '}
          <button type="button" onClick={() => setUpdate(null)}>
            {text.later}
          </button>
        </p>
      )}
    </div>
  );
}
