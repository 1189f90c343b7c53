import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { ErrorState } from '../../../components/ui/error-state';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useInterfaceText } from '../../../lib/use-interface-text';
import { describeFailure } from '../describe-failure';

/** An issue id is the week's first day. Anything else is a page that cannot exist. */
export const ISSUE_ID = /^\d{4}-\d{2}-\d{2}$/;

/** The issue file could not be loaded (network, HTTP, JSON or schema): what failed, a retry, a way on. */
export function IssueLoadError({
  error,
  retry,
  retrying,
}: {
  error: unknown;
  retry: () => void;
  retrying: boolean;
}) {
  const [text] = useInterfaceText();
  useDocumentTitle(text.errorTitle);
  const { message, details } = describeFailure(error, text);
  return (
    <div className="page">
      <ErrorState
        title={text.errorTitle}
        message={message}
        details={details}
        detailsLabel={text.errorDetails}
        retryLabel={text.retry}
        onRetry={retry}
        retrying={retrying}
      >
        <Link to={paths.archive()}>{text.goToArchive}</Link>
      </ErrorState>
    </div>
  );
}
