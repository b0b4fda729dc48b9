import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { MEMBER_CODE_URL } from '@/services/app-routes'
import { howToUseText } from '../presentation'
import type { RightDto } from '@/services/schemas/rights'

interface Props {
  right: Pick<RightDto, 'kind' | 'title'>
  couponId?: string
  couponTitle?: string
}

/**
 * What a successful claim looks like: one block, full width, with one way on. A coupon opens its
 * code screen; anything else says how it is used and opens the member code the counter scans.
 * (It was a notice with a bare Taro button beside it: the button's width: 100% squeezed the text
 * into a one-character column.)
 */
export function ClaimSuccess({ right, couponId, couponTitle }: Props) {
  const go = couponId
    ? () => void Taro.navigateTo({ url: `/pages/coupon-code/index?id=${encodeURIComponent(couponId)}` })
    : () => void Taro.navigateTo({ url: MEMBER_CODE_URL })
  return (
    <View className='claim-success' data-testid='claim-success' {...a11y(undefined, 'status')}>
      <Text className='claim-success__title'>领取成功</Text>
      <Text className='claim-success__text'>
        {couponId ? `「${couponTitle ?? right.title}」已放入券包，有效期内到店出示券码即可使用。` : `「${right.title}」${howToUseText(right)}`}
      </Text>
      <Button className='claim-success__action btn btn--primary' onClick={go} {...a11y(undefined, 'button')}>
        {couponId ? '去使用' : '出示会员码'}
      </Button>
    </View>
  )
}
