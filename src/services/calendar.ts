import { addPhoneCalendar, canAddPhoneCalendar } from '@/platform'

export interface CalendarEntry {
  title: string
  startsAt: string
  endsAt: string
  location?: string
  description?: string
}

/** What this platform can do: the weapp's phone calendar, an .ics download on H5, or nothing. */
export function calendarSupport(): 'phone' | 'ics' | null {
  if (process.env.TARO_ENV === 'h5') return typeof document !== 'undefined' && typeof Blob !== 'undefined' ? 'ics' : null
  return canAddPhoneCalendar() ? 'phone' : null
}

const icsTime = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/[,;]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')

/** An RFC 5545 calendar with one event, in UTC so every calendar app shows the right local time. */
export function buildIcs(entry: CalendarEntry, uid: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//member-circle//calendar//ZH',
    'BEGIN:VEVENT',
    `UID:${uid}@member-circle`,
    `DTSTAMP:${icsTime(new Date().toISOString())}`,
    `DTSTART:${icsTime(entry.startsAt)}`,
    `DTEND:${icsTime(entry.endsAt)}`,
    `SUMMARY:${icsText(entry.title)}`,
    ...(entry.location ? [`LOCATION:${icsText(entry.location)}`] : []),
    ...(entry.description ? [`DESCRIPTION:${icsText(entry.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}

export async function addToCalendar(entry: CalendarEntry, uid: string): Promise<void> {
  const support = calendarSupport()
  if (support === 'phone') {
    const added = await addPhoneCalendar({
      title: entry.title,
      startTime: Math.floor(Date.parse(entry.startsAt) / 1000),
      endTime: Math.floor(Date.parse(entry.endsAt) / 1000),
      location: entry.location,
      description: entry.description,
    })
    // The caller shows its "could not add" toast on a rejection; a cancel is the member's choice.
    if (!added.ok && added.reason !== 'cancelled') throw new Error(added.message ?? added.reason)
    return
  }
  if (support === 'ics') {
    const url = URL.createObjectURL(new Blob([buildIcs(entry, uid)], { type: 'text/calendar;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `${uid}.ics`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
}
