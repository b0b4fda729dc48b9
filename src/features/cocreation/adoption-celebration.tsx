import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { parseInstant } from '@/domain/time'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { serverNow } from '@/services/clock'
import type { RecordItemDto } from '@/services/schemas/cocreation'
import { readMember, writeMember } from '@/services/member-storage'
import { useCocreationStore } from './cocreation-store'
import './cocreation.scss'

const VERSION = 1
/** Adoptions older than this are history, not news (the record page still lists them). */
const NEWS_FOR_MS = 30 * 24 * 60 * 60 * 1000
const keyOf = () => 'cocreation.celebrated'
const isIds = (d: unknown): d is string[] => Array.isArray(d) && d.every((x) => typeof x === 'string')

/**
 * The home says it once when staff adopt an idea: the adoption is remembered in storage as soon
 * as it is shown, so the next visit (or a restart) does not say it again.
 */
export function AdoptionCelebration() {
  const record = useCocreationStore((s) => s.record)
  const load = useCocreationStore((s) => s.loadRecord)
  const [news, setNews] = useState<RecordItemDto[]>([])
  useEffect(() => void load(), [load])
  useDidShow(() => void load())

  useEffect(() => {
    if (!record) return
    const seen = readMember(keyOf(), VERSION, isIds) ?? []
    const now = serverNow()
    const fresh = record.record.filter(
      (r) => r.status === 'adopted' && r.adoptedAt && !seen.includes(r.taskId) && now - parseInstant(r.adoptedAt) < NEWS_FOR_MS,
    )
    if (fresh.length === 0) return
    writeMember(keyOf(), VERSION, [...seen, ...fresh.map((r) => r.taskId)])
    setNews((shown) => [...shown, ...fresh.filter((f) => !shown.some((s) => s.taskId === f.taskId))])
  }, [record])

  if (news.length === 0) return null
  const first = news[0]
  return (
    <Notice
      tone='info'
      title={`🎉 你的共创建议被采纳了：${first.title}`}
      action={
        <Button className='notice__action btn btn--secondary btn--small' onClick={() => void Taro.navigateTo({ url: '/pages/cocreation-record/index' })} {...a11y(undefined, 'link')}>
          查看
        </Button>
      }
    >
      {first.staffReply ?? '感谢你的共创！'}
    </Notice>
  )
}
