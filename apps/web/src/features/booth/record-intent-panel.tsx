import type { CreateIntentResponse, Position } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { describeError } from "../../lib/api-client.ts";
import { readBadgeToken } from "../badges/index.ts";
import { CameraScanner, IdNumberForm } from "../desk/index.ts";
import { type BoothPerson, recordIntent } from "./booth-api.ts";
import { SeekerNamePicker } from "./seeker-name-picker.tsx";

type Outcome = { kind: "ok"; result: CreateIntentResponse } | { kind: "error"; message: string };

type Way = "badge" | "idNumber" | "name";

/**
 * Records an intent the way a booth works: pick the position once, then name each visitor —
 * by QR badge (camera or handheld scanner), by the ID number typed from the ID card when
 * they have no badge, or (staff only) by name.
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
  const [way, setWay] = useState<Way>("badge");
  const inputRef = useRef<HTMLInputElement>(null);
  const canSearchByName = useCurrentUser().role !== "EMPLOYER";

  function submit(token: string) {
    return record({ badgeToken: token });
  }

  async function record(person: BoothPerson) {
    if (!positionId) {
      setOutcome({ kind: "error", message: "请先选择岗位" });
      return;
    }
    setIsBusy(true);
    try {
      const result = await recordIntent({ ...person, positionId, fairId });
      setOutcome({ kind: "ok", result });
      onRecorded();
    } catch (error) {
      setOutcome({ kind: "error", message: describeError(error) });
    } finally {
      setIsBusy(false);
      if (way === "badge") inputRef.current?.focus();
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
        <fieldset className="segmented booth-record__ways">
          <legend className="visually-hidden">怎样确认求职者</legend>
          {([["badge", "扫胸牌"], ["idNumber", "输身份证号"], ...(canSearchByName ? ([["name", "按姓名找"]] as const) : [])] as const).map(
            ([value, label]) => (
              <button
                key={value}
                type="button"
                className="segmented__button"
                aria-pressed={way === value}
                onClick={() => {
                  setWay(value);
                  setOutcome(null);
                }}
              >
                {label}
              </button>
            ),
          )}
        </fieldset>
        {way === "badge" && (
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
        )}
      </form>
      {way === "badge" && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setIsCameraOn((on) => !on)}
          aria-pressed={isCameraOn}
        >
          {isCameraOn ? "关闭摄像头" : "用摄像头扫码"}
        </button>
      )}
      {way === "badge" && isCameraOn && <CameraScanner onToken={(token) => void submit(token)} />}
      {way === "idNumber" && (
        <IdNumberForm
          disabled={isBusy}
          submitLabel="登记意向"
          hint="没有胸牌时，照身份证输入18位号码，最后一位可以是X。"
          onIdNumber={(idNumber) => void record({ idNumber })}
        />
      )}
      {way === "name" && <SeekerNamePicker disabled={isBusy} onPick={(seekerId) => void record({ seekerId })} />}
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
