import { type Fair, STAFF_LABELS } from "@xiezuo/contracts";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { getFair } from "../fairs/index.ts";
import { getSeeker, RegisterSeekerForm } from "../seekers/index.ts";
import { BadgeCodeForm } from "./badge-code-form.tsx";
import { CameraScanner } from "./camera-scanner.tsx";
import { toDeskPerson } from "./checkin-result.ts";
import { CheckInResultPanel } from "./checkin-result-panel.tsx";
import { IdNumberForm } from "./id-number-form.tsx";
import { PreRegistrationsSection } from "./pre-registrations-section.tsx";
import { QueueList, QueueStatus } from "./queue-panel.tsx";
import { useDeskCheckIn } from "./use-desk-checkin.ts";
import { useOfflineQueue } from "./use-offline-queue.ts";
import "./desk.css";

type EntryTab = "scan" | "id";
const ENTRY_TABS: readonly { key: EntryTab; label: string }[] = [
  { key: "scan", label: "扫码签到" },
  { key: "id", label: "输入身份证号" },
];

export function DeskPage() {
  const { id = "" } = useParams();
  // Kept for a reload without network: the desk must come up and go on queueing scans.
  const fair = useApiData((signal) => getFair(id, signal), [id], { key: ["fairs"], persist: true });
  useDocumentTitle(fair.data ? `签到台 · ${fair.data.title}` : "签到台");
  const isNotFound = isApiRequestError(fair.error) && (fair.error.status === 404 || fair.error.status === 400);

  return (
    <section className="desk" aria-labelledby="desk-title">
      <p className="back-link">
        <Link to="/desk">← 选择其他招聘会</Link>
      </p>
      {fair.status === "loading" && !fair.data && <p role="status">正在加载招聘会…</p>}
      {fair.status === "error" &&
        !fair.data &&
        (isNotFound ? (
          <div className="message-page">
            <h1 id="desk-title">没有找到这场招聘会</h1>
            <Link className="button" to="/desk">
              选择招聘会
            </Link>
          </div>
        ) : (
          <ErrorPanel error={fair.error} title="招聘会加载失败" onRetry={fair.reload} />
        ))}
      {fair.data && <DeskWorkspace fair={fair.data} />}
    </section>
  );
}

function DeskWorkspace({ fair }: { fair: Fair }) {
  const queueState = useOfflineQueue(fair.id);
  const desk = useDeskCheckIn(fair.id, queueState.queue);
  const [tab, setTab] = useState<EntryTab>("scan");
  const isOpen = fair.status === "OPEN";

  return (
    <>
      <header className="desk__header">
        <h1 id="desk-title">签到台</h1>
        <p className="desk__fair">
          {fair.title}
          <Link to={`/fairs/${fair.id}/live`} className="desk__live-link">
            现场大屏
          </Link>
        </p>
      </header>

      <QueueStatus state={queueState} />

      {!isOpen ? (
        <div className="panel panel--error" role="alert">
          <p className="panel__title">这场招聘会{STAFF_LABELS.fairStatus[fair.status]}，不能签到</p>
          <p>只有「进行中」的招聘会才能签到。请选择进行中的招聘会，或请人社局管理员开启这场招聘会。</p>
          <Link className="button button--secondary" to="/desk">
            选择招聘会
          </Link>
        </div>
      ) : desk.mode.kind === "register" ? (
        <RegisterSeekerForm
          title="现场登记"
          intro={
            <p className="notice">
              {desk.mode.idNumber ? "没有找到这个身份证号的登记记录。" : ""}请核对本人身份证，填写后点「登记并签到」。
            </p>
          }
          initialIdNumber={desk.mode.idNumber}
          submitLabel="登记并签到"
          onCancel={desk.cancelRegistration}
          onRegistered={async (outcome) => {
            if (outcome.kind === "created") {
              await desk.finishRegistration(outcome.seeker.id, toDeskPerson(outcome.seeker));
            } else {
              const person = await getSeeker(outcome.seekerId).then(toDeskPerson, () => null);
              await desk.finishRegistration(outcome.seekerId, person);
            }
          }}
        />
      ) : (
        <>
          <CheckInResultPanel result={desk.result} />
          {desk.justRegistered && (
            <div className="notice notice--info desk-print-badge" role="status">
              <p>
                {desk.justRegistered.name ? <strong>{desk.justRegistered.name}</strong> : "这位求职者"}
                刚刚登记，还没有胸牌。现在打印一张，到展位扫胸牌就能登记意向。
              </p>
              <div className="button-row">
                <a
                  className="button"
                  href={`/seekers/badges?ids=${encodeURIComponent(desk.justRegistered.seekerId)}`}
                  target="_blank"
                  rel="noopener"
                >
                  打印胸牌
                </a>
                <button type="button" className="button button--secondary" onClick={desk.dismissJustRegistered}>
                  不用了
                </button>
              </div>
            </div>
          )}
          <div className="desk-tabs" role="tablist" aria-label="签到方式">
            {ENTRY_TABS.map((entry) => (
              <button
                key={entry.key}
                type="button"
                role="tab"
                id={`desk-tab-${entry.key}`}
                aria-controls={`desk-panel-${entry.key}`}
                aria-selected={tab === entry.key}
                tabIndex={tab === entry.key ? 0 : -1}
                className="desk-tabs__tab"
                onClick={() => setTab(entry.key)}
                onKeyDown={(event) => {
                  // Arrow keys move between tabs, as in any tab list.
                  if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
                  const next = tab === "scan" ? "id" : "scan";
                  setTab(next);
                  document.getElementById(`desk-tab-${next}`)?.focus();
                }}
              >
                {entry.label}
              </button>
            ))}
          </div>
          {tab === "scan" ? (
            <div id="desk-panel-scan" role="tabpanel" aria-labelledby="desk-tab-scan" className="desk-panel">
              <CameraScanner onToken={desk.checkInBadge} />
              <BadgeCodeForm onToken={desk.checkInBadge} disabled={false} />
            </div>
          ) : (
            <div id="desk-panel-id" role="tabpanel" aria-labelledby="desk-tab-id" className="desk-panel">
              <IdNumberForm onIdNumber={desk.checkInIdNumber} disabled={desk.isBusy} />
            </div>
          )}
          <p className="desk__register">
            没有胸牌、也没有登记过？
            <button type="button" className="button button--secondary button--small" onClick={desk.startRegistration}>
              现场登记
            </button>
          </p>
          <PreRegistrationsSection
            fairId={fair.id}
            onConfirmed={async (seeker) => {
              await desk.finishRegistration(seeker.id, toDeskPerson(seeker));
              window.scrollTo({ top: 0 });
            }}
          />
        </>
      )}
      <QueueList state={queueState} />
    </>
  );
}
