// Finds raw ID and phone numbers in any text the platform lets out: as typed, with the ID's
// check character in either case, and with the separators people type (spaces, dashes,
// dots…) taken out of the text first, so "138-1234-5678" counts as 13812345678.

export interface PersonNumbers {
  idNumber: string;
  phone: string;
}

export interface Needle {
  kind: "idNumber" | "phone";
  value: string;
}

export interface Hit {
  source: string;
  needle: Needle;
  excerpt: string;
}

const SEPARATORS = /[\s\-\u2010-\u2015.·_/()+]|%20|%2D/gi;

export function needlesFor(people: readonly PersonNumbers[]): Needle[] {
  const out = new Map<string, Needle>();
  for (const { idNumber, phone } of people) {
    const id = idNumber.toUpperCase();
    for (const value of [id, id.slice(0, -1) + id.slice(-1).toLowerCase()]) out.set(value, { kind: "idNumber", value });
    const digits = phone.replace(/\D/g, "").replace(/^86(?=1\d{10}$)/, "");
    out.set(digits, { kind: "phone", value: digits });
  }
  return [...out.values()];
}

function decodeLoosely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every place a needle occurs in the text, looked for as is, URL-decoded and without separators. */
export function scanText(source: string, text: string, needles: readonly Needle[]): Hit[] {
  const views = [text, decodeLoosely(text)].flatMap((view) => [view, view.replace(SEPARATORS, "")]);
  const hits: Hit[] = [];
  for (const needle of needles) {
    for (const view of views) {
      const at = view.indexOf(needle.value);
      if (at >= 0) {
        hits.push({ source, needle, excerpt: view.slice(Math.max(0, at - 40), at + needle.value.length + 40) });
        break;
      }
    }
  }
  return hits;
}

/** Collected text by where it came from (a response, a log line, an index…), scanned in one go. */
export class Corpus {
  private readonly items: { source: string; text: string }[] = [];

  add(source: string, text: string): void {
    this.items.push({ source, text });
  }

  get size(): number {
    return this.items.length;
  }

  scan(needles: readonly Needle[]): Hit[] {
    return this.items.flatMap(({ source, text }) => scanText(source, text, needles));
  }
}
