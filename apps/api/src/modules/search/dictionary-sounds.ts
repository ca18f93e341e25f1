// How the fixed dictionary sounds: job-family words and place names (homophones, slips
// and pinyin), then condition words (包吃住, 国企) and filler (找工作), read from pinyin and
// homophones only. Built once at start-up; employer names have their own index
// (employer-directory.ts), consulted after this one.
import { JOB_FAMILIES } from "./job-families.ts";
import { PLACE_NAMES } from "./places.ts";
import { BENEFITS, EMPLOYER_KIND_WORDS, FILLER_PHRASES } from "./query-vocabulary.ts";
import { combineSoundIndexes, createSoundIndex, type SoundIndex } from "./sound-index.ts";

/** What a word stands for: its families (电焊 and 点焊: welding), or the cities a place name covers. */
function buildSenses(): Map<string, string> {
  const senses = new Map<string, string>();
  for (const family of JOB_FAMILIES) {
    for (const term of family.terms) senses.set(term, [senses.get(term), family.key].filter(Boolean).join(" "));
  }
  for (const place of PLACE_NAMES) if (!senses.has(place.name)) senses.set(place.name, `@${[...place.cities].sort().join(" ")}`);
  return senses;
}

const SENSES = buildSenses();

export const DICTIONARY_SOUNDS: SoundIndex = combineSoundIndexes(
  createSoundIndex(SENSES.keys(), { slips: true, senseOf: (word) => SENSES.get(word) ?? word }),
  createSoundIndex([...BENEFITS.map((b) => b.phrase), ...EMPLOYER_KIND_WORDS.map((w) => w.phrase), ...FILLER_PHRASES], { slips: false }),
);
