/**
 * Splits text into pieces no longer than `maxLength`, at sentence ends where possible.
 * Chrome stops a single long utterance after about 15 seconds; short queued ones play on.
 */
export function splitForSpeech(text: string, maxLength = 80): string[] {
  const sentences = text.match(/[^。！？!?；;]+[。！？!?；;]*/g) ?? [];
  const chunks: string[] = [];
  let current = "";
  for (const raw of sentences) {
    const piece = raw.trim();
    if (!piece) continue;
    if (current && current.length + piece.length > maxLength) {
      chunks.push(current);
      current = "";
    }
    if (piece.length <= maxLength) {
      current += piece;
      continue;
    }
    // One very long sentence: cut at commas, then hard at the limit.
    for (const part of piece.match(/[^，,、]+[，,、]*/g) ?? [piece]) {
      for (let start = 0; start < part.length; start += maxLength) {
        const slice = part.slice(start, start + maxLength);
        if (current && current.length + slice.length > maxLength) {
          chunks.push(current);
          current = "";
        }
        current += slice;
      }
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
