import { Link } from "react-router";
import { useDocumentTitle } from "../lib/use-document-title.ts";

export function NotFoundPage() {
  useDocumentTitle("找不到页面");
  return (
    <section className="message-page">
      <p className="message-page__code" aria-hidden="true">
        404
      </p>
      <h1>找不到这个页面</h1>
      <p>网址可能输错了，或者页面已被移除。</p>
      <Link className="button" to="/fairs">
        返回招聘会列表
      </Link>
    </section>
  );
}
