import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { useCheckInStore } from '@/features/earning/check-in-store'
import { ShareButton } from '@/features/earning/share-button'
import type { Growth } from '@/services/schemas/growth'
import { deriveTasks, type TaskStep } from '../tasks'

function Step({ step }: { step: TaskStep }) {
  const checkIn = useCheckInStore((s) => s.checkIn)
  if ('url' in step) {
    const go = () => void (step.tab ? Taro.switchTab({ url: step.url }) : Taro.navigateTo({ url: step.url }))
    return (
      <Button className='task__step' onClick={go} {...a11y(step.label, 'link')}>
        {step.label} ›
      </Button>
    )
  }
  if (step.action === 'share') return <ShareButton target={{ kind: 'programme' }} title='一起加入会员圈' label={step.label} quiet />
  return (
    <Button className='task__step' onClick={() => void checkIn()} {...a11y(step.label, 'button')}>
      {step.label}
    </Button>
  )
}

/** 去成长: one card per missing dimension, each with the actions that fill it. */
export function GrowthTasks({ growth }: { growth: Growth }) {
  const tasks = deriveTasks(growth)
  const said = useCheckInStore((s) => s.said)
  return (
    <View className='section' data-testid='growth-tasks'>
      <View className='section__head'>
        <Text className='section__title'>去成长</Text>
      </View>
      {tasks.length === 0 ? (
        <Text className='section__footnote'>
          {growth.awaitingInvite ? '各项标准已达成，等待品牌顾问的邀请' : '各项标准均已达成，继续保持就好'}
        </Text>
      ) : (
        tasks.map((t) => (
          <View key={t.id} className='task' data-testid={`task-${t.id}`}>
            <View className='task__body'>
              <Text className='task__title'>{t.title}</Text>
              <Text className='task__detail'>{t.detail}</Text>
              {t.id === 'interact' && said && (
                <Text className='task__said' {...a11y(undefined, 'status')}>
                  {said.text}
                </Text>
              )}
            </View>
            <View className='task__steps'>
              {t.steps.map((s) => (
                <Step key={s.label} step={s} />
              ))}
            </View>
          </View>
        ))
      )}
    </View>
  )
}
