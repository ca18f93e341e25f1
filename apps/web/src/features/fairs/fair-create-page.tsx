import { Link, useNavigate } from "react-router";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FairForm } from "./fair-form.tsx";
import { EMPTY_FAIR_FORM } from "./fair-form-model.ts";

export function FairCreatePage() {
  useDocumentTitle("新建招聘会");
  const navigate = useNavigate();
  return (
    <section aria-labelledby="fair-create-title" className="manage-page manage-page--narrow">
      <p className="back-link">
        <Link to="/fairs">← 返回招聘会列表</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1 id="fair-create-title">新建招聘会</h1>
          <p className="muted">新建后处于“筹备中”：可以先邀请企业、安排展位，到时间再开始。</p>
        </div>
      </div>
      <FairForm
        initial={EMPTY_FAIR_FORM}
        onSaved={(fair) => navigate(`/fairs/${fair.id}`, { state: { saved: "招聘会已创建，现在可以邀请企业参会。" } })}
      />
    </section>
  );
}
