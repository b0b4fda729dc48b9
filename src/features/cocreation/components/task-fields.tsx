import { Button, Image, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import type { TaskDto } from '@/services/schemas/cocreation'
import type { Draft } from '../drafts'
import { pickImage } from '../pick-image'
import { ChoiceRow } from './choice-row'
import { TextField } from './text-field'

const RATINGS = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: `${n} 分` }))
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

interface Props {
  task: TaskDto
  draft: Draft
  onChange: (next: Draft) => void
}

/** The fields a task asks for, by kind; every change goes straight into the draft. */
export function TaskFields({ task, draft, onChange }: Props) {
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch })
  const answer = (id: string, value: string) => set({ answers: { ...draft.answers, [id]: value } })

  const questions = (task.questions ?? []).map((q) =>
    q.choices ? (
      <ChoiceRow
        key={q.id}
        label={q.label}
        choices={q.choices.map((c) => ({ id: c, label: c }))}
        value={draft.answers?.[q.id]}
        onChange={(v) => answer(q.id, v)}
      />
    ) : (
      <TextField key={q.id} label={q.label} value={draft.answers?.[q.id] ?? ''} onChange={(v) => answer(q.id, v)} />
    ),
  )

  const choose = async () => {
    const picked = await pickImage()
    if (picked) {
      const { path, ...ref } = picked
      set({ imagePath: path, attachment: ref })
    }
  }

  switch (task.kind) {
    case 'feedback':
      return (
        <View>
          <ChoiceRow label='整体评分' choices={RATINGS} value={draft.rating ? String(draft.rating) : undefined} onChange={(v) => set({ rating: Number(v) })} testId='rating' />
          {questions}
          <TextField label='使用感受' value={draft.text ?? ''} placeholder='好用和不好用的地方都可以写' onChange={(text) => set({ text })} />
        </View>
      )
    case 'survey':
      return <View>{questions}</View>
    case 'content':
      return (
        <View>
          <TextField label='投稿内容' value={draft.text ?? ''} placeholder='写下你的内容' onChange={(text) => set({ text })} />
          <View className='cocreation-field'>
            <Text className='cocreation-field__label'>配图（可选）</Text>
            {draft.attachment && (
              <View className='cocreation-image'>
                {draft.imagePath && <Image className='cocreation-image__preview' src={draft.imagePath} mode='aspectFill' ariaLabel='已选图片预览' />}
                <Text className='cocreation-image__name'>
                  {draft.attachment.name} · {kb(draft.attachment.sizeBytes)}
                </Text>
              </View>
            )}
            <View className='cocreation-image__actions'>
              <Button className='btn btn--secondary btn--small cocreation-secondary' onClick={() => void choose()} {...a11y(undefined, 'button')}>
                {draft.attachment ? '换一张' : '选择图片'}
              </Button>
              {draft.attachment && (
                <Button className='btn btn--secondary btn--small cocreation-secondary' onClick={() => set({ attachment: undefined, imagePath: undefined })} {...a11y(undefined, 'button')}>
                  移除图片
                </Button>
              )}
            </View>
          </View>
        </View>
      )
    case 'vote':
      return (
        <ChoiceRow
          label='选择你支持的方案'
          choices={(task.options ?? []).map((o) => ({ id: o.id, label: o.label }))}
          value={draft.optionId}
          onChange={(optionId) => set({ optionId })}
        />
      )
  }
}

/** What is missing before a draft can be sent, in the member's words; null when ready. */
export function missingText(task: TaskDto, draft: Draft): string | null {
  if (task.kind === 'feedback' && !draft.rating) return '请先打个分（1–5 分）'
  if (task.kind === 'vote' && !draft.optionId) return '请先选择一个方案'
  if (task.kind === 'content' && !draft.text?.trim()) return '请先写下投稿内容'
  if (task.kind === 'survey' && !Object.values(draft.answers ?? {}).some((a) => a.trim())) return '请至少回答一个问题'
  return null
}
