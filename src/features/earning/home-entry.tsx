import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { CheckInCard } from './check-in-card'
import { ShareButton } from './share-button'
import './earning.scss'

export const MEMBER_CODE_URL = '/pages/member-code/index'
export const openMemberCode = () => void Taro.navigateTo({ url: MEMBER_CODE_URL })

/** The home's ways to earn: 会员码 at the counter, 签到, and a share that counts. */
export function EarningHomeEntry() {
  return (
    <View className='earning-entry'>
      <View className='earning-entry__row'>
        <Button className='earning-entry__btn' onClick={openMemberCode} data-testid='open-member-code' {...a11y('会员码', 'link')}>
          会员码
        </Button>
        <ShareButton target={{ kind: 'home' }} title='一起加入会员圈' quiet />
      </View>
      <CheckInCard />
    </View>
  )
}
