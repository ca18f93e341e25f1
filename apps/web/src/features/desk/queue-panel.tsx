import { formatTime } from "../../lib/format.ts";
import { describeRefusal } from "./checkin-result.ts";
import { getTokenSuffix } from "./offline-queue.ts";
import type { OfflineQueueState } from "./use-offline-queue.ts";
import "./queue.css";

function getHeadline({ pending, isOnline, isReplaying }: OfflineQueueState): string {
  const count = pending.length;
  if (!isOnline) return `离线，已暂存 ${count} 条`;
  if (count === 0) return "网络正常";
  return isReplaying ? `网络已恢复，正在上传暂存的 ${count} 条…` : `有 ${count} 条暂存签到等待上传`;
}

/** At the top of the desk: is the network there, and how many scans wait on this phone. */
export function QueueStatus({ state }: { state: OfflineQueueState }) {
  const { pending, isOnline, isReplaying, queue, storageError } = state;
  return (
    <section className="queue-panel" aria-labelledby="queue-title" data-online={isOnline} data-testid="queue-panel">
      <div className="queue-panel__status">
        <span className="queue-panel__dot" aria-hidden="true" />
        <h2 id="queue-title" className="queue-panel__headline" aria-live="polite" data-testid="queue-headline">
          {getHeadline(state)}
        </h2>
        {isOnline && pending.length > 0 && !isReplaying && (
          <button type="button" className="button button--secondary button--small" onClick={() => void queue.replay()}>
            立即上传
          </button>
        )}
      </div>
      {!isOnline && (
        <p className="queue-panel__note">
          断网时扫胸牌照常签到：记录先存在这台手机上，联网后自动上传，每人只算一次。身份证号签到需要联网。
        </p>
      )}
      {storageError !== null && <p className="notice">这台设备无法离线暂存（浏览器存储不可用）。断网时请暂停签到。</p>}
    </section>
  );
}

/** Below the entry controls: the queued scans (time and end of the badge code) and refusals. */
export function QueueList({ state }: { state: OfflineQueueState }) {
  const { pending, failed, isReplaying, queue } = state;
  if (pending.length === 0 && failed.length === 0) return null;
  return (
    <section className="queue-lists" aria-label="暂存的签到">
      {pending.length > 0 && (
        <>
          <h2 className="queue-lists__title">暂存在本机的签到（{pending.length} 条）</h2>
          <ol className="queue-list" data-testid="queue-list">
            {pending.map((entry) => (
              <li key={entry.clientRequestId} className="queue-list__item">
                <time dateTime={entry.scannedAt}>{formatTime(entry.scannedAt)}</time>
                <span className="queue-list__token">胸牌 {getTokenSuffix(entry.badgeToken)}</span>
                <span className="queue-list__state">{isReplaying ? "上传中" : "等待上传"}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {failed.length > 0 && (
        <div className="queue-failed" role="alert">
          <h2 className="queue-lists__title">上传未成功的签到（{failed.length} 条）</h2>
          <p className="muted">服务器拒绝了这些签到，重试也不会成功。请按原因处理后，再让本人重新签到。</p>
          <ul className="queue-list">
            {failed.map((entry) => (
              <li key={entry.clientRequestId} className="queue-list__item queue-list__item--failed">
                <time dateTime={entry.scannedAt}>{formatTime(entry.scannedAt)}</time>
                <span className="queue-list__token">胸牌 {getTokenSuffix(entry.badgeToken)}</span>
                <span className="queue-list__state">{describeRefusal(entry.reason)}</span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void queue.dismissFailed(entry.clientRequestId)}
                >
                  知道了
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
