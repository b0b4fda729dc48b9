import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { CheckInCard } from './check-in-card'
import { ShareButton } from './share-button'
import { sharePosterUrl } from './poster-route'
import './earning.scss'

export const MEMBER_CODE_URL = '/pages/member-code/index'
export const openMemberCode = () => void Taro.navigateTo({ url: MEMBER_CODE_URL })

/** The home's ways to earn: 会员码 at the counter, 签到, and a share that counts (link or poster). */
const HOME_TARGET = { kind: 'home' as const }
const HOME_TITLE = '一起加入会员圈'

const openPoster = () => void Taro.navigateTo({ url: sharePosterUrl(HOME_TARGET) })

export function EarningHomeEntry() {
  return (
    <View className='earning-entry'>
      <View className='earning-entry__row'>
        <Button className='earning-entry__btn' onClick={openMemberCode} data-testid='open-member-code' {...a11y('会员码', 'link')}>
          会员码
        </Button>
        <ShareButton target={HOME_TARGET} title={HOME_TITLE} quiet />
        {/* For Moments: a poster with the QR of a tracked link, on its own page (subpackage). */}
        <Button className='earning-entry__btn earning-entry__btn--quiet' onClick={openPoster} data-testid='open-share-poster' {...a11y('生成海报', 'link')}>
          生成海报
        </Button>
      </View>
      <CheckInCard />
    </View>
  )
}
