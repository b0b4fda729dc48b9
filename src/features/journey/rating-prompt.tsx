import { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { a11y } from '@/components/a11y'
import { describeError, isApiError } from '@/services/errors'
import type { RatingSubjectDto } from '@/services/schemas/journeys'
import { fetchPendingRatings, rate } from './api'
import './journey.scss'

const KIND_PROMPT: Record<RatingSubjectDto['kind'], string> = {
  'first-purchase': '第一次到店体验如何？',
  redemption: '这次用券顺利吗？',
  event: '这场活动怎么样？',
  workshop: '这次共创研讨会怎么样？',
}

/**
 * One-tap ratings for experiences waiting for one (optionally of one kind). Each subject is asked
 * once: after a tap, or a 409 ALREADY_RATED, it leaves the list for good (the backend keeps it).
 */
export function RatingPrompts({ kind }: { kind?: RatingSubjectDto['kind'] }) {
  const [subjects, setSubjects] = useState<RatingSubjectDto[]>([])
  const [thanks, setThanks] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = () => void fetchPendingRatings().then((list) => setSubjects(kind ? list.filter((s) => s.kind === kind) : list), () => undefined)
  useEffect(load, [kind])
  useDidShow(load)

  async function give(subject: RatingSubjectDto, score: number) {
    setError(null)
    try {
      await rate({ kind: subject.kind, id: subject.id }, score)
      setThanks(`谢谢你的评价：${subject.title}`)
    } catch (e) {
      if (!(isApiError(e) && e.status === 409)) return setError(describeError(e))
    }
    setSubjects((list) => list.filter((s) => !(s.kind === subject.kind && s.id === subject.id)))
  }

  if (subjects.length === 0) return thanks ? <Text className='rating__thanks' {...a11y(undefined, 'status')}>{thanks}</Text> : null
  const subject = subjects[0]
  return (
    <View className='rating' data-testid='rating-prompt'>
      <Text className='rating__question'>{KIND_PROMPT[subject.kind]}</Text>
      <Text className='rating__subject'>{subject.title}</Text>
      <View className='rating__stars' {...a11y('打分', 'group')}>
        {[1, 2, 3, 4, 5].map((score) => (
          <Button key={score} className='rating__star btn btn--secondary btn--small' onClick={() => void give(subject, score)} {...a11y(`${score} 星`, 'button')}>
            {'★'.repeat(score)}
          </Button>
        ))}
      </View>
      {error && <Text className='rating__error' {...a11y(undefined, 'alert')}>{error}</Text>}
      {thanks && <Text className='rating__thanks'>{thanks}</Text>}
    </View>
  )
}
