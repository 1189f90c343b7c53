import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { ErrorState } from '../../../components/ui/error-state';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { describeFailure } from '../describe-failure';

/**
 * An issue file (or the index of issues) could not be loaded (network, HTTP, JSON or schema): what
 * failed, a retry, and a way on (by default the archive).
 */
export function IssueLoadError({
  error,
  retry,
  retrying,
  title,
  children,
}: {
  error: unknown;
  retry: () => void;
  retrying: boolean;
  /** Defaults to the interface's error title. */
  title?: string;
  /** The way on; defaults to a link to the archive. */
  children?: ReactNode;
}) {
  const [text] = useInterfaceText();
  const heading = title ?? text.errorTitle;
  useDocumentTitle(heading);
  const { message, details } = describeFailure(error, text);
  return (
    <div className="page">
      <ErrorState
        title={heading}
        message={message}
        details={details}
        detailsLabel={text.errorDetails}
        retryLabel={text.retry}
        onRetry={retry}
        retrying={retrying}
      >
        {children ?? <Link to={paths.archive()}>{text.goToArchive}</Link>}
      </ErrorState>
    </div>
  );
}
