import type { Fair } from "@xiezuo/contracts";
import { useId, useState } from "react";
import { Link } from "react-router";
import { QrCode } from "../badges/index.ts";
import { getRegistrationUrl } from "./registration-link.ts";
import "./registration-share.css";

/** 网上报名: the link to share in village groups, and a printable QR poster for the notice board. */
export function FairRegistrationShare({ fair }: { fair: Fair }) {
  const id = useId();
  const url = getRegistrationUrl(fair.id);
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  // After the fair nobody can sign up any more: nothing to share.
  if (fair.status === "CLOSED") return null;

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("done");
    } catch {
      // No clipboard permission (or plain http): the field is selected for a manual copy.
      document.getElementById(`${id}-url`)?.focus();
      setCopied("failed");
    }
  }

  return (
    <section className="card registration-share" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>网上报名</h2>
      <p className="muted">
        求职者用自己的手机打开这个链接报名，验证手机号后就有签到二维码，到现场扫码即可签到。可以发到村里的微信群，或打印海报贴在村部。
      </p>
      <div className="registration-share__layout">
        <div className="registration-share__qr">
          <QrCode text={url} label={`${fair.title}报名二维码`} />
        </div>
        <div className="registration-share__actions">
          <div className="field">
            <label htmlFor={`${id}-url`}>报名链接</label>
            <input
              id={`${id}-url`}
              type="text"
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="registration-url"
            />
          </div>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={handleCopy}>
              复制链接
            </button>
            <Link className="button" to={`/fairs/${fair.id}/poster`}>
              打印报名海报
            </Link>
          </div>
          <p className="form-success" role="status">
            {copied === "done" ? "链接已复制，可以粘贴到微信群。" : ""}
          </p>
          {copied === "failed" && <p className="muted">这个浏览器不能自动复制，链接已选中，请长按或按 Ctrl+C 复制。</p>}
        </div>
      </div>
    </section>
  );
}
