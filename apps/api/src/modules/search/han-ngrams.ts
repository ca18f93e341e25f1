// Meilisearch segments Chinese with jieba, so 焊工 is not found inside the token 电焊工.
// Indexing every 2- and 3-character Han substring as its own word makes a short query
// match anywhere inside a title: jieba segments the query exactly as it segments the
// identical n-gram in the document.
const HAN_RUN = /[\p{Script=Han}]+/gu;

/** The runs of Han characters in the text, in order. */
export function listHanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

/** Distinct Han n-grams (sizes given, default 2 and 3) of every Han run in the texts. */
export function buildHanNgrams(texts: readonly string[], sizes: readonly number[] = [2, 3]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    for (const run of listHanRuns(text)) {
      const chars = Array.from(run);
      for (const size of sizes) {
        for (let i = 0; i + size <= chars.length; i++) grams.add(chars.slice(i, i + size).join(""));
      }
    }
  }
  return [...grams];
}
