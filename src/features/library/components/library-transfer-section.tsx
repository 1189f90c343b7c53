import { useId, useState } from 'react';
import { paths } from '../../../config/paths';
import { localDateStamp } from '../../../lib/format-date/compact';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { downloadText } from '../download-text';
import type { ImportReport } from '../library-import';
import { toCslJson, toRis } from '../library-citations';
import { libraryPageText, type LibraryPageText } from '../library-page-text';
import { libraryStore } from '../library-store';
import { toBackupJson, toBibtex, toMarkdown } from '../library-transfer';
import { entriesWith } from '../library-view';
import { useLibrary } from '../use-library';
import { downloadBackup } from './storage-notice';

/** A backup of 100,000 broken entries must not render 100,000 list items. */
const MAX_REJECTIONS_SHOWN = 100;

/** The library page's "backup and export" section: the JSON backup, the bookmark exports, import. */
export function TransferSection() {
  const snapshot = useLibrary();
  const [report, setReport] = useState<ImportReport | null>(null);
  const inputId = useId();
  const [, language] = useInterfaceText();
  const text = libraryPageText(language);
  const bookmarks = entriesWith(snapshot.data, 'bookmark');
  const total =
    Object.keys(snapshot.data.papers).length + Object.keys(snapshot.data.issueLikes).length;
  const stamp = () => localDateStamp(new Date());
  // The bookmark exports, in the order of their buttons: [label, file extension, MIME type, text].
  const citationFiles: [string, string, string, () => string][] = [
    [text.exportBibtex, 'bib', 'application/x-bibtex', () => toBibtex(bookmarks)],
    [text.exportRis, 'ris', 'application/x-research-info-systems', () => toRis(bookmarks)],
    [
      text.exportCslJson,
      'csl.json',
      'application/vnd.citationstyles.csl+json',
      () => toCslJson(bookmarks),
    ],
  ];

  const [importing, setImporting] = useState(false);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setImporting(true);
    setReport(null);
    try {
      setReport(await libraryStore.importBackup(await file.text()));
    } finally {
      setImporting(false);
    }
  };

  return (
    <section className="library-transfer" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{text.transferTitle}</h2>
      <div className="library-transfer__grid">
        <div>
          <h3>{text.backupTitle}</h3>
          <p>{text.backupHint(total)}</p>
          <button
            type="button"
            disabled={total === 0}
            onClick={() =>
              downloadText(
                `paper-digest-library-${stamp()}.json`,
                toBackupJson(snapshot.data, new Date()),
                'application/json',
              )
            }
          >
            {text.backupDownload}
          </button>
        </div>
        <div>
          <h3>{text.exportTitle}</h3>
          <p>{text.exportHint(bookmarks.length)}</p>
          <div className="library-transfer__buttons">
            {citationFiles.map(([label, extension, type, build]) => (
              <button
                key={extension}
                type="button"
                disabled={bookmarks.length === 0}
                onClick={() =>
                  downloadText(`paper-digest-bookmarks-${stamp()}.${extension}`, build(), type)
                }
              >
                {label}
              </button>
            ))}
            <button
              type="button"
              disabled={bookmarks.length === 0}
              onClick={() =>
                downloadText(
                  `paper-digest-reading-list-${stamp()}.md`,
                  toMarkdown(bookmarks, paths.paper, { appUrl, exportedAt: new Date() }),
                  'text/markdown',
                )
              }
            >
              {text.exportMarkdown}
            </button>
          </div>
        </div>
        <div>
          <h3>{text.importTitle}</h3>
          <p>{text.importHint}</p>
          <label className="library-file">
            <input
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                void onFile(event.currentTarget.files?.[0]);
                event.currentTarget.value = '';
              }}
            />
            <span>{text.importFile}</span>
          </label>
        </div>
      </div>
      <div role="status" className="library-report">
        {importing && <p>{text.importing}</p>}
        {report && <ImportSummary report={report} text={text} />}
      </div>
      {snapshot.hasBackup && (
        <p className="library-transfer__kept">
          {text.keptAside}{' '}
          <button type="button" onClick={downloadBackup}>
            {text.keptAsideDownload}
          </button>
        </p>
      )}
      <p className="library-transfer__total">{text.total(total)}</p>
    </section>
  );
}

function ImportSummary({ report, text }: { report: ImportReport; text: LibraryPageText }) {
  if (!report.ok)
    return (
      <p className="library-report__error">{text.importFailed(text.importProblem(report.error))}</p>
    );
  const shown = report.rejected.slice(0, MAX_REJECTIONS_SHOWN);
  return (
    <>
      <p>{text.imported(report.added, report.skipped, report.rejected.length)}</p>
      {report.notes.map((note) => (
        <p key={note.kind}>{text.importNote(note)}</p>
      ))}
      {report.rejected.length > 0 && (
        <details>
          <summary>{text.rejectedShow}</summary>
          <ul>
            {shown.map((r, index) => (
              <li key={`${index}-${r.where}`}>
                <code>{r.where}</code>: {text.rejection(r.problem)}
                {Array.isArray(r.problem) &&
                  r.problem.map((field, i) => (
                    <span key={field}>
                      {i > 0 ? ', ' : ' '}
                      <code>{field}</code>
                    </span>
                  ))}
              </li>
            ))}
          </ul>
          {report.rejected.length > shown.length && (
            <p>{text.rejectedMore(shown.length, report.rejected.length - shown.length)}</p>
          )}
        </details>
      )}
    </>
  );
}

function appUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return new URL(`${base}${path}`, window.location.origin).href;
}
