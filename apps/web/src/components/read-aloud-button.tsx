import { useId } from "react";
import { useSpeech } from "../lib/use-speech.ts";

/** A large 朗读 button that reads `text` aloud, and turns into 停止 while speaking. */
export function ReadAloudButton({ text }: { text: string }) {
  const { status, hasChineseVoice, speak, stop } = useSpeech();
  const hintId = useId();

  if (status === "unsupported") {
    return (
      <div className="read-aloud">
        <button type="button" className="button read-aloud__button" disabled aria-describedby={hintId}>
          <SpeakerIcon />
          朗读
        </button>
        <p id={hintId} className="read-aloud__hint">
          这个浏览器不支持朗读。可以换用手机自带的浏览器，或请身边的人帮忙读一读。
        </p>
      </div>
    );
  }

  const isSpeaking = status === "speaking";
  return (
    <div className="read-aloud">
      {isSpeaking ? (
        <button type="button" className="button read-aloud__button read-aloud__button--stop" onClick={stop}>
          <StopIcon />
          停止朗读
        </button>
      ) : (
        <button type="button" className="button read-aloud__button" onClick={() => speak(text)} aria-describedby={hintId}>
          <SpeakerIcon />
          朗读
        </button>
      )}
      <p id={hintId} className="read-aloud__hint" role="status">
        {isSpeaking
          ? "正在朗读…"
          : status === "no-voice"
            ? "这台手机没有装中文语音，不能朗读。可以请身边的人帮忙读，或问现场工作人员。"
            : status === "error"
              ? "朗读没有成功，请再点一次“朗读”。"
              : hasChineseVoice === false
                ? "本设备没有中文语音，朗读可能不清楚。"
                : "点一下，把这个岗位读给您听"}
      </p>
    </div>
  );
}

function SpeakerIcon() {
  return (
    <svg className="read-aloud__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 9v6h4l5 4V5L8 9H4z" />
      <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" className="read-aloud__waves" />
    </svg>
  );
}

function StopIcon() {
  return (
    <svg className="read-aloud__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
    </svg>
  );
}
