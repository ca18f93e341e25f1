import { describeError, isApiRequestError } from "../lib/api-client.ts";

interface ErrorPanelProps {
  error: unknown;
  /** Heading above the message, e.g. "招聘会列表加载失败". */
  title?: string;
  onRetry?: () => void;
}

/** An error with a retry button; the request id helps support find the server log line. */
export function ErrorPanel({ error, title = "加载失败", onRetry }: ErrorPanelProps) {
  const requestId = isApiRequestError(error) ? error.requestId : null;
  return (
    <div className="panel panel--error" role="alert">
      <p className="panel__title">{title}</p>
      <p>{describeError(error)}</p>
      {requestId && <p className="panel__meta">错误编号：{requestId}</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          重试
        </button>
      )}
    </div>
  );
}
