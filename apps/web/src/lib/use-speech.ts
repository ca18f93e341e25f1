import { useCallback, useEffect, useRef, useState } from "react";
import { splitForSpeech } from "./speech-chunks.ts";

export type SpeechStatus = "unsupported" | "idle" | "speaking" | "error" | "no-voice";

function getSynth(): SpeechSynthesis | null {
  if (typeof window === "undefined" || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") return null;
  return window.speechSynthesis;
}

function findChineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  const voices = synth.getVoices();
  return (
    voices.find((voice) => voice.lang.toLowerCase() === "zh-cn") ??
    voices.find((voice) => voice.lang.toLowerCase().startsWith("zh")) ??
    null
  );
}

/** Reads text aloud with the browser's own speech engine; nothing leaves the device. */
export function useSpeech() {
  const synth = getSynth();
  const [status, setStatus] = useState<SpeechStatus>(synth ? "idle" : "unsupported");
  const [hasChineseVoice, setHasChineseVoice] = useState<boolean | null>(null);
  // Each run gets a number, so the end of a cancelled run cannot reset a newer one.
  const run = useRef(0);

  useEffect(() => {
    if (!synth) return;
    // Voices load asynchronously in Chrome; an empty list means "not known yet".
    const check = () => {
      const voices = synth.getVoices();
      setHasChineseVoice(voices.length === 0 ? null : findChineseVoice(synth) !== null);
    };
    check();
    synth.addEventListener("voiceschanged", check);
    return () => {
      synth.removeEventListener("voiceschanged", check);
      run.current += 1;
      synth.cancel();
    };
  }, [synth]);

  const speak = useCallback(
    (text: string) => {
      if (!synth) return;
      const current = ++run.current;
      synth.cancel();
      const chunks = splitForSpeech(text);
      if (chunks.length === 0) return;
      const voice = findChineseVoice(synth);
      chunks.forEach((chunk, index) => {
        const utterance = new SpeechSynthesisUtterance(chunk);
        utterance.lang = "zh-CN";
        utterance.rate = 0.9; // a little slower than default: clearer for older listeners
        if (voice) utterance.voice = voice;
        if (index === chunks.length - 1) {
          utterance.onend = () => {
            if (run.current === current) setStatus("idle");
          };
        }
        utterance.onerror = (event) => {
          if (run.current !== current) return;
          // "interrupted"/"canceled" come from our own stop button; a missing language or voice
          // is the device's lack of Chinese speech, not something the listener can fix.
          if (event.error === "interrupted" || event.error === "canceled") setStatus("idle");
          else if (event.error === "language-unavailable" || event.error === "voice-unavailable") setStatus("no-voice");
          else setStatus(voice ? "error" : "no-voice");
        };
        synth.speak(utterance);
      });
      setStatus("speaking");
    },
    [synth],
  );

  const stop = useCallback(() => {
    if (!synth) return;
    run.current += 1;
    synth.cancel();
    setStatus("idle");
  }, [synth]);

  return { status, hasChineseVoice, speak, stop };
}
