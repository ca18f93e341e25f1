// Text PostgreSQL cannot store, or Prisma cannot send: U+0000, and lone UTF-16 surrogates
// (JSON allows "\ud800"; Prisma's query protocol rejects it). Let through, either fails in
// the database as a 500 after the request was accepted; the edge answers 400 instead.

type Key = string | number;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text cannot be stored, in words for the client, or null when it can. */
export function describeUnstorableText(text: string): string | null {
  if (text.includes("\u0000")) return "不能包含空字符";
  if (LONE_SURROGATE.test(text)) return "含有无效的字符（不成对的 UTF-16 代理项）";
  return null;
}

interface Visit {
  value: unknown;
  key: Key | null;
  parent: Visit | null;
}

function pathOf(visit: Visit, last?: Key): Key[] {
  const reversed: Key[] = last === undefined ? [] : [last];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) reversed.push(at.key);
  return reversed.reverse();
}

/**
 * The first string (or key) that cannot be stored, with its path. Iterative, and each node
 * points at its parent instead of copying its path: input may nest very deeply.
 */
export function findUnstorableText(value: unknown): { path: Key[]; message: string } | null {
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (typeof current === "string") {
      const message = describeUnstorableText(current);
      if (message) return { path: pathOf(visit), message };
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) stack.push({ value: current[index], key: index, parent: visit });
    } else if (current !== null && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        const message = describeUnstorableText(key);
        if (message) return { path: pathOf(visit, key), message };
        stack.push({ value: item, key, parent: visit });
      }
    }
  }
  return null;
}
