import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { formatShanghai } from '@/lib/format'
import { describeError } from '@/services/errors'
import { request } from '@/services/request'
import { ReferralsResponse } from '@/services/schemas/referrals'
import { usePageData } from '@/components/use-page-data'
import './referrals.scss'

const fetchReferrals = () => request({ path: '/me/referrals', schema: ReferralsResponse })

/** 我邀请的: friends who joined through my shares, by masked name and stage (已加入 / 已首单). */
export function ReferralsScreen() {
  const { data, error, load } = usePageData(fetchReferrals)
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  if (!data && error) return <ErrorState message={describeError(error)} onRetry={() => void load()} />
  if (!data)
    return (
      <SkeletonGroup label='正在加载我邀请的好友'>
        <SkeletonBlock height={120} />
      </SkeletonGroup>
    )
  return (
    <View className='referrals'>
      <View className='referrals__summary'>
        <Text className='referrals__num' data-testid='referrals-credited'>{data.credited}</Text>
        <Text className='referrals__label'>次分享贡献来自好友（加入 +1，首单 +1）</Text>
      </View>
      {data.friends.length === 0 ? (
        <EmptyState title='还没有好友通过你的分享加入' message='把会员圈分享给好友：好友加入后会收到以你命名的见面礼' />
      ) : (
        data.friends.map((f, i) => (
          <View key={`${f.joinedAt}-${i}`} className='referral-row' data-testid='referral-friend'>
            <Text className='referral-row__name'>{f.nicknameMasked}</Text>
            <Text className={`referral-row__stage${f.firstPurchaseAt ? ' referral-row__stage--bought' : ''}`}>
              {f.firstPurchaseAt ? `已首单 · ${formatShanghai(f.firstPurchaseAt, 'M月D日')}` : `已加入 · ${formatShanghai(f.joinedAt, 'M月D日')}`}
            </Text>
          </View>
        ))
      )}
      <Button className='btn btn--primary referrals__share' onClick={() => void Taro.navigateTo({ url: '/pages/share-poster/index?kind=home' })} {...a11y(undefined, 'button')}>
        邀请好友加入
      </Button>
      <Text className='referrals__note'>分享给自己、同一手机号的其他账号或已经是会员的好友不计入。</Text>
    </View>
  )
}
