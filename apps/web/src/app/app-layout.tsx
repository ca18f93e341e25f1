import { type KeyboardEvent, Suspense, useEffect, useRef, useState } from "react";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { getDisplayName, ROLE_LABELS } from "../features/auth/index.ts";
import { MyOrganisationName } from "../features/organisations/index.ts";
import { useAuth, useCurrentUser } from "./auth-provider.tsx";
import { ErrorBoundary } from "./error-boundary.tsx";
import { getNavItems } from "./navigation.ts";
import { PageLoading } from "./page-loading.tsx";

export function AppLayout() {
  const user = useCurrentUser();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const [isSigningOut, setIsSigningOut] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const isFirstPage = useRef(true);

  // On every page change: close the phone menu, start at the top, and move keyboard and
  // screen-reader focus to the new content (a single-page app does not do this by itself).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the page (pathname) changes
  useEffect(() => {
    setIsMenuOpen(false);
    if (isFirstPage.current) {
      isFirstPage.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  function handleHeaderKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && isMenuOpen) {
      setIsMenuOpen(false);
      menuButtonRef.current?.focus();
    }
  }

  async function handleSignOut() {
    setIsSigningOut(true);
    try {
      await signOut();
    } catch {
      // The local session is cleared either way; the server cookie expires on its own.
    }
    navigate("/login", { replace: true });
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the header closes the phone menu; the controls inside are real buttons */}
      <header className="site-header" onKeyDown={handleHeaderKeyDown}>
        <div className="site-header__bar container">
          <Link
            to={user.role === "SEEKER" ? "/me" : "/fairs"}
            className="brand"
            aria-label={user.role === "SEEKER" ? "协作 劳务协作平台，返回我的页面" : "协作 劳务协作平台，返回招聘会列表"}
          >
            <span className="brand__name">协作</span>
            <span className="brand__tagline">劳务协作平台</span>
          </Link>
          <button
            ref={menuButtonRef}
            type="button"
            className="menu-button"
            aria-expanded={isMenuOpen}
            aria-controls="site-menu"
            onClick={() => setIsMenuOpen((open) => !open)}
          >
            <svg className="menu-button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              {isMenuOpen ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
            </svg>
            菜单
          </button>
          <div id="site-menu" className="site-menu" data-open={isMenuOpen}>
            <nav aria-label="主导航">
              <ul className="site-nav">
                {getNavItems(user.role).map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} className="site-nav__link">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="user-box">
              <p className="user-box__who">
                <span className="user-box__name">{getDisplayName(user)}</span>
                <span className="role-chip">{ROLE_LABELS[user.role]}</span>
                <MyOrganisationName user={user} className="user-box__org" />
              </p>
              <button
                type="button"
                className="button button--on-dark"
                onClick={handleSignOut}
                disabled={isSigningOut}
                aria-busy={isSigningOut}
              >
                {isSigningOut ? "正在退出…" : "退出登录"}
              </button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main container">
        <ErrorBoundary key={location.pathname}>
          {/* Pages behind sign-in load their code when opened (routes.tsx). */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">协作 · 开源劳务协作平台 · 济南—湘西东西部劳务协作</div>
      </footer>
    </div>
  );
}
