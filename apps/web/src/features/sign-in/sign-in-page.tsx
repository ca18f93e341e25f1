import { useState } from "react";
import { Link, Navigate, useNavigate } from "react-router";
import { useAuth } from "../../app/auth-provider.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { CodeStep, type PendingVerification } from "../registration/index.ts";
import { PhoneStep } from "./phone-step.tsx";
import { ResendCode } from "./resend-code.tsx";
import { requestSignInCode, verifySignInCode } from "./sign-in-api.ts";
import "./sign-in.css";

/**
 * /sign-in: a job seeker comes back on any phone (a new one, a borrowed one) with the phone
 * number they registered with and a code by text message. The number stays in memory only.
 */
export function SignInPage() {
  useDocumentTitle("登录 · 我的");
  const { state, retry } = useAuth();
  const navigate = useNavigate();
  const [phone, setPhone] = useState("");
  /** The number the code went to, as sent: what 重新发送 asks for again. */
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingVerification | null>(null);
  const [previous, setPrevious] = useState<PendingVerification | null>(null);

  // Already signed in as a seeker on this phone: straight to 我的.
  if (state.status === "signed-in" && state.user.role === "SEEKER" && !pending) return <Navigate to="/me" replace />;

  function handleVerified() {
    setPhone("");
    setSentTo(null);
    // The server has set the session cookie: read who is signed in, then show their page.
    retry();
    navigate("/me", { replace: true });
  }

  async function handleResend() {
    if (!sentTo) return;
    const accepted = await requestSignInCode(sentTo);
    setPending({ ...accepted, sentAt: new Date().toISOString() });
  }

  const isPreviousValid = previous !== null && Date.parse(previous.expiresAt) > Date.now();

  return (
    <article className="registration sign-in" aria-labelledby="sign-in-title">
      <header className="registration__header">
        <p className="registration__kicker">我的</p>
        <h1 id="sign-in-title">用手机号登录</h1>
        <p className="sign-in__why">换了手机、借别人的手机都能登录：填报名时的手机号，收一条短信验证码就行。</p>
      </header>

      {pending ? (
        <CodeStep
          key={pending.verificationId}
          pending={pending}
          onVerified={handleVerified}
          onStartOver={() => {
            setPrevious(pending);
            setPending(null);
          }}
          title="输入短信验证码"
          hint="短信可能要等一两分钟。这个号码如果没有报过名，就不会收到短信。"
          startOverLabel="手机号填错了 / 换一个号码"
          verify={verifySignInCode}
        >
          <ResendCode sentAt={pending.sentAt} onResend={handleResend} />
        </CodeStep>
      ) : (
        <PhoneStep
          phone={phone}
          onPhoneChange={setPhone}
          onAccepted={(accepted, sentPhone) => {
            setPrevious(null);
            setSentTo(sentPhone);
            setPending(accepted);
          }}
          previous={isPreviousValid ? previous : null}
          onBackToCode={() => setPending(previous)}
        />
      )}

      <p className="muted registration__help">
        还没有报过名？扫招聘会海报上的二维码报名，或者到招聘会现场的签到台，工作人员会帮您登记。
        <Link to="/jobs">先看看有哪些工作</Link>
      </p>
    </article>
  );
}
