import type { Organisation } from "@xiezuo/contracts";
import { useId, useState } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { RegionSelect } from "../../components/region-select.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { describeJurisdiction, MyOrganisationGate } from "../organisations/index.ts";
import { CooperationChart } from "./cooperation-chart.tsx";
import {
  type CooperationField,
  type CooperationFormValues,
  describeCooperation,
  getCooperationTiles,
  getDefaultCooperationValues,
  toCooperationQuery,
} from "./cooperation-model.ts";
import { COOPERATION_OUT_OF_JURISDICTION, getCooperation } from "./reports-api.ts";
import "./reports.css";

/** 劳务协作: workers the exporting region sent to the importing one, and how many are still at work. */
export function CooperationPage() {
  useDocumentTitle("劳务协作");
  const user = useCurrentUser();
  return (
    <div className="coverage-page">
      <div className="page-heading">
        <h1>劳务协作</h1>
        <p className="muted">东西部劳务协作成效：输出地的劳动力在所选期间到输入地上岗的人数，以及目前仍在岗、已稳定就业的人数。</p>
      </div>
      {/* A bureau opens on its own region (as the sending or the receiving side); the platform on 古丈县 → 济南市. */}
      <MyOrganisationGate user={user}>
        {(organisation) => <CooperationReport key={organisation?.id ?? "platform"} organisation={organisation} />}
      </MyOrganisationGate>
    </div>
  );
}

function CooperationReport({ organisation }: { organisation: Organisation | null }) {
  const id = useId();
  const [values, setValues] = useState<CooperationFormValues>(() =>
    getDefaultCooperationValues(organisation?.regionCode ?? null, new Date()),
  );
  const checked = toCooperationQuery(values);
  const query = checked.ok ? checked.query : null;
  const errors = checked.ok ? {} : checked.fieldErrors;
  const report = useApiData(
    (signal) => (query ? getCooperation(query, signal) : Promise.resolve(null)),
    [query?.exportingRegionCode, query?.importingRegionCode, query?.from, query?.to],
  );
  const isOutOfJurisdiction = isApiRequestError(report.error) && report.error.status === 404;
  const fieldId = (field: CooperationField) => `${id}-${field}`;
  const update = (field: CooperationField) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [field]: event.target.value }));
  const describedBy = (field: CooperationField) => [errors[field] ? `${fieldId(field)}-error` : "", `${id}-regions-hint`].join(" ").trim();
  const regionHint = organisation
    ? `输出地和输入地至少一个在本机构辖区内（${describeJurisdiction(organisation.regionCode)}）。选州或省统计其下所有县。`
    : "选州或省统计其下所有县。";

  return (
    <>
      <form className="form-grid cooperation-filters" onSubmit={(event) => event.preventDefault()} noValidate>
        <FormField id={fieldId("exportingRegionCode")} label="输出地" error={errors.exportingRegionCode}>
          <RegionSelect
            {...fieldInputProps(fieldId("exportingRegionCode"), { error: errors.exportingRegionCode })}
            aria-describedby={describedBy("exportingRegionCode")}
            value={values.exportingRegionCode}
            emptyLabel="请选择输出地"
            onChange={update("exportingRegionCode")}
          />
        </FormField>
        <FormField id={fieldId("importingRegionCode")} label="输入地" error={errors.importingRegionCode}>
          <RegionSelect
            {...fieldInputProps(fieldId("importingRegionCode"), { error: errors.importingRegionCode })}
            aria-describedby={describedBy("importingRegionCode")}
            value={values.importingRegionCode}
            emptyLabel="请选择输入地"
            onChange={update("importingRegionCode")}
          />
        </FormField>
        <p id={`${id}-regions-hint`} className="field__hint cooperation-filters__hint">
          {regionHint}
        </p>
        <FormField id={fieldId("from")} label="上岗日期从" error={errors.from}>
          <input
            {...fieldInputProps(fieldId("from"), { error: errors.from })}
            type="date"
            value={values.from}
            max={values.to || undefined}
            onChange={update("from")}
          />
        </FormField>
        <FormField id={fieldId("to")} label="至" error={errors.to}>
          <input
            {...fieldInputProps(fieldId("to"), { error: errors.to })}
            type="date"
            value={values.to}
            min={values.from || undefined}
            onChange={update("to")}
          />
        </FormField>
      </form>

      <section aria-labelledby={`${id}-result`} aria-busy={report.status === "loading"} className="coverage-section">
        <h2 id={`${id}-result`}>协作成效</h2>
        {!query && <p className="muted">请按提示选好输出地、输入地和日期。</p>}
        {query && report.status === "loading" && !report.data && <p role="status">正在统计…</p>}
        {query && isOutOfJurisdiction && (
          <div className="panel panel--error" role="alert">
            <p className="panel__title">{COOPERATION_OUT_OF_JURISDICTION}</p>
            <p>
              请把输出地或输入地改为
              {organisation ? `${organisation.name}辖区（${describeJurisdiction(organisation.regionCode)}）` : "本机构辖区"}
              内的地区。
            </p>
          </div>
        )}
        {query && report.status === "error" && !isOutOfJurisdiction && (
          <ErrorPanel error={report.error} title="协作成效加载失败" onRetry={report.reload} />
        )}
        {query && report.data && report.status !== "error" && (
          <>
            <p className="cooperation-summary" role="status">
              {describeCooperation(report.data, query)}
            </p>
            <dl className="stat-grid cooperation-tiles">
              {getCooperationTiles(report.data).map((tile) => (
                <div key={tile.key} className={`stat-tile stat-tile--${tile.key}`}>
                  <dt className="stat-tile__label">{tile.label}</dt>
                  <dd className="stat-tile__figure">
                    <span className="stat-tile__number" data-testid={`cooperation-${tile.key}`}>
                      {formatNumber(tile.value)}
                    </span>
                    <span className="stat-tile__unit">人</span>
                    {tile.note && <span className="stat-tile__note muted">{tile.note}</span>}
                  </dd>
                </div>
              ))}
            </dl>
            {report.data.transferred > 0 && <CooperationChart byPovertyStatus={report.data.byPovertyStatus} />}
            <p className="muted">
              转移就业人数：户籍在输出地、期间内在输入地开始上岗的求职者（每人只算一次）。目前在岗：其中今天仍在岗或已稳定就业的人数。
            </p>
          </>
        )}
      </section>
    </>
  );
}
