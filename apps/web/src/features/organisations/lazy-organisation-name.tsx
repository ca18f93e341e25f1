// The header's bureau line, fetched only for bureau accounts and after the first paint: the
// entry script (the public job board's) carries neither the organisations code nor its schemas.
import type { User } from "@xiezuo/contracts";
import { lazy, Suspense } from "react";

const MyOrganisationNameNow = lazy(() => import("./my-organisation-name.tsx").then((m) => ({ default: m.MyOrganisationName })));

export function MyOrganisationName(props: { user: Pick<User, "role" | "organisationId">; className?: string }) {
  if (props.user.role !== "ADMIN" && props.user.role !== "STAFF") return null;
  return (
    <Suspense fallback={null}>
      <MyOrganisationNameNow {...props} />
    </Suspense>
  );
}
