import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import type { ReminderTopic } from '@/services/schemas/messages'
import { askForReminders, canSubscribe, refusedTopics } from './subscribe'

/**
 * "Remind me" beside a deadline. weapp: asks for the subscribe message on tap; once refused it is
 * not offered again. H5 has no push: it says where the reminder will appear instead.
 */
export function RemindMe({ topics, label = '到期前提醒我' }: { topics: ReminderTopic[]; label?: string }) {
  const [outcome, setOutcome] = useState<string | null>(null)
  if (!canSubscribe()) return <Text className='remind-me__text'>到期前会在「消息」中提醒你</Text>
  if (outcome) return <Text className='remind-me__text' data-testid='remind-outcome'>{outcome}</Text>
  const refused = new Set(refusedTopics())
  if (topics.every((t) => refused.has(t))) return <Text className='remind-me__text'>到期前会在「消息」中提醒你</Text>
  const onTap = async () => {
    const result = await askForReminders(topics)
    setOutcome(result === 'accepted' || result === 'partly' ? '已开启微信提醒' : '不再询问；提醒会出现在「消息」中')
  }
  return (
    <View className='remind-me'>
      <Button className='remind-me__button' onClick={() => void onTap()} {...a11y(undefined, 'button')}>
        {label}
      </Button>
    </View>
  )
}
