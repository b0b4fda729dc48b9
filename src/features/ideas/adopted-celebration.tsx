import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import type { IdeaDto } from '@/services/schemas/ideas'
import { fetchIdeas, markCelebrated } from './api'

/**
 * The home says it once when the brand adopts an idea, like an adopted co-creation submission.
 * "Once" is kept by the backend (celebratedAt), so no member data is left on the phone.
 */
export function IdeaAdoptedCelebration() {
  const [news, setNews] = useState<IdeaDto | null>(null)
  const check = () =>
    void fetchIdeas().then(
      (ideas) => {
        const fresh = ideas.find((i) => i.status === 'adopted' && !i.celebratedAt)
        if (!fresh) return
        setNews(fresh)
        void markCelebrated(fresh.id).catch(() => undefined) // told once; if this is lost, it is said once more
      },
      () => undefined,
    )
  useEffect(check, [])
  useDidShow(check)
  if (!news) return null
  return (
    <Notice
      tone='info'
      title={`🎉 你的想法被采纳了：${news.title}`}
      action={
        <Button className='notice__action btn btn--secondary btn--small' onClick={() => void Taro.navigateTo({ url: '/pages/ideas/index' })} {...a11y(undefined, 'link')}>
          查看
        </Button>
      }
    >
      {news.reply ?? '感谢你的想法！'}
    </Notice>
  )
}
