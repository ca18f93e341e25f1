import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { getMySubsidies } from "./subsidies-api.ts";
import { describeMySubsidy } from "./subsidy-model.ts";

/** 我的补贴 on the seeker's page: what was paid to them without applying; nothing shown when there is none. */
export function MySubsidiesSection() {
  const subsidies = useApiData((signal) => getMySubsidies(signal), [], { key: ["me", "subsidies"] });
  if (subsidies.status === "error" && !subsidies.data)
    return <ErrorPanel error={subsidies.error} title="补贴信息加载失败" onRetry={subsidies.reload} />;
  const paid = subsidies.data ?? [];
  if (paid.length === 0) return null;
  return (
    <section className="my-section card" aria-labelledby="my-subsidies-title">
      <h2 id="my-subsidies-title">我的补贴</h2>
      <ul className="my-subsidies">
        {paid.map((subsidy) => (
          <li key={subsidy.entryId}>
            <strong>{describeMySubsidy(subsidy)}</strong>
            <span className="muted">
              {" "}
              {subsidy.ruleName}
              {subsidy.paidOn ? `（${subsidy.paidOn} 发放）` : ""}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">符合政策的补贴直接发到您的社保卡或银行卡，不用申请。</p>
    </section>
  );
}
