import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { readCachedBadgeToken } from "../features/me/index.ts";
import { useAuth } from "./auth-provider.tsx";
import { ErrorBoundary } from "./error-boundary.tsx";

/** The frame of public pages for visitors who are not signed in: find work, or sign in. */
export function PublicLayout() {
  const { state } = useAuth();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const isFirstPage = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the page (pathname) changes
  useEffect(() => {
    if (isFirstPage.current) {
      isFirstPage.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <header className="site-header">
        <div className="site-header__bar container">
          <Link to="/jobs" className="brand" aria-label="协作 劳务协作平台，返回找工作">
            <span className="brand__name">协作</span>
            <span className="brand__tagline">劳务协作平台</span>
          </Link>
          <nav aria-label="主导航" className="public-nav">
            <NavLink to="/jobs" className="site-nav__link">
              找工作
            </NavLink>
            {/* A seeker's own page: the badge kept on this phone, else the phone sign-in. */}
            <NavLink to={readCachedBadgeToken() ? "/me" : "/sign-in"} className="site-nav__link">
              我的
            </NavLink>
            {/* While the session is checked, a sign-in link would flash for signed-in users. */}
            {state.status !== "loading" && (
              <Link to="/login" className="button button--on-dark button--small public-nav__login">
                登录
              </Link>
            )}
          </nav>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main container">
        <ErrorBoundary key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">协作 · 开源劳务协作平台 · 济南—湘西东西部劳务协作</div>
      </footer>
    </div>
  );
}
