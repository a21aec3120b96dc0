const APOSTROPHES = '\u2018\u2019\u201A\u201B\u2032\u02BC'
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033'
const NON_ASCII = /[\u0080-\uffff]/g
const COMBINING_MARKS = /\p{M}/gu

const folded = new Map<string, string>()

/**
 * One UTF-16 unit folded: curly quotes made straight, compatibility-decomposed with its accents dropped, lower case.
 * A unit whose folded form would be longer or shorter (`ﬁ` → `fi`) keeps its own lower case, or itself.
 */
function foldUnit(unit: string): string {
  if (APOSTROPHES.includes(unit)) return "'"
  if (DOUBLE_QUOTES.includes(unit)) return '"'
  const stripped = unit.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase()
  if (stripped.length === unit.length) return stripped
  const lower = unit.toLowerCase()
  return lower.length === unit.length ? lower : unit
}

function cachedFold(unit: string): string {
  let result = folded.get(unit)
  if (result === undefined) {
    result = foldUnit(unit)
    folded.set(unit, result)
  }
  return result
}

/**
 * Folds a text for matching, so that `Café`, `cafe` and `CAFÉ` meet and `didn’t` meets `didn't`. Every UTF-16 unit
 * becomes exactly one, so an offset into the folded text is the same offset into the original: matches found in the
 * folded text mark the original without a map. Only non-ASCII units take the slow path, and each is worked out once.
 */
export function foldText(text: string): string {
  return text.replace(NON_ASCII, cachedFold).toLowerCase()
}
