import type { User } from "@xiezuo/contracts";
import { useEffect, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { useAuth } from "../../app/auth-provider.tsx";
import { ForbiddenPage } from "../../app/forbidden-page.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { MySubsidiesSection } from "../subsidies/index.ts";
import { readCachedBadgeToken } from "./badge-cache.ts";
import { getMySeeker } from "./me-api.ts";
import { BadgeView, MyBadgeSection } from "./my-badge-section.tsx";
import { MyFairsSection } from "./my-fairs-section.tsx";
import { MyIntentsSection } from "./my-intents-section.tsx";
import { MyMatchesSection } from "./my-matches-section.tsx";
import { useMyIntents } from "./use-my-intents.ts";
import "./me.css";

/** Check-ins at the desk reach this page by a quiet re-read while it is on screen. */
const REFRESH_MS = 30_000;

/**
 * /me: the job seeker's own page. Public in the router on purpose: with no signal at the
 * fair the session cannot be checked, and the badge kept on the phone must still show.
 */
export function MePage() {
  const { state, retry } = useAuth();
  useDocumentTitle("我的");

  if (state.status === "loading") return <p role="status">正在加载…</p>;
  if (state.status === "signed-in") return state.user.role === "SEEKER" ? <SeekerHome user={state.user} /> : <ForbiddenPage />;
  return <SavedBadge isOffline={state.status === "error"} error={state.status === "error" ? state.error : null} onRetry={retry} />;
}

/** Without a session (offline, or it ran out): the badge saved on this phone, if there is one. */
function SavedBadge({ isOffline, error, onRetry }: { isOffline: boolean; error: unknown; onRetry: () => void }) {
  const token = readCachedBadgeToken();
  return (
    <div className="me-page">
      <h1>我的</h1>
      {token ? (
        <section className="card my-badge" aria-labelledby="my-badge-title">
          <h2 id="my-badge-title">签到二维码</h2>
          <BadgeView token={token} name={null} />
          <p className="notice">
            {isOffline
              ? "现在连不上网，显示的是保存在这部手机上的二维码，签到照样能用。"
              : "登录已过期。二维码照样能签到；想看推荐的工作和求职进展，请用手机号重新登录。"}
          </p>
          {isOffline ? (
            <button type="button" className="button button--secondary" onClick={onRetry}>
              重新连接
            </button>
          ) : (
            <Link className="button" to="/sign-in">
              用手机号登录
            </Link>
          )}
        </section>
      ) : isOffline ? (
        <ErrorPanel error={error} title="暂时连不上服务器" onRetry={onRetry} />
      ) : (
        <section className="message-page">
          <p>报过名的，用报名时的手机号登录，这里会显示您的签到二维码、求职进展和推荐给您的工作。</p>
          <Link className="button" to="/sign-in">
            用手机号登录
          </Link>
          <p>还没报名？扫一扫招聘会海报上的二维码就能报名。</p>
          <Link className="button button--secondary" to="/jobs">
            先看看有哪些工作
          </Link>
        </section>
      )}
    </div>
  );
}

function SeekerHome({ user }: { user: User }) {
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [welcome] = useState(() => {
    const title = (location.state as { welcome?: unknown } | null)?.welcome;
    return typeof title === "string" ? title : null;
  });
  const me = useApiData((signal) => getMySeeker(signal), []);
  const intents = useMyIntents();
  const [isSigningOut, setIsSigningOut] = useState(false);
  const { reload } = me;

  // The welcome is for the moment of arrival: a reload (the browser keeps history state) must not repeat it.
  useEffect(() => {
    if (welcome) navigate(".", { replace: true, state: null });
  }, [welcome, navigate]);

  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible") reload();
    };
    const timer = window.setInterval(refresh, REFRESH_MS);
    window.addEventListener("focus", refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", refresh);
    };
  }, [reload]);

  async function handleSignOut() {
    setIsSigningOut(true);
    try {
      await signOut();
    } catch {
      // The session is forgotten here either way; the server cookie expires on its own.
    }
    navigate("/jobs", { replace: true });
  }

  const name = me.data?.seeker.name ?? user.displayName ?? "";
  return (
    <div className="me-page">
      <header className="me-page__header">
        <h1>{name ? `${name}，您好` : "我的"}</h1>
        {welcome && (
          <p className="form-success" role="status">
            报名成功：{welcome}。到了现场，出示下面的二维码就能签到。
          </p>
        )}
      </header>
      <MyBadgeSection />
      {me.status === "error" && !me.data && <ErrorPanel error={me.error} title="报名信息加载失败" onRetry={me.reload} />}
      {me.status === "loading" && !me.data && <p role="status">正在加载报名信息…</p>}
      {me.data && <MyFairsSection fairs={me.data.fairs} />}
      <MySubsidiesSection />
      <MyIntentsSection state={intents} announcement={intents.announcement} onRetry={() => void intents.reload()} />
      <MyMatchesSection fairs={me.data?.fairs ?? null} intents={intents.intents} onInterested={intents.add} />
      <section className="my-section me-page__account" aria-labelledby="my-account-title">
        <h2 id="my-account-title" className="visually-hidden">
          账号
        </h2>
        <p className="muted">用别人的手机看的？看完请退出，二维码也会从这部手机上删掉。</p>
        <button type="button" className="button button--secondary" onClick={handleSignOut} disabled={isSigningOut} aria-busy={isSigningOut}>
          {isSigningOut ? "正在退出…" : "退出"}
        </button>
      </section>
    </div>
  );
}
