import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { Notice } from '@/components/notice'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { serverNow } from '@/services/clock'
import { describeError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import { EarlyBirdView } from './early-bird-view'
import { FaqView } from './faq-view'
import { GuideView } from './guide-view'
import { useContent } from './use-content'
import './content.scss'

/** One piece of content behind a right, read from `?slug=`; the saved copy serves when offline. */
export function ContentScreen({ slug: slugProp }: { slug?: string } = {}) {
  const router = useRouter()
  const slug = slugProp ?? router.params.slug ?? ''
  const { content, fetchedAt, stale, error, loading, load, update } = useContent(slug)
  useDidShow(load)
  useEffect(() => {
    if (content) void Taro.setNavigationBarTitle({ title: content.title })
  }, [content])

  if (!content) {
    if (!loading && error) return <ErrorState message={describeError(error)} onRetry={load} retrying={loading} />
    return (
      <SkeletonGroup label='正在加载内容'>
        <SkeletonBlock height={60} width='50%' />
        <SkeletonBlock height={240} />
      </SkeletonGroup>
    )
  }

  return (
    <View className='content'>
      {stale && (
        <View data-testid='content-offline'>
          <Notice
            tone='offline'
            title={`离线 · 旧数据：${describeError(error)}`}
            action={
              <Button className='notice__action btn btn--primary btn--small' onClick={load} disabled={loading || undefined} {...a11y(undefined, 'button', { disabled: loading })}>
                {loading ? '重试中' : '重试'}
              </Button>
            }
          >
            <Text>当前显示的是 {fetchedAt ? formatShanghai(fetchedAt, 'M月D日 HH:mm') : '之前'} 保存的内容</Text>
          </Notice>
        </View>
      )}
      <Text className='content__title'>{content.title}</Text>
      {content.kind === 'guide' && <GuideView guide={content} />}
      {content.kind === 'faq' && <FaqView faq={content} offline={stale} onAsked={update} />}
      {content.kind === 'early-bird' && <EarlyBirdView list={content} now={serverNow()} />}
    </View>
  )
}
