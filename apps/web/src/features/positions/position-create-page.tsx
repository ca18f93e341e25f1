import { Link, useNavigate } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PositionForm } from "./position-form.tsx";
import { EMPTY_POSITION_FORM } from "./position-form-model.ts";

export function PositionCreatePage() {
  useDocumentTitle("发布岗位");
  const user = useCurrentUser();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="position-create-title" className="manage-page manage-page--narrow">
      <p className="back-link">
        <Link to="/positions">← 返回{user.role === "ADMIN" ? "岗位管理" : "我的岗位"}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1 id="position-create-title">发布岗位</h1>
          <p className="muted">用求职者听得懂的话写清楚：干什么、在哪里、挣多少、包不包吃住。</p>
        </div>
      </div>
      <PositionForm
        initial={EMPTY_POSITION_FORM}
        canChooseEmployer={user.role === "ADMIN"}
        ownEmployerId={user.employerId}
        onSaved={(position) => navigate("/positions", { state: { saved: `已发布「${position.title}」，求职者几秒内就能搜到。` } })}
      />
    </section>
  );
}
