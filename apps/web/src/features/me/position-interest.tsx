import type { MyIntent, Position } from "@xiezuo/contracts";
import { useState } from "react";
import { useApiData } from "../../lib/use-api-data.ts";
import { InterestButton } from "./interest-button.tsx";
import { getMyIntents, getMySeeker } from "./me-api.ts";
import { findIntentForPosition } from "./me-model.ts";

/**
 * 我感兴趣 on the job page, for a signed-in seeker only. Waits for the seeker's fairs (so
 * the interest can name an open fair) and intents (so a repeat shows 已登记意向 at once);
 * if either cannot be read the button still works, just without that help.
 */
export function PositionInterest({ position }: { position: Position }) {
  const seeker = useApiData((signal) => getMySeeker(signal), []);
  const intents = useApiData((signal) => getMyIntents(signal), []);
  const [made, setMade] = useState<MyIntent | undefined>(undefined);

  if (seeker.status === "loading" || intents.status === "loading") {
    return (
      <p className="muted" role="status">
        正在准备“我感兴趣”…
      </p>
    );
  }
  const intent = made ?? (intents.data ? findIntentForPosition(intents.data, position.id) : undefined);
  // A closed job takes no new interest (the API would refuse); an earlier one is still shown.
  if (position.status === "CLOSED" && !intent) return null;

  return (
    <div className="position-interest">
      <InterestButton
        positionId={position.id}
        positionFairIds={position.fairIds}
        fairs={seeker.data?.fairs ?? null}
        intent={intent}
        onInterested={setMade}
      />
    </div>
  );
}
