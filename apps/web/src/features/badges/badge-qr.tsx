import { useMemo } from "react";
import { drawBadgeQr } from "./qr-model.ts";
import "./badges.css";

/** The badge's QR code as crisp SVG; it encodes the opaque token only. */
export function BadgeQr({ token, label }: { token: string; label: string }) {
  return <QrCode text={token} label={label} />;
}

/** Any short text as a QR code drawn the same way, e.g. a fair's registration link on its poster. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const drawing = useMemo(() => drawBadgeQr(text), [text]);
  return (
    <svg className="badge-qr" viewBox={`0 0 ${drawing.size} ${drawing.size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
