import { useCallback, useEffect, useRef, useState } from "react";
import { prepareFeedback } from "./feedback.ts";
import { decodeBadgeFrame, fitFrame } from "./qr-frame.ts";
import "./camera.css";

/** About seven frames a second: quick enough to feel instant, light on a phone's battery. */
const FRAME_INTERVAL_MS = 140;
/** The same badge held in front of the camera is read once, not again and again. */
const SAME_BADGE_PAUSE_MS = 4_000;

type CameraState =
  | { status: "off" }
  | { status: "starting" }
  | { status: "on" }
  | { status: "denied" }
  | { status: "unavailable"; reason: string };

function describeCameraError(error: unknown): CameraState {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return { status: "denied" };
  if (name === "NotFoundError" || name === "OverconstrainedError")
    return { status: "unavailable", reason: "这台设备没有找到可用的摄像头。" };
  if (name === "NotReadableError") return { status: "unavailable", reason: "摄像头正被其他应用使用，请关闭其他应用后再试。" };
  return { status: "unavailable", reason: "摄像头无法打开，请改用下面的输入方式。" };
}

/**
 * Reads badge QR codes with the phone's back camera: getUserMedia → <video> → canvas → jsQR.
 * `action` names what a read does, in the hints ("签到" at the desk, "上车" at a transfer's bus).
 */
export function CameraScanner({ onToken, action = "签到" }: { onToken: (token: string) => void; action?: string }) {
  const [state, setState] = useState<CameraState>({ status: "off" });
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timerRef = useRef<number | null>(null);
  const lastRead = useRef<{ token: string; at: number } | null>(null);
  const onTokenRef = useRef(onToken);
  onTokenRef.current = onToken;

  const stop = useCallback(() => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
    setState((previous) => (previous.status === "on" || previous.status === "starting" ? { status: "off" } : previous));
  }, []);

  useEffect(() => stop, [stop]);

  const scanFrame = useCallback((canvas: HTMLCanvasElement) => {
    const video = videoRef.current;
    if (!video || !streamRef.current) return;
    if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      const { width, height } = fitFrame(video.videoWidth, video.videoHeight);
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext("2d", { willReadFrequently: true });
      if (context) {
        context.drawImage(video, 0, 0, width, height);
        const token = decodeBadgeFrame(context.getImageData(0, 0, width, height).data, width, height);
        const now = Date.now();
        const last = lastRead.current;
        if (token && !(last && last.token === token && now - last.at < SAME_BADGE_PAUSE_MS)) {
          lastRead.current = { token, at: now };
          onTokenRef.current(token);
        } else if (token && last) {
          last.at = now;
        }
      }
    }
    timerRef.current = window.setTimeout(() => scanFrame(canvas), FRAME_INTERVAL_MS);
  }, []);

  async function start() {
    prepareFeedback();
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ status: "unavailable", reason: "这个浏览器不能使用摄像头（需要安全连接 https）。请改用下面的输入方式。" });
      return;
    }
    setState({ status: "starting" });
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
      streamRef.current = stream;
      const video = videoRef.current;
      if (!video) return;
      video.srcObject = stream;
      await video.play();
      setState({ status: "on" });
      scanFrame(document.createElement("canvas"));
    } catch (error) {
      stop();
      setState(describeCameraError(error));
    }
  }

  const isOn = state.status === "on" || state.status === "starting";
  return (
    <div className="camera">
      <div className="camera__frame" data-on={isOn}>
        {/* No controls, so not focusable; results are announced by the result panel. */}
        <video ref={videoRef} className="camera__video" muted playsInline />
        {isOn && <span className="camera__target" aria-hidden="true" />}
        {!isOn && (
          <div className="camera__placeholder">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="camera__icon">
              <path d="M4 8V5h3M17 5h3v3M20 16v3h-3M7 19H4v-3M8 9h3v3H8zM13 13h3v3h-3zM13 9h3M8 15h2" />
            </svg>
          </div>
        )}
      </div>
      <div className="camera__controls">
        {isOn ? (
          <>
            <p className="camera__hint" role="status">
              {state.status === "starting" ? "正在打开摄像头…" : `把胸牌上的二维码对准框内，读到后会自动${action}。`}
            </p>
            <button type="button" className="button button--secondary" onClick={stop}>
              关闭摄像头
            </button>
          </>
        ) : (
          <>
            <p className="camera__hint">需要用手机摄像头读取胸牌上的二维码。浏览器询问时，请点「允许」。</p>
            <button type="button" className="button button--block" onClick={start}>
              打开摄像头扫码
            </button>
          </>
        )}
        {state.status === "denied" && (
          <p className="notice" role="alert">
            没有得到摄像头权限。请在浏览器的网站设置里允许使用摄像头后再点上面的按钮，或改用扫码枪、身份证号{action}。
          </p>
        )}
        {state.status === "unavailable" && (
          <p className="notice" role="alert">
            {state.reason}
          </p>
        )}
      </div>
    </div>
  );
}
