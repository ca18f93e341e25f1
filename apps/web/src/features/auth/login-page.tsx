import { LoginRequestSchema } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { useAuth } from "../../app/auth-provider.tsx";
import { FullPageStatus } from "../../components/full-page-status.tsx";
import { describeError } from "../../lib/api-client.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { getRedirectTarget } from "./redirect.ts";

export function LoginPage() {
  useDocumentTitle("登录");
  const { state: authState, signIn } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const target = getRedirectTarget(location.state);
  const wasExpired = (location.state as { reason?: unknown } | null)?.reason === "expired";

  if (authState.status === "signed-in" && !isSubmitting) return <Navigate to={target} replace />;
  if (authState.status === "loading") {
    return (
      <FullPageStatus isBusy>
        <p role="status">正在加载…</p>
      </FullPageStatus>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = LoginRequestSchema.safeParse({ username, password });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue?.message ?? "请输入用户名和密码");
      (issue?.path[0] === "password" ? passwordRef : usernameRef).current?.focus();
      return;
    }
    setError(null);
    setIsSubmitting(true);
    try {
      await signIn(parsed.data);
      navigate(target, { replace: true });
    } catch (caught) {
      setError(describeError(caught));
      setPassword("");
      setIsSubmitting(false);
      passwordRef.current?.focus();
    }
  }

  return (
    <div className="login-screen">
      <header className="site-header site-header--simple">
        <div className="site-header__bar container">
          <p className="brand">
            <span className="brand__name">协作</span>
            <span className="brand__tagline">劳务协作平台</span>
          </p>
        </div>
      </header>
      <main id="main" className="login-main container">
        <section className="card login-card" aria-labelledby={`${id}-title`}>
          <h1 id={`${id}-title`}>登录</h1>
          <p className="muted">人社局、招聘会工作人员和企业招聘专员请使用分配的账号登录。</p>
          <p className="muted">
            找工作的朋友不用账号：<Link to="/sign-in">用手机号登录“我的”</Link>
          </p>
          {wasExpired && !error && (
            <p className="notice" role="status">
              登录已失效，请重新登录。
            </p>
          )}
          <div className="form-alert" role="alert">
            {error}
          </div>
          <form className="form" onSubmit={handleSubmit} noValidate aria-busy={isSubmitting}>
            <div className="field">
              <label htmlFor={`${id}-username`}>用户名</label>
              <input
                ref={usernameRef}
                id={`${id}-username`}
                name="username"
                type="text"
                autoComplete="username"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-password`}>密码</label>
              <input
                ref={passwordRef}
                id={`${id}-password`}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <button type="submit" className="button button--block" disabled={isSubmitting}>
              {isSubmitting ? "正在登录…" : "登录"}
            </button>
          </form>
        </section>
      </main>
    </div>
  );
}
