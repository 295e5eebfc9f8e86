/** The codes of a code ↔ label dictionary as a non-empty tuple, ready for `z.enum`. */
export function codesOf<const D extends readonly { code: string }[]>(
  dictionary: D,
): [D[number]['code'], ...D[number]['code'][]] {
  return dictionary.map((entry) => entry.code) as [D[number]['code'], ...D[number]['code'][]];
}

/** The label of a dictionary code (an unknown code comes back as it is). */
export function labelOf(dictionary: readonly { code: string; label: string }[], code: string): string {
  return dictionary.find((entry) => entry.code === code)?.label ?? code;
}
