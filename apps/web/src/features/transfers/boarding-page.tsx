import { useQueryClient } from "@tanstack/react-query";
import { STAFF_LABELS } from "@xiezuo/contracts";
import { useCallback, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatDay, formatNumber, formatTime } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { BadgeCodeForm, CameraScanner, IdNumberForm } from "../desk/index.ts";
import { BoardingQueueList, BoardingQueueStatus } from "./boarding-queue-panel.tsx";
import { toBoardingPerson } from "./boarding-result.ts";
import { BoardingResultPanel } from "./boarding-result-panel.tsx";
import { ConnectionNote } from "./count-tiles.tsx";
import { countMembers, describeDestination, findMember, pickFacts, type TransferFacts } from "./transfer-model.ts";
import { getTransfer } from "./transfers-api.ts";
import { useBoarding } from "./use-boarding.ts";
import { useBoardingQueue } from "./use-boarding-queue.ts";
import { useLiveTransfer, useSharedTransferRead } from "./use-live-transfer.ts";
import "./boarding.css";

type EntryTab = "scan" | "id";
const ENTRY_TABS: readonly { key: EntryTab; label: string }[] = [
  { key: "scan", label: "扫码上车" },
  { key: "id", label: "输入身份证号" },
];

/** /transfers/:id/boarding: the phone at the bus door. */
export function BoardingDeskPage() {
  const { id = "" } = useParams();
  const readShared = useSharedTransferRead(id);
  // Kept for a reload without network (facts and figures only, no people): the desk must come
  // up and go on queueing badge scans.
  const facts = useApiData(() => readShared().then(pickFacts), [id], { key: ["transfer-facts"], persist: true });
  useDocumentTitle(facts.data ? `上车登记 · ${facts.data.title}` : "上车登记");
  const isNotFound = isApiRequestError(facts.error) && (facts.error.status === 404 || facts.error.status === 400);

  return (
    <section className="boarding" aria-labelledby="boarding-title">
      <p className="back-link">
        <Link to={`/transfers/${id}`}>← 返回名单</Link>
      </p>
      {facts.status === "loading" && !facts.data && <p role="status">正在加载…</p>}
      {facts.status === "error" &&
        !facts.data &&
        (isNotFound ? (
          <div className="message-page">
            <h1 id="boarding-title">没有找到这次输出</h1>
            <Link className="button" to="/transfers">
              返回组织输出
            </Link>
          </div>
        ) : (
          <ErrorPanel error={facts.error} title="加载失败" onRetry={facts.reload} />
        ))}
      {facts.data && <BoardingWorkspace facts={facts.data} />}
    </section>
  );
}

function BoardingWorkspace({ facts }: { facts: TransferFacts }) {
  const live = useLiveTransfer(facts.id, { rereadOnEvent: false });
  const queueState = useBoardingQueue(facts.id);
  const transfer = live.transfer;
  const { reload } = live;
  // A boarding of someone the loaded list does not know (added since): read the list again.
  const onBoarded = useCallback(
    (seekerId: string) => {
      if (!findMember(transfer, seekerId)) reload();
    },
    [transfer, reload],
  );
  const queryClient = useQueryClient();
  // After a CONFLICT: has the bus left (another phone departed it)? Both reads on screen follow.
  const askDeparted = useCallback(async () => {
    try {
      const fresh = await getTransfer(facts.id);
      void queryClient.invalidateQueries({ queryKey: ["transfers", facts.id] });
      void queryClient.invalidateQueries({ queryKey: ["transfer-facts", facts.id] });
      return fresh.status === "DEPARTED";
    } catch {
      return null;
    }
  }, [facts.id, queryClient]);
  const desk = useBoarding(facts.id, queueState.queue, { onBoarded, isDeparted: askDeparted });
  const findPerson = useCallback(
    (seekerId: string) => {
      const member = findMember(transfer, seekerId);
      return member ? toBoardingPerson(member) : null;
    },
    [transfer],
  );
  const [tab, setTab] = useState<EntryTab>("scan");
  const status = transfer?.status ?? facts.status;
  const counts = live.counts ?? facts.counts;
  const isDeparted = status === "DEPARTED";

  return (
    <>
      <header className="boarding__header">
        <h1 id="boarding-title">上车登记</h1>
        <p className="boarding__facts">
          {facts.title}
          <span>
            {formatDay(facts.departsAt)} {formatTime(facts.departsAt)} · {STAFF_LABELS.transportMode[facts.transport]} · 前往{" "}
            {describeDestination(facts)}
          </span>
        </p>
      </header>

      <div className="boarding__figures" data-testid="boarding-figures">
        <p>
          已上车 <strong data-testid="boarding-boarded">{formatNumber(counts.boarded)}</strong> / 名单{" "}
          <strong data-testid="boarding-total">{formatNumber(countMembers(counts))}</strong> 人
        </p>
        <p>
          待上车 <strong data-testid="boarding-waiting">{formatNumber(counts.listed)}</strong> 人
        </p>
        <ConnectionNote status={live.connection} />
      </div>

      <BoardingQueueStatus state={queueState} />

      {isDeparted ? (
        <div className="panel panel--error" role="alert">
          <p className="panel__title">已发车，不能再登记上车</p>
          <p>没上车的人已记为「{STAFF_LABELS.transferMemberState.NO_SHOW}」。到达后请在名单页做到达确认。</p>
          <Link className="button button--secondary" to={`/transfers/${facts.id}`}>
            查看名单
          </Link>
        </div>
      ) : (
        <>
          <BoardingResultPanel result={desk.result} findPerson={findPerson} />
          <div className="boarding-tabs" role="tablist" aria-label="登记方式">
            {ENTRY_TABS.map((entry) => (
              <button
                key={entry.key}
                type="button"
                role="tab"
                id={`boarding-tab-${entry.key}`}
                aria-controls={`boarding-panel-${entry.key}`}
                aria-selected={tab === entry.key}
                tabIndex={tab === entry.key ? 0 : -1}
                className="boarding-tabs__tab"
                onClick={() => setTab(entry.key)}
                onKeyDown={(event) => {
                  if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
                  const next = tab === "scan" ? "id" : "scan";
                  setTab(next);
                  document.getElementById(`boarding-tab-${next}`)?.focus();
                }}
              >
                {entry.label}
              </button>
            ))}
          </div>
          {tab === "scan" ? (
            <div id="boarding-panel-scan" role="tabpanel" aria-labelledby="boarding-tab-scan" className="boarding-panel">
              <CameraScanner onToken={desk.boardBadge} action="上车" />
              <BadgeCodeForm onToken={desk.boardBadge} disabled={false} submitLabel="上车" />
            </div>
          ) : (
            <div id="boarding-panel-id" role="tabpanel" aria-labelledby="boarding-tab-id" className="boarding-panel">
              <IdNumberForm
                onIdNumber={desk.boardIdNumber}
                disabled={desk.isBusy}
                submitLabel="上车"
                hint="18位，最后一位可以是X。需要联网；不在名单上的人会提示。"
              />
            </div>
          )}
        </>
      )}
      <BoardingQueueList state={queueState} />
    </>
  );
}
