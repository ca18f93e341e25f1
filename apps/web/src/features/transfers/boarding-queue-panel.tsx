import { formatTime } from "../../lib/format.ts";
import { getTokenSuffix, type OfflineQueueState } from "../desk/index.ts";
import { describeBoardingRefusal } from "./boarding-result.ts";

function getHeadline({ pending, isOnline, isReplaying }: OfflineQueueState): string {
  const count = pending.length;
  if (!isOnline) return `离线，已暂存 ${count} 条`;
  if (count === 0) return "网络正常";
  return isReplaying ? `网络已恢复，正在上传暂存的 ${count} 条…` : `有 ${count} 条暂存上车记录等待上传`;
}

/** At the top of the boarding desk: is the network there, and how many scans wait on this phone. */
export function BoardingQueueStatus({ state }: { state: OfflineQueueState }) {
  const { pending, isOnline, isReplaying, queue, storageError } = state;
  return (
    <section className="boarding-network" aria-labelledby="boarding-network-title" data-online={isOnline} data-testid="queue-panel">
      <div className="boarding-network__status">
        <span className="boarding-network__dot" aria-hidden="true" />
        <h2 id="boarding-network-title" className="boarding-network__headline" aria-live="polite" data-testid="queue-headline">
          {getHeadline(state)}
        </h2>
        {isOnline && pending.length > 0 && !isReplaying && (
          <button type="button" className="button button--secondary button--small" onClick={() => void queue.replay()}>
            立即上传
          </button>
        )}
      </div>
      {!isOnline && (
        <p className="boarding-network__note">
          断网时扫胸牌照常登记上车：记录先存在这台手机上，联网后自动上传，每人只算一次。身份证号登记需要联网。
        </p>
      )}
      {storageError !== null && <p className="notice">这台设备无法离线暂存（浏览器存储不可用）。断网时请改用纸质名单。</p>}
    </section>
  );
}

/** Below the entry: the queued scans (time and end of the badge code) and the refused ones. */
export function BoardingQueueList({ state }: { state: OfflineQueueState }) {
  const { pending, failed, isReplaying, queue } = state;
  if (pending.length === 0 && failed.length === 0) return null;
  return (
    <section className="boarding-queue" aria-label="暂存的上车记录">
      {pending.length > 0 && (
        <>
          <h2 className="boarding-queue__title">暂存在本机的上车记录（{pending.length} 条）</h2>
          <ol className="boarding-queue__list" data-testid="queue-list">
            {pending.map((entry) => (
              <li key={entry.clientRequestId} className="boarding-queue__item">
                <time dateTime={entry.scannedAt}>{formatTime(entry.scannedAt)}</time>
                <span className="mono">胸牌 {getTokenSuffix(entry.badgeToken)}</span>
                <span className="boarding-queue__state">{isReplaying ? "上传中" : "等待上传"}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {failed.length > 0 && (
        <div className="boarding-queue__failed" role="alert">
          <h2 className="boarding-queue__title">上传后被拒绝的上车记录（{failed.length} 条）</h2>
          <p className="muted">服务器拒绝了这些记录，重试也不会成功。请按原因核对本人。</p>
          <ul className="boarding-queue__list">
            {failed.map((entry) => (
              <li key={entry.clientRequestId} className="boarding-queue__item boarding-queue__item--failed">
                <time dateTime={entry.scannedAt}>{formatTime(entry.scannedAt)}</time>
                <span className="mono">胸牌 {getTokenSuffix(entry.badgeToken)}</span>
                <span className="boarding-queue__state">{describeBoardingRefusal(entry.reason)}</span>
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
