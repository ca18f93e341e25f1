import { useState } from "react";
import { describeError } from "../../lib/api-client.ts";
import { sendFollowUpReminder } from "../notifications/index.ts";
import "./send-reminder.css";

/** 发送提醒: a text message asking the worker to expect the follow-up call (queued, then sent). */
export function SendReminderButton({ placementId }: { placementId: string }) {
  const [state, setState] = useState<{ kind: "idle" | "sending" | "sent" } | { kind: "error"; message: string }>({ kind: "idle" });

  async function handleSend() {
    setState({ kind: "sending" });
    try {
      await sendFollowUpReminder(placementId);
      setState({ kind: "sent" });
    } catch (error) {
      setState({ kind: "error", message: describeError(error) });
    }
  }

  return (
    <div className="send-reminder">
      <button
        type="button"
        className="button button--secondary"
        onClick={handleSend}
        disabled={state.kind === "sending"}
        aria-busy={state.kind === "sending"}
      >
        {state.kind === "sending" ? "正在发送…" : state.kind === "sent" ? "再发一次提醒" : "发送提醒"}
      </button>
      <span
        className={state.kind === "error" ? "send-reminder__error" : "send-reminder__done"}
        role={state.kind === "error" ? "alert" : "status"}
      >
        {state.kind === "sent" && "✓ 提醒短信已排队发送"}
        {state.kind === "error" && state.message}
      </span>
    </div>
  );
}
