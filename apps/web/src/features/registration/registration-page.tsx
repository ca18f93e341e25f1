import type { Fair, RegistrationAccepted } from "@xiezuo/contracts";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useAuth } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatDateRange } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { getFair } from "../fairs/index.ts";
import { CodeStep } from "./code-step.tsx";
import { getFairCityFacets } from "./registration-api.ts";
import { RegistrationForm } from "./registration-form.tsx";
import { EMPTY_REGISTRATION, type RegistrationValues } from "./registration-form-model.ts";
import "./registration.css";

/** A code request the server accepted; `sentAt` is when this page asked for it. */
export interface PendingVerification extends RegistrationAccepted {
  sentAt: string;
}

/** /fairs/:fairId/register: a person signs up for a fair on their own phone (the link or QR poster). */
export function RegistrationPage() {
  const { fairId = "" } = useParams();
  const fair = useApiData((signal) => getFair(fairId, signal), [fairId]);
  useDocumentTitle(fair.data ? `报名 · ${fair.data.title}` : "招聘会报名");
  const isNotFound = isApiRequestError(fair.error) && (fair.error.status === 404 || fair.error.status === 400);

  return (
    <article className="registration" aria-labelledby="registration-title">
      {fair.status === "loading" && !fair.data && (
        <div aria-busy="true">
          <p className="visually-hidden" role="status">
            正在加载招聘会…
          </p>
          <span className="skeleton skeleton--heading" aria-hidden="true" />
          <span className="skeleton skeleton--line" aria-hidden="true" />
          <span className="skeleton skeleton--line skeleton--short" aria-hidden="true" />
        </div>
      )}
      {fair.status === "error" &&
        (isNotFound ? (
          <section className="message-page">
            <h1 id="registration-title">没有找到这场招聘会</h1>
            <p>报名链接可能不完整。请再扫一次海报上的二维码，或问一问村里、人社局的工作人员。</p>
            <Link className="button" to="/jobs">
              先看看有哪些工作
            </Link>
          </section>
        ) : (
          <ErrorPanel error={fair.error} title="招聘会信息加载失败" onRetry={fair.reload} />
        ))}
      {fair.data && <RegistrationSteps fair={fair.data} />}
    </article>
  );
}

function RegistrationSteps({ fair }: { fair: Fair }) {
  const navigate = useNavigate();
  const { retry } = useAuth();
  // Form values live in memory only, so "start over" keeps them; nothing goes to browser storage.
  const [values, setValues] = useState<RegistrationValues>(EMPTY_REGISTRATION);
  const [pending, setPending] = useState<PendingVerification | null>(null);
  const [previous, setPrevious] = useState<PendingVerification | null>(null);
  const cityFacets = useApiData((signal) => getFairCityFacets(fair.id, signal).catch(() => null), [fair.id]);

  function handleVerified() {
    setValues(EMPTY_REGISTRATION);
    // The server has set the session cookie: read who is signed in, then show their page.
    retry();
    navigate("/me", { replace: true, state: { welcome: fair.title } });
  }

  function handleStartOver() {
    setPrevious(pending);
    setPending(null);
  }

  const isPreviousValid = previous !== null && Date.parse(previous.expiresAt) > Date.now();

  return (
    <>
      <header className="registration__header">
        <p className="registration__kicker">招聘会报名</p>
        <h1 id="registration-title">{fair.title}</h1>
        <dl className="facts registration__facts">
          <div className="facts__row">
            <dt>地点</dt>
            <dd>{fair.venue}</dd>
          </div>
          <div className="facts__row">
            <dt>时间</dt>
            <dd>
              <time dateTime={fair.startsAt}>{formatDateRange(fair.startsAt, fair.endsAt)}</time>
            </dd>
          </div>
        </dl>
        <p className="registration__why">提前报名，到了现场出示手机上的二维码就能签到，不用排队登记。</p>
      </header>

      {fair.status === "CLOSED" ? (
        <section className="panel panel--error" role="alert">
          <p className="panel__title">这场招聘会已经结束了</p>
          <p>不能再报名。可以先看看现在正在招人的工作。</p>
          <Link className="button" to="/jobs">
            去找工作
          </Link>
        </section>
      ) : pending ? (
        <CodeStep pending={pending} onVerified={handleVerified} onStartOver={handleStartOver} />
      ) : (
        <RegistrationForm
          fairId={fair.id}
          values={values}
          onChange={setValues}
          cityFacets={cityFacets.data ?? null}
          onAccepted={(accepted) => {
            setPrevious(null);
            setPending(accepted);
          }}
          previous={isPreviousValid ? previous : null}
          onBackToCode={() => setPending(previous)}
        />
      )}
      <p className="muted registration__help">
        不会填、没有手机？到招聘会现场的签到台，工作人员会帮您登记。
        <Link to={`/jobs?fairId=${fair.id}`}>看看这场招聘会有哪些工作</Link>
      </p>
    </>
  );
}
