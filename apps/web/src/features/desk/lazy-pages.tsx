import { lazy } from "react";
import { PageSuspense } from "../../components/page-suspense.tsx";

/*
 * The check-in pages bring a QR decoder and a QR encoder: they load only when one of them is
 * opened, so the public job board stays small on a phone.
 */
const LazyDesk = lazy(() => import("./desk-page.tsx").then((m) => ({ default: m.DeskPage })));
const LazyFairPicker = lazy(() => import("./fair-picker-page.tsx").then((m) => ({ default: m.FairPickerPage })));

export const DeskPage = () => (
  <PageSuspense>
    <LazyDesk />
  </PageSuspense>
);
export const FairPickerPage = ({ purpose }: { purpose: "desk" | "live" }) => (
  <PageSuspense>
    <LazyFairPicker purpose={purpose} />
  </PageSuspense>
);
