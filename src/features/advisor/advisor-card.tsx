import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import type { Advisor } from '@/services/schemas/growth'
import { callAdvisor, copyWechatId, hasContactButton } from './contact'
import './advisor.scss'

/**
 * The member's dedicated advisor and every way this runtime offers to reach them: the weapp's
 * customer-service session, a call, the WeChat ID to copy. When a way fails, the card says so and
 * shows the number or ID to use by hand: never a dead button.
 */
export function AdvisorCard({ advisor }: { advisor: Advisor }) {
  const [note, setNote] = useState<string | null>(null)

  const onCall = async (phone: string) => {
    setNote(null)
    const outcome = await callAdvisor(phone)
    if (!outcome.ok && outcome.reason !== 'cancelled') setNote(`无法直接拨号，请手动拨打 ${phone}`)
  }
  const onCopy = async (wechatId: string) => {
    setNote(null)
    const outcome = await copyWechatId(wechatId)
    if (outcome.ok) {
      setNote(`已复制微信号 ${wechatId}，在微信中添加好友即可联系`)
      void Taro.showToast({ title: '已复制微信号', icon: 'none' })
    } else {
      setNote(`复制失败，请手动添加微信号 ${wechatId}`)
    }
  }

  return (
    <View className='advisor-card' data-testid='advisor-card' {...a11y(`专属顾问 ${advisor.name}`, 'region')}>
      <Text className='advisor-card__label'>专属顾问</Text>
      <Text className='advisor-card__name'>
        {advisor.name} · {advisor.title}
      </Text>
      <Text className='advisor-card__line'>{advisor.responsePromise}</Text>
      <Text className='advisor-card__line'>服务时间：{advisor.workingHours}</Text>
      <View className='advisor-card__actions'>
        {hasContactButton && (
          <Button className='advisor-card__action advisor-card__action--primary' openType='contact'>
            在线咨询
          </Button>
        )}
        {advisor.phone && (
          <Button className='advisor-card__action' onClick={() => void onCall(advisor.phone!)} {...a11y(`电话联系 ${advisor.phone}`, 'button')}>
            电话联系
          </Button>
        )}
        {advisor.wechatId && (
          <Button className='advisor-card__action' onClick={() => void onCopy(advisor.wechatId!)} {...a11y('复制微信号', 'button')}>
            复制微信号
          </Button>
        )}
      </View>
      {!hasContactButton && !advisor.phone && !advisor.wechatId && <Text className='advisor-card__line'>请在工作时间到店或通过品牌客服联系顾问</Text>}
      {note && (
        <Text className='advisor-card__note' data-testid='advisor-note' userSelect selectable>
          {note}
        </Text>
      )}
    </View>
  )
}
