import { Link, useNavigate, useParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FairForm } from "./fair-form.tsx";
import { toFairFormValues } from "./fair-form-model.ts";
import { getFair } from "./fairs-api.ts";

export function FairEditPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const fair = useApiData((signal) => getFair(id, signal), [id]);
  useDocumentTitle("修改招聘会");
  return (
    <section aria-labelledby="fair-edit-title" className="manage-page manage-page--narrow">
      <p className="back-link">
        <Link to={`/fairs/${id}`}>← 返回招聘会</Link>
      </p>
      <div className="page-heading">
        <h1 id="fair-edit-title">修改招聘会</h1>
      </div>
      {fair.status === "loading" && !fair.data && <p role="status">正在加载招聘会…</p>}
      {fair.status === "error" && <ErrorPanel error={fair.error} title="招聘会加载失败" onRetry={fair.reload} />}
      {fair.data && (
        <FairForm
          key={fair.data.id}
          initial={toFairFormValues(fair.data)}
          original={fair.data}
          onSaved={(saved) => navigate(`/fairs/${saved.id}`, { state: { saved: "招聘会信息已保存。" } })}
        />
      )}
    </section>
  );
}
