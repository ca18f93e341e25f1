import type { CreateIntentResponse, Position } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { describeError } from "../../lib/api-client.ts";
import { readBadgeToken } from "../badges/qr-model.ts";
import { CameraScanner } from "../desk/camera-scanner.tsx";
import { recordIntent } from "./booth-api.ts";

type Outcome = { kind: "ok"; result: CreateIntentResponse } | { kind: "error"; message: string };

/**
 * Records an intent the way a booth works: pick the position once, then scan each visitor's
 * QR badge (camera or handheld scanner). The badge names the person; no ID number is typed.
 */
export function RecordIntentPanel({
  fairId,
  positions,
  onRecorded,
}: {
  fairId: string;
  positions: readonly Position[];
  onRecorded: () => void;
}) {
  const id = useId();
  const [positionId, setPositionId] = useState(positions[0]?.id ?? "");
  const [code, setCode] = useState("");
  const [isBusy, setIsBusy] = useState(false);
  const [isCameraOn, setIsCameraOn] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(token: string) {
    if (!positionId) {
      setOutcome({ kind: "error", message: "请先选择岗位" });
      return;
    }
    setIsBusy(true);
    try {
      const result = await recordIntent({ badgeToken: token, positionId, fairId });
      setOutcome({ kind: "ok", result });
      onRecorded();
    } catch (error) {
      setOutcome({ kind: "error", message: describeError(error) });
    } finally {
      setIsBusy(false);
      inputRef.current?.focus();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = readBadgeToken(code);
    setCode("");
    if (!token) {
      setOutcome({ kind: "error", message: code.trim() === "" ? "请扫描求职者的胸牌二维码" : "这不是协作平台的胸牌二维码" });
      return;
    }
    void submit(token);
  }

  if (positions.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">这场招聘会还没有可登记意向的岗位</p>
        <p className="muted">请先在「岗位」中发布岗位并关联这场招聘会。</p>
      </div>
    );
  }

  return (
    <section className="card booth-record" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>登记就业意向</h2>
      <form onSubmit={handleSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor={`${id}-position`}>意向岗位</label>
          <select id={`${id}-position`} value={positionId} onChange={(event) => setPositionId(event.target.value)}>
            {positions.map((position) => (
              <option key={position.id} value={position.id}>
                {position.title}（{position.employer.shortName ?? position.employer.name}，招{position.openings}人）
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-code`}>求职者胸牌</label>
          <div className="input-with-button">
            <input
              ref={inputRef}
              id={`${id}-code`}
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              enterKeyHint="go"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              aria-describedby={`${id}-hint`}
            />
            <button type="submit" className="button" disabled={isBusy} aria-busy={isBusy}>
              {isBusy ? "正在登记…" : "登记意向"}
            </button>
          </div>
          <p id={`${id}-hint`} className="field__hint">
            用扫码枪扫胸牌二维码，或打开摄像头扫码。
          </p>
        </div>
      </form>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => setIsCameraOn((on) => !on)}
        aria-pressed={isCameraOn}
      >
        {isCameraOn ? "关闭摄像头" : "用摄像头扫码"}
      </button>
      {isCameraOn && <CameraScanner onToken={(token) => void submit(token)} />}
      <div role="status" aria-live="polite" className="booth-record__outcome">
        {outcome?.kind === "ok" && (
          <p className={outcome.result.duplicate ? "notice" : "form-success"}>
            {outcome.result.duplicate ? "已登记过：" : "已登记："}
            <strong>{outcome.result.intent.seeker.name}</strong>（{outcome.result.intent.seeker.idNumberMasked}）→{" "}
            {outcome.result.intent.position.title}
          </p>
        )}
        {outcome?.kind === "error" && <p className="form-alert">{outcome.message}</p>}
      </div>
    </section>
  );
}
