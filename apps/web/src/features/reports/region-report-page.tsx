import type { ChangeEvent, ReactNode } from "react";
import { Fragment } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { RegionSelect } from "../../components/region-select.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { MyOrganisationGate } from "../organisations/index.ts";
import { describeRegionHint } from "./report-model.ts";

/**
 * A report page that starts on the bureau's own region: its heading, then the report once the
 * account's jurisdiction is known (null for the platform), rebuilt when the account changes.
 */
export function RegionReportPage({
  title,
  intro,
  className,
  children,
}: {
  title: string;
  intro: string;
  className: string;
  children: (jurisdiction: string | null) => ReactNode;
}) {
  useDocumentTitle(title);
  const user = useCurrentUser();
  return (
    <div className={className}>
      <div className="page-heading">
        <h1>{title}</h1>
        <p className="muted">{intro}</p>
      </div>
      <MyOrganisationGate user={user}>
        {(organisation) => <Fragment key={organisation?.id ?? "platform"}>{children(organisation?.regionCode ?? null)}</Fragment>}
      </MyOrganisationGate>
    </div>
  );
}

/** 地区: a region of the jurisdiction (anything for the platform), with the hint of how regions add up. */
export function RegionField({
  id,
  value,
  jurisdiction,
  emptyLabel,
  onChange,
}: {
  id: string;
  value: string;
  jurisdiction: string | null;
  emptyLabel?: string;
  onChange: (regionCode: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>地区</label>
      <RegionSelect
        id={id}
        value={value}
        emptyLabel={emptyLabel}
        within={jurisdiction}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="field__hint">
        {describeRegionHint(jurisdiction)}
      </p>
    </div>
  );
}
