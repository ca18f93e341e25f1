import type { TransferCounts } from "@xiezuo/contracts";
import { formatNumber } from "../../lib/format.ts";
import { COUNT_TILES } from "./transfer-model.ts";

/** listed / boarded / arrived / no-show / exceptions, as the room tells them. */
export function CountTiles({ counts }: { counts: TransferCounts }) {
  return (
    <dl className="transfer-counts" aria-live="polite">
      {COUNT_TILES.map((tile) => (
        <div key={tile.field} className={`transfer-counts__tile transfer-counts__tile--${tile.field}`}>
          <dt>{tile.label}</dt>
          <dd data-testid={`count-${tile.field}`}>{formatNumber(counts[tile.field])}</dd>
        </div>
      ))}
    </dl>
  );
}

const CONNECTION_WORDS = {
  connecting: "正在连接实时人数…",
  connected: "人数实时更新",
  reconnecting: "实时连接中断，正在重连…",
  refused: "无法接收实时人数，请刷新页面",
} as const;

export function ConnectionNote({ status }: { status: keyof typeof CONNECTION_WORDS }) {
  return (
    <p className="transfer-connection muted" data-status={status} data-testid="transfer-connection">
      <span className="transfer-connection__dot" aria-hidden="true" />
      {CONNECTION_WORDS[status]}
    </p>
  );
}
