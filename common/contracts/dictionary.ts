/** The codes of a code ↔ label dictionary as a non-empty tuple, ready for `z.enum`. */
export function codesOf<const D extends readonly { code: string }[]>(
  dictionary: D,
): [D[number]['code'], ...D[number]['code'][]] {
  return dictionary.map((entry) => entry.code) as [D[number]['code'], ...D[number]['code'][]];
}
