import { type Intent, type Position, STAFF_LABELS, type UpdateIntentRequest } from "@xiezuo/contracts";
import { useState } from "react";
import { Link } from "react-router";
import { describeError } from "../../lib/api-client.ts";
import { PlacementDialog } from "../placements/index.ts";
import { updateIntentStatus } from "./booth-api.ts";
import { describePerson, getBoothActions } from "./booth-model.ts";

/** One candidate at the booth: who (masked), for which position, and big buttons for the next step. */
export function CandidateCard({ intent, position, onChanged }: { intent: Intent; position: Position | undefined; onChanged: () => void }) {
  const [busyStatus, setBusyStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPlacing, setIsPlacing] = useState(false);
  const [placementId, setPlacementId] = useState<string | null>(null);
  const { seeker } = intent;

  async function move(status: UpdateIntentRequest["status"]) {
    setBusyStatus(status);
    setError(null);
    try {
      await updateIntentStatus(intent.id, status);
      onChanged();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusyStatus(null);
    }
  }

  return (
    <li className={`card candidate candidate--${intent.status.toLowerCase()}`}>
      <div className="candidate__head">
        <p className="candidate__name">{seeker.name}</p>
        <span className={`intent-status intent-status--${intent.status.toLowerCase()}`}>{STAFF_LABELS.intentStatus[intent.status]}</span>
      </div>
      <p className="muted">
        {describePerson(seeker)}
        {seeker.povertyStatus && seeker.povertyStatus !== "NONE" && (
          <span className="tag candidate__poverty">{STAFF_LABELS.povertyStatus[seeker.povertyStatus]}</span>
        )}
      </p>
      <p className="candidate__numbers">
        <span className="mono">{seeker.idNumberMasked}</span> · <span className="mono">{seeker.phoneMasked}</span>
      </p>
      <p>意向岗位：{intent.position.title}</p>
      <div className="candidate__actions">
        {getBoothActions(intent.status).map((action) => (
          <button
            key={action.status}
            type="button"
            className={`button button--wide candidate__action candidate__action--${action.tone}`}
            disabled={busyStatus !== null}
            aria-busy={busyStatus === action.status}
            onClick={() => void move(action.status)}
          >
            {busyStatus === action.status ? "正在保存…" : action.label}
          </button>
        ))}
        {intent.status === "HIRED" &&
          (placementId ? (
            <Link className="button button--secondary" to={`/placements/${placementId}`}>
              已登记上岗，查看
            </Link>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setIsPlacing(true)}>
              登记上岗
            </button>
          ))}
      </div>
      <p className="form-alert" role="alert">
        {error}
      </p>
      {isPlacing && (
        <PlacementDialog
          seeker={{ id: seeker.id, name: seeker.name }}
          employer={{ id: intent.position.employerId, name: intent.position.employerName }}
          position={{ id: intent.position.id, title: intent.position.title, city: position?.city, wageMin: position?.wageMin }}
          onClose={() => setIsPlacing(false)}
          onCreated={(placement) => setPlacementId(placement.id)}
        />
      )}
    </li>
  );
}
