import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { checkIdeaInput, IDEA_IMAGES_MAX, IDEA_STATUS_LABEL, IDEA_TEXT_MAX, IDEA_TITLE_MAX } from '@/domain/ideas'
import { formatShanghai } from '@/lib/format'
import { describeError } from '@/services/errors'
import { fetchIdeas, giveIdea } from './api'
import { pickImages } from '@/platform/pick-images'
import { usePageData } from '@/components/use-page-data'
import './ideas.scss'

/** 提个想法: a title, a description and photos for the brand; each idea's status and the brand's reply. */
export function IdeasScreen() {
  const { data: ideas, setData, error, load } = usePageData(fetchIdeas)
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [images, setImages] = useState<string[]>([])
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  async function send() {
    const draft = { title: title.trim(), text: text.trim(), ...(images.length ? { imageRefs: images } : {}) }
    const invalid = checkIdeaInput(draft)
    if (invalid) return setProblem(invalid)
    setSending(true)
    setProblem(null)
    try {
      const idea = await giveIdea(draft)
      setTitle('')
      setText('')
      setImages([])
      setData((list) => [idea, ...(list ?? [])])
      void Taro.showToast({ title: '已收到你的想法', icon: 'success' })
    } catch (e) {
      setProblem(describeError(e))
    } finally {
      setSending(false)
    }
  }

  return (
    <View className='ideas'>
      <View className='idea-form'>
        <Text className='idea-form__label'>提个想法</Text>
        <Input className='idea-form__input' value={title} maxlength={IDEA_TITLE_MAX} placeholder={`标题（最多 ${IDEA_TITLE_MAX} 字）`} ariaLabel='想法标题' onInput={(e) => setTitle(e.detail.value)} />
        <Textarea className='idea-form__textarea' value={text} maxlength={-1} placeholder='说说你的想法：新品、口味、门店、活动都可以' aria-label='想法描述' onInput={(e) => setText(e.detail.value)} />
        <Text className='idea-form__hint'>{[...text.trim()].length}/{IDEA_TEXT_MAX}</Text>
        <View className='idea-form__row'>
          <Button className='btn btn--small btn--secondary' disabled={images.length >= IDEA_IMAGES_MAX || undefined} onClick={() => void pickImages(IDEA_IMAGES_MAX - images.length).then((p) => setImages((l) => [...l, ...p].slice(0, IDEA_IMAGES_MAX)))} {...a11y('添加图片', 'button')}>
            添加图片
          </Button>
          <Text className='idea-form__hint'>已选 {images.length}/{IDEA_IMAGES_MAX} 张（选填）</Text>
        </View>
        {problem && <Text className='idea-form__error' {...a11y(undefined, 'alert')}>{problem}</Text>}
        <Button className='btn btn--primary' disabled={sending || undefined} onClick={() => void send()} {...a11y(undefined, 'button', { disabled: sending })}>
          {sending ? '正在提交…' : '提交想法'}
        </Button>
        <Text className='idea-form__hint'>被采纳的想法计 1 次互动，也会计入「核心共创」的互动要求。</Text>
      </View>
      <Text className='ideas__title'>我的想法</Text>
      {!ideas && error ? (
        <ErrorState message={describeError(error)} onRetry={() => void load()} />
      ) : !ideas ? (
        <SkeletonGroup label='正在加载我的想法'>
          <SkeletonBlock height={140} />
        </SkeletonGroup>
      ) : ideas.length === 0 ? (
        <EmptyState title='还没有提过想法' message='你的想法会直达品牌团队，我们会在这里回复你' />
      ) : (
        ideas.map((idea) => (
          <View key={idea.id} className='idea-card' data-testid={`idea-${idea.id}`}>
            <View className='idea-card__top'>
              <Text className='idea-card__title'>{idea.title}</Text>
              <Text className={`idea-card__status idea-card__status--${idea.status}`} data-testid='idea-status'>{IDEA_STATUS_LABEL[idea.status]}</Text>
            </View>
            <Text className='idea-card__text'>{idea.text}</Text>
            <Text className='idea-card__line'>{formatShanghai(idea.createdAt, 'M月D日')} 提交{idea.imageRefs.length ? ` · ${idea.imageRefs.length} 张图片` : ''}</Text>
            {idea.reply && <Text className='idea-card__reply'>品牌回复：{idea.reply}</Text>}
          </View>
        ))
      )}
    </View>
  )
}
