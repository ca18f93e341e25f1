// The two dialogs of a roster entry: withdraw it after an objection (with the reason), and
// record its payment (reference and date; a repeat answers ALREADY_PAID).
import { RecordPaymentRequestSchema, type SubsidyEntry as RosterEntry, toChinaDate, WithdrawEntryRequestSchema } from "@xiezuo/contracts";
import { useId, useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { recordPayment, withdrawEntry } from "./subsidies-api.ts";
import { entryDisplayName, formatYuan } from "./subsidy-model.ts";

export function WithdrawDialog(props: { rosterId: string; entry: RosterEntry; onDone: (message: string) => void; onClose: () => void }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const checked = WithdrawEntryRequestSchema.safeParse({ reason });
  return (
    <ConfirmDialog
      title={`撤回 ${entryDisplayName(props.entry)}？`}
      confirmLabel="撤回"
      isDanger
      canConfirm={checked.success}
      onConfirm={async () => {
        if (!checked.success) return;
        await withdrawEntry(props.rosterId, props.entry.id, checked.data.reason);
        props.onDone(`已撤回 ${entryDisplayName(props.entry)}。`);
      }}
      onClose={props.onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>撤回原因</label>
        <textarea id={`${id}-reason`} rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        <p className="field__hint">如：公示期间群众反映实际未在外务工，经核实撤回</p>
      </div>
    </ConfirmDialog>
  );
}

export function PaymentDialog(props: { rosterId: string; entry: RosterEntry; onDone: (message: string) => void; onClose: () => void }) {
  const id = useId();
  const [reference, setReference] = useState("");
  const [paidOn, setPaidOn] = useState(() => toChinaDate(new Date()));
  const checked = RecordPaymentRequestSchema.safeParse({ entryId: props.entry.id, reference, paidOn });
  return (
    <ConfirmDialog
      title={`登记发放：${entryDisplayName(props.entry)} ${formatYuan(props.entry.amount)}`}
      confirmLabel="登记发放"
      canConfirm={checked.success}
      onConfirm={async () => {
        if (!checked.success) return;
        await recordPayment(props.rosterId, checked.data);
        props.onDone(`已登记发放 ${entryDisplayName(props.entry)} ${formatYuan(props.entry.amount)}。`);
      }}
      onClose={props.onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-reference`}>发放凭证号</label>
        <input
          id={`${id}-reference`}
          type="text"
          maxLength={100}
          autoComplete="off"
          value={reference}
          onChange={(event) => setReference(event.target.value)}
        />
        <p className="field__hint">银行流水号或“一卡通”发放批次号</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-paid-on`}>发放日期</label>
        <input id={`${id}-paid-on`} type="date" value={paidOn} onChange={(event) => setPaidOn(event.target.value)} />
      </div>
    </ConfirmDialog>
  );
}
