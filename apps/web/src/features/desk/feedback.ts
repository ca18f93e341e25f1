/**
 * A short sound and vibration after each check-in, so staff looking at the person rather
 * than the screen still know the outcome. Silently does nothing where unsupported.
 */
export type FeedbackKind = "success" | "duplicate" | "queued" | "error";

const PATTERNS: Record<FeedbackKind, { tones: { hz: number; ms: number }[]; vibrate: number[] }> = {
  success: { tones: [{ hz: 1046, ms: 140 }], vibrate: [120] },
  duplicate: {
    tones: [
      { hz: 784, ms: 110 },
      { hz: 784, ms: 110 },
    ],
    vibrate: [90, 70, 90],
  },
  queued: { tones: [{ hz: 659, ms: 160 }], vibrate: [60, 50, 60] },
  error: { tones: [{ hz: 220, ms: 420 }], vibrate: [350] },
};

const GAP_MS = 70;
let audio: AudioContext | null = null;

/** Must first run inside a click or key press: browsers only allow sound after a gesture. */
export function prepareFeedback(): void {
  if (audio || typeof AudioContext === "undefined") return;
  try {
    audio = new AudioContext();
  } catch {
    audio = null;
  }
}

export function giveFeedback(kind: FeedbackKind): void {
  const pattern = PATTERNS[kind];
  if (typeof navigator !== "undefined" && "vibrate" in navigator) {
    try {
      navigator.vibrate(pattern.vibrate);
    } catch {
      // Some browsers throw when vibration is blocked by a setting.
    }
  }
  if (!audio) return;
  if (audio.state === "suspended") void audio.resume();
  let start = audio.currentTime + 0.01;
  for (const tone of pattern.tones) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = kind === "error" ? "square" : "sine";
    oscillator.frequency.value = tone.hz;
    const end = start + tone.ms / 1000;
    // A quick fade in and out avoids clicks.
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.25, start + 0.01);
    gain.gain.setValueAtTime(0.25, end - 0.02);
    gain.gain.linearRampToValueAtTime(0, end);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(end);
    start = end + GAP_MS / 1000;
  }
}
