import Taro from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import { checkPostInput, POST_IMAGES_MAX, POST_TEXT_MAX, type PostKind } from '@/domain/posts'
import { describeError } from '@/services/errors'
import type { PostDto } from '@/services/schemas/posts'
import { createPost } from './api'
import { pickImages } from '@/platform/pick-images'
import { kindLabel } from './presentation'
import './posts.scss'

/** 发布使用心得 / 晒单: text, up to 9 photos (as references) and a product tag; it starts 审核中. */
export function PostComposer({ onPosted }: { onPosted: (post: PostDto) => void }) {
  const [kind, setKind] = useState<PostKind>('review')
  const [text, setText] = useState('')
  const [tag, setTag] = useState('')
  const [images, setImages] = useState<string[]>([])
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const used = [...text.trim()].length

  async function addImages() {
    const picked = await pickImages(POST_IMAGES_MAX - images.length)
    setImages((list) => [...list, ...picked].slice(0, POST_IMAGES_MAX))
  }

  async function send() {
    const draft = { kind, text: text.trim(), ...(images.length ? { imageRefs: images } : {}), ...(tag.trim() ? { productTag: tag.trim() } : {}) }
    const problem = checkPostInput(draft)
    if (problem) return setError(problem)
    setSending(true)
    setError(null)
    try {
      const post = await createPost(draft)
      setText('')
      setTag('')
      setImages([])
      onPosted(post)
      void Taro.showToast({ title: '已提交审核', icon: 'success' })
    } catch (e) {
      setError(describeError(e))
    } finally {
      setSending(false)
    }
  }

  return (
    <View className='composer'>
      <Text className='composer__label'>发布分享</Text>
      <View className='composer__kinds' {...a11y('分享类型', 'radiogroup')}>
        {(['review', 'showcase'] as const).map((k) => (
          <Button key={k} className={`btn btn--small ${kind === k ? 'btn--primary' : 'btn--secondary'}`} onClick={() => setKind(k)} {...a11y(kindLabel(k), 'radio', { checked: kind === k })}>
            {kindLabel(k)}
          </Button>
        ))}
      </View>
      <Textarea
        className='composer__textarea'
        value={text}
        placeholder='说说你的使用感受（至少 10 个字）'
        maxlength={-1}
        aria-label='分享内容'
        onInput={(e) => setText(e.detail.value)}
      />
      <Text className='composer__count'>{used}/{POST_TEXT_MAX}</Text>
      <Input className='composer__input' value={tag} placeholder='商品标签（选填），如：燕麦拿铁' maxlength={30} ariaLabel='商品标签' onInput={(e) => setTag(e.detail.value)} />
      <View className='composer__kinds'>
        <Button className='btn btn--small btn--secondary' disabled={images.length >= POST_IMAGES_MAX || undefined} onClick={() => void addImages()} {...a11y('添加图片', 'button', { disabled: images.length >= POST_IMAGES_MAX })}>
          添加图片
        </Button>
        <Text className='composer__hint'>已选 {images.length}/{POST_IMAGES_MAX} 张</Text>
      </View>
      {error && <Text className='posts__error' {...a11y(undefined, 'alert')}>{error}</Text>}
      <Button className='btn btn--primary' disabled={sending || undefined} onClick={() => void send()} {...a11y(undefined, 'button', { disabled: sending })}>
        {sending ? '正在发布…' : '发布'}
      </Button>
      <Text className='composer__hint'>审核通过计 1 次互动；被评为精选可获得优质分享奖励券，并计 1 次分享。</Text>
    </View>
  )
}
