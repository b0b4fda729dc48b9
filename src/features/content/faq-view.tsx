import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import { EmptyState } from '@/components/error-state'
import { describeError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import type { Faq } from '@/services/schemas/content'
import { askQuestion } from './api'

/** Matches the question, the answer or a tag; spaces split the search into words that must all match. */
export function searchFaq(items: Faq['items'], query: string): Faq['items'] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return items
  return items.filter((item) => {
    const text = `${item.question} ${item.answer} ${item.tags.join(' ')}`.toLowerCase()
    return words.every((w) => text.includes(w))
  })
}

/** 有问必答: search the answers; what is not there can be asked, and the backend records it. */
export function FaqView({ faq, offline, onAsked }: { faq: Faq; offline: boolean; onAsked: (next: Faq) => void }) {
  const [query, setQuery] = useState('')
  const [draft, setDraft] = useState('')
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const found = searchFaq(faq.items, query)

  const onAsk = async () => {
    const question = draft.trim()
    if (question.length < 2) return setResult({ ok: false, text: '问题请至少写 2 个字' })
    setSending(true)
    setResult(null)
    try {
      const asked = await askQuestion(question)
      onAsked({ ...faq, myQuestions: [asked, ...faq.myQuestions] })
      setDraft('')
      setResult({ ok: true, text: '已收到你的问题，顾问会尽快答复' })
    } catch (e) {
      setResult({ ok: false, text: describeError(e) })
    } finally {
      setSending(false)
    }
  }

  return (
    <View className='content-faq'>
      <Input className='content__input' value={query} placeholder='搜索问题，如：保级' ariaLabel='搜索问题' onInput={(e) => setQuery(e.detail.value)} />
      {found.length === 0 ? (
        <EmptyState title='没有找到相关问题' message='换个词试试，或在下方直接提问' />
      ) : (
        found.map((item) => (
          <View key={item.id} className='content-faq__item' data-testid='faq-item'>
            <Text className='content__heading'>{item.question}</Text>
            <Text className='content__body'>{item.answer}</Text>
          </View>
        ))
      )}
      <View className='content-faq__ask'>
        <Text className='content__heading'>没找到答案？直接提问</Text>
        <Input className='content__input' value={draft} maxlength={500} placeholder='写下你的问题' ariaLabel='写下你的问题' onInput={(e) => setDraft(e.detail.value)} />
        <Button className='btn btn--primary content__button' onClick={() => void onAsk()} disabled={sending || offline || undefined} {...a11y('提交问题', 'button', { disabled: sending || offline })}>
          {offline ? '离线时无法提问' : sending ? '正在提交…' : '提交问题'}
        </Button>
        {result && (
          <Text className={result.ok ? 'content__ok' : 'content__bad'} data-testid='ask-result' {...a11y(undefined, result.ok ? 'status' : 'alert')}>
            {result.text}
          </Text>
        )}
      </View>
      {faq.myQuestions.length > 0 && (
        <View className='content-faq__mine'>
          <Text className='content__heading'>我的提问</Text>
          {faq.myQuestions.map((q) => (
            <Text key={q.id} className='content__body' data-testid='my-question'>
              {formatShanghai(q.askedAt, 'M月D日 HH:mm')} · {q.question} · 待答复
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
