import { Link, useNavigate, useParams } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { getPosition } from "../jobs/index.ts";
import { PositionForm } from "./position-form.tsx";
import { toPositionFormValues } from "./position-form-model.ts";

export function PositionEditPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const position = useApiData((signal) => getPosition(id, signal), [id]);
  useDocumentTitle(position.data ? `修改「${position.data.title}」` : "修改岗位");
  // The position page is public, so check ownership here; the API refuses others' edits anyway.
  const isOthers = user.role === "EMPLOYER" && position.data !== null && position.data.employerId !== user.employerId;

  return (
    <section aria-labelledby="position-edit-title" className="manage-page manage-page--narrow">
      <p className="back-link">
        <Link to="/positions">← 返回{user.role === "ADMIN" ? "岗位管理" : "我的岗位"}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1 id="position-edit-title">修改岗位</h1>
          {position.data && <p className="muted">招聘单位：{position.data.employer.name}</p>}
        </div>
      </div>
      {position.status === "loading" && !position.data && <p role="status">正在加载岗位…</p>}
      {position.status === "error" && <ErrorPanel error={position.error} title="岗位加载失败" onRetry={position.reload} />}
      {isOthers && (
        <div className="panel panel--error" role="alert">
          <p className="panel__title">不能修改这个岗位</p>
          <p>这个岗位不属于您的单位。</p>
        </div>
      )}
      {position.data && !isOthers && (
        <>
          {position.data.status === "CLOSED" && <p className="notice">这个岗位已停止招聘。修改后仍不会重新出现在找工作里。</p>}
          <PositionForm
            key={position.data.id}
            initial={toPositionFormValues(position.data)}
            original={position.data}
            canChooseEmployer={false}
            ownEmployerId={user.employerId}
            onSaved={(saved) => navigate("/positions", { state: { saved: `已保存「${saved.title}」的修改。` } })}
          />
        </>
      )}
    </section>
  );
}
