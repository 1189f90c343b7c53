import { Link, NavLink, Outlet } from 'react-router-dom';
import { paths } from '../config/paths';
import { useScrollRestoration } from '../lib/scroll-restoration';

export function Layout() {
  useScrollRestoration();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        본문으로 건너뛰기
      </a>
      <header className="site-header">
        <Link to={paths.home()} className="brand">
          AI/ML 논문 모음
        </Link>
        <nav aria-label="주 메뉴" className="site-nav">
          <NavLink to={paths.archive()}>지난 호</NavLink>
          <NavLink to={paths.library()}>내 서재</NavLink>
          <NavLink to={paths.search()}>검색</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
