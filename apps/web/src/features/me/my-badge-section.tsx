import { useEffect } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { BadgeQr } from "../badges/index.ts";
import { cacheBadgeToken, readCachedBadgeToken } from "./badge-cache.ts";
import { getMyBadge } from "./me-api.ts";

/** The seeker's QR badge, big enough for the desk's camera; kept on the phone for the fair ground. */
export function MyBadgeSection() {
  const badge = useApiData((signal) => getMyBadge(signal), []);

  useEffect(() => {
    if (badge.data) cacheBadgeToken(badge.data.token);
  }, [badge.data]);

  const cached = badge.status === "error" ? readCachedBadgeToken() : null;
  return (
    <section className="card my-badge" aria-labelledby="my-badge-title" aria-busy={badge.status === "loading"}>
      <h2 id="my-badge-title">签到二维码</h2>
      {badge.status === "loading" && !badge.data && (
        <div className="my-badge__placeholder" role="status">
          正在生成二维码…
        </div>
      )}
      {badge.data && <BadgeView token={badge.data.token} name={badge.data.name} />}
      {badge.status === "error" && !badge.data && cached && (
        <>
          <BadgeView token={cached} name={null} />
          <p className="notice">网络不好，显示的是保存在这部手机上的二维码，签到照样能用。</p>
        </>
      )}
      {badge.status === "error" && !badge.data && !cached && (
        <ErrorPanel error={badge.error} title="二维码暂时显示不出来" onRetry={badge.reload} />
      )}
    </section>
  );
}

/** QR, name and what to do with it. `name` is null offline: only the token is kept on the phone. */
export function BadgeView({ token, name }: { token: string; name: string | null }) {
  return (
    <div className="my-badge__view" data-testid="my-badge">
      <div className="my-badge__qr">
        <BadgeQr token={token} label={name ? `${name}的签到二维码` : "我的签到二维码"} />
      </div>
      {name && <p className="my-badge__name">{name}</p>}
      <p className="my-badge__hint">到了招聘会，把这个二维码给签到台的工作人员扫一下就签到了。看企业展位时也可以出示。</p>
    </div>
  );
}
