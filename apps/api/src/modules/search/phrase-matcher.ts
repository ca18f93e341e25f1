// Finds known phrases (places, benefits, employer short names) in a query in one pass:
// at each position the longest phrase starting there wins, and matches never overlap.
// Thousands of employer names cost a map lookup per character, not a scan per name.
export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  findAll(text: string): PhraseMatch[];
}

export function createPhraseMatcher(phrases: Iterable<string>): PhraseMatcher {
  const byFirst = new Map<string, string[]>();
  for (const phrase of new Set(phrases)) {
    if (!phrase) continue;
    const list = byFirst.get(phrase[0]!) ?? [];
    list.push(phrase);
    byFirst.set(phrase[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return {
    findAll(text) {
      const found: PhraseMatch[] = [];
      for (let i = 0; i < text.length; ) {
        const phrase = byFirst.get(text[i]!)?.find((p) => text.startsWith(p, i));
        if (phrase) {
          found.push({ phrase, start: i, end: i + phrase.length });
          i += phrase.length;
        } else i++;
      }
      return found;
    },
  };
}

export const NO_PHRASES: PhraseMatcher = { findAll: () => [] };
