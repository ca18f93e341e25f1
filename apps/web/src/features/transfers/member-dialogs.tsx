import {
  STAFF_LABELS,
  type TransferExceptionReason,
  TransferExceptionReasonSchema,
  type TransferMember,
  toChinaDate,
} from "@xiezuo/contracts";
import { useId, useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { describeHome } from "./transfer-model.ts";
import { confirmArrival, reportException } from "./transfers-api.ts";

function Who({ member }: { member: TransferMember }) {
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>姓名</dt>
        <dd>{member.seeker.name}</dd>
      </div>
      <div className="facts__row">
        <dt>身份证号</dt>
        <dd className="mono">{member.seeker.idNumberMasked}</dd>
      </div>
      <div className="facts__row">
        <dt>乡镇 · 村</dt>
        <dd>{describeHome(member.seeker)}</dd>
      </div>
    </dl>
  );
}

/** 到达确认: the person reached the destination (on the day given, today by default). */
export function ArrivalDialog({
  transferId,
  departedAt,
  member,
  onClose,
}: {
  transferId: string;
  /** Arrival cannot be dated before the departure. */
  departedAt: string | null;
  member: TransferMember;
  onClose: () => void;
}) {
  const id = useId();
  const today = toChinaDate(new Date());
  const earliest = departedAt ? toChinaDate(new Date(departedAt)) : undefined;
  const [arrivedOn, setArrivedOn] = useState(today);
  const isValid = /^\d{4}-\d{2}-\d{2}$/.test(arrivedOn) && arrivedOn <= today && (!earliest || arrivedOn >= earliest);
  return (
    <ConfirmDialog
      title="到达确认"
      confirmLabel="确认到达"
      canConfirm={isValid}
      onConfirm={async () => {
        await confirmArrival(transferId, member.seekerId, arrivedOn);
      }}
      onClose={onClose}
    >
      <Who member={member} />
      <div className="field">
        <label htmlFor={`${id}-date`}>到达日期</label>
        <input
          id={`${id}-date`}
          type="date"
          min={earliest}
          max={today}
          value={arrivedOn}
          onChange={(event) => setArrivedOn(event.target.value)}
        />
      </div>
    </ConfirmDialog>
  );
}

/** 异常: why someone did not go, or did not stay (a reason and, if useful, a note). */
export function ExceptionDialog({ transferId, member, onClose }: { transferId: string; member: TransferMember; onClose: () => void }) {
  const id = useId();
  const [reason, setReason] = useState<TransferExceptionReason | "">("");
  const [note, setNote] = useState("");
  const trimmed = note.trim();
  const needsNote = reason === "OTHER" && trimmed === "";
  return (
    <ConfirmDialog
      title="登记异常"
      confirmLabel="登记异常"
      isDanger
      canConfirm={reason !== "" && !needsNote}
      onConfirm={async () => {
        if (reason === "") return;
        await reportException(transferId, { seekerId: member.seekerId, reason, ...(trimmed ? { note: trimmed } : {}) });
      }}
      onClose={onClose}
    >
      <Who member={member} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>原因</label>
        <select id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value as TransferExceptionReason | "")}>
          <option value="">请选择原因</option>
          {TransferExceptionReasonSchema.options.map((option) => (
            <option key={option} value={option}>
              {STAFF_LABELS.transferExceptionReason[option]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>说明{reason === "OTHER" ? "" : <span className="field__optional">（选填）</span>}</label>
        <textarea id={`${id}-note`} maxLength={200} value={note} onChange={(event) => setNote(event.target.value)} />
        <p className="field__hint">不要写身份证号、电话等个人信息。{needsNote ? "选「其他」时请写明原因。" : ""}</p>
      </div>
    </ConfirmDialog>
  );
}
