const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6
}

/** Pages often label the line; the label says nothing about the date itself. */
const LABEL = /^(?:(?:first |last )?(?:published|updated|posted)(?: on)?\s*:?\s+)/i
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_FIRST = /^(?:([a-z]+)\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i
const DAY_FIRST = /^(?:([a-z]+)\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i

/**
 * Reads a line that is nothing but a date, as ISO 'YYYY-MM-DD'. Only whole lines count, so a year
 * mentioned in prose is never taken for the publication date.
 */
export function parseDateLine(line: string): string | null {
  const text = line.trim().replace(LABEL, '')
  const iso = ISO.exec(text)
  if (iso) return checkedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), undefined)
  const monthFirst = MONTH_FIRST.exec(text)
  if (monthFirst) {
    const [, weekday, month, day, year] = monthFirst
    return checkedDate(Number(year), monthNumber(month), Number(day), weekday)
  }
  const dayFirst = DAY_FIRST.exec(text)
  if (dayFirst) {
    const [, weekday, day, month, year] = dayFirst
    return checkedDate(Number(year), monthNumber(month), Number(day), weekday)
  }
  return null
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0
}

/** Rejects days a calendar does not have, and a weekday that contradicts the date. */
function checkedDate(year: number, month: number, day: number, weekday: string | undefined): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (weekday !== undefined) {
    const expected = WEEKDAYS[weekday.toLowerCase()]
    if (expected === undefined || expected !== new Date(Date.UTC(year, month - 1, day)).getUTCDay()) return null
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
