import type { BadgeResponse } from "@xiezuo/contracts";
import { BadgeQr } from "./badge-qr.tsx";
import "./badges.css";

/** One badge: brand, QR, name and masked ID number. Sized in millimetres for the A4 sheet. */
export function BadgeCard({ badge }: { badge: BadgeResponse }) {
  return (
    <article className="badge-card" aria-label={`${badge.seeker.name}的胸牌`}>
      <header className="badge-card__brand">
        <span className="badge-card__logo">协作</span>
        <span>劳务协作 · 求职者胸牌</span>
      </header>
      <div className="badge-card__body">
        <BadgeQr token={badge.token} label={`${badge.seeker.name}的签到二维码`} />
        <div className="badge-card__who">
          <p className="badge-card__name">{badge.seeker.name}</p>
          <p className="badge-card__id">{badge.seeker.idNumberMasked}</p>
          <p className="badge-card__hint">到招聘会签到台出示二维码即可签到</p>
        </div>
      </div>
    </article>
  );
}
