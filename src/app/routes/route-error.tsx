import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { paths } from '../../config/paths';

export function RouteErrorPage() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="page" role="alert">
      <h1>문제가 생겼습니다 / Something went wrong</h1>
      <p>{message}</p>
      <p>
        <Link to={paths.home()}>처음으로 돌아가기</Link>
      </p>
    </main>
  );
}
