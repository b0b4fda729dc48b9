import { Button, Text } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import { addToCalendar, calendarSupport } from '@/services/calendar'
import { formatShanghai } from '@/lib/format'

/**
 * 提醒我 beside an early-bird item not open yet: the member's own opening time goes into the
 * phone's calendar (weapp) or an .ics the browser hands to it (H5). There is no early-bird push
 * topic, so a calendar entry is the honest reminder; where neither exists, the time is said to note.
 */
export function EarlyBirdRemind({ id, title, opensAt }: { id: string; title: string; opensAt: string }) {
  const [said, setSaid] = useState<string | null>(null)
  const when = formatShanghai(opensAt, 'M月D日 HH:mm')
  if (!calendarSupport()) return <Text className='content__meta'>请记下开放时间：{when}</Text>
  if (said) return <Text className='content__when' {...a11y(undefined, 'status')}>{said}</Text>
  const remind = () =>
    void addToCalendar({ title: `早鸟开放：${title}`, startsAt: opensAt, endsAt: new Date(Date.parse(opensAt) + 30 * 60_000).toISOString() }, `early-bird-${id}`)
      .then(() => setSaid(`已加入日历：${when} 开放`))
      .catch(() => setSaid(`没能加入日历，请记下开放时间：${when}`))
  return (
    <Button className='content-early__remind btn btn--secondary' onClick={remind} {...a11y(undefined, 'button')}>
      开放时提醒我
    </Button>
  )
}
