import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';

export default function NotFoundRoute() {
  return (
    <section className="page">
      <h1>페이지를 찾을 수 없습니다</h1>
      <p>Page not found.</p>
      <Link to={paths.home()}>최신 호로 돌아가기</Link>
    </section>
  );
}
