import { Text, View } from '@tarojs/components'
import { formatShanghai } from '@/lib/format'
import type { TaskDto } from '@/services/schemas/cocreation'

/** After submitting: when, what (a vote shows the tally), and any staff reply or adoption. */
export function SubmittedView({ task }: { task: TaskDto }) {
  const s = task.submission
  const total = (task.options ?? []).reduce((sum, o) => sum + (o.votes ?? 0), 0)
  return (
    <View className='cocreation-done'>
      <Text className='cocreation-done__title'>{task.status === 'adopted' ? '你的建议已被采纳 🎉' : '已提交，感谢参与'}</Text>
      {s && <Text className='cocreation__text'>提交于 {formatShanghai(s.submittedAt, 'M月D日 HH:mm')}</Text>}
      {task.options && total > 0 && (
        <View className='cocreation-tally' data-testid='vote-tally'>
          {task.options.map((o) => (
            <View key={o.id} className='cocreation-tally__row'>
              <Text className='cocreation__text'>
                {o.label}
                {s?.optionId === o.id ? '（你的选择）' : ''}
              </Text>
              <Text className='cocreation-tally__votes'>
                {o.votes ?? 0} 票 · {Math.round(((o.votes ?? 0) / total) * 100)}%
              </Text>
            </View>
          ))}
        </View>
      )}
      {s?.staffReply && (
        <View className='cocreation-reply'>
          <Text className='cocreation-reply__label'>工作人员回复</Text>
          <Text className='cocreation__text'>{s.staffReply}</Text>
        </View>
      )}
    </View>
  )
}
