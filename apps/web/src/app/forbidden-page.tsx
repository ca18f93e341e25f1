import { Link } from "react-router";
import { useDocumentTitle } from "../lib/use-document-title.ts";

export function ForbiddenPage() {
  useDocumentTitle("没有权限");
  return (
    <section className="message-page">
      <h1>没有权限访问此页面</h1>
      <p>这个页面只对特定角色开放。如需使用，请联系人社局管理员为您开通。</p>
      <Link className="button" to="/fairs">
        返回招聘会列表
      </Link>
    </section>
  );
}
