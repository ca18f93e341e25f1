import { Link } from "react-router";
import { useDocumentTitle } from "../lib/use-document-title.ts";
import { useAuth } from "./auth-provider.tsx";

export function ForbiddenPage() {
  useDocumentTitle("没有权限");
  const { state } = useAuth();
  const isSeeker = state.status === "signed-in" && state.user.role === "SEEKER";
  return (
    <section className="message-page">
      <h1>没有权限访问此页面</h1>
      <p>这个页面只对特定角色开放。如需使用，请联系人社局管理员为您开通。</p>
      {isSeeker ? (
        <Link className="button" to="/me">
          返回我的页面
        </Link>
      ) : (
        <Link className="button" to="/fairs">
          返回招聘会列表
        </Link>
      )}
    </section>
  );
}
