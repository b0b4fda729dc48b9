import { Text, View } from '@tarojs/components'
import { couponStatusAt, hasStarted } from '@/domain/coupons'
import { a11y } from '@/components/a11y'
import { formatShanghai } from '@/lib/format'
import type { CouponDto, StoreDto } from '@/services/schemas/coupons'
import { badgeText, couponFace, STATUS_LABEL, storesText, titleText, validityText } from '../presentation'

interface Props {
  coupon: CouponDto
  stores: readonly StoreDto[]
  now: number
  onOpen?: (coupon: CouponDto) => void
}

/** Four or more Chinese characters ("免费兑换", "第二杯半价") take the smaller size to stay on one line. */
const isLongFace = (value: string) => /[\u4e00-\u9fff]/.test(value) && [...value].length >= 4

/** One coupon in the wallet; an available one opens its code screen on tap. */
export function CouponCard({ coupon, stores, now, onOpen }: Props) {
  const status = couponStatusAt(coupon, now)
  const badge = badgeText(coupon, now)
  const face = couponFace(coupon)
  // An available coupon whose validity has not begun shows when it starts, not a code button.
  const notYet = status === 'available' && !hasStarted(coupon, now)
  const usable = status === 'available' && !notYet
  return (
    <View
      className={`coupon-card coupon-card--${status}`}
      onClick={usable && onOpen ? () => onOpen(coupon) : undefined}
      data-testid='coupon-card'
      // Named by its visible text (value, title, validity, stores, 出示券码 or its status).
      {...a11y(undefined, usable ? 'button' : undefined)}
    >
      <View className='coupon-card__value'>
        <Text className={`coupon-card__value-text${isLongFace(face.value) ? ' coupon-card__value-text--long' : ''}`} data-testid='coupon-value'>
          {face.value}
        </Text>
        {face.condition && (
          <Text className='coupon-card__condition' data-testid='coupon-condition'>
            {face.condition}
          </Text>
        )}
      </View>
      <View className='coupon-card__body'>
        <View className='coupon-card__head'>
          <Text className='coupon-card__title'>{titleText(coupon.title)}</Text>
          {badge && <Text className='coupon-card__badge'>{badge}</Text>}
        </View>
        <Text className='coupon-card__line'>有效期 {validityText(coupon)}</Text>
        <Text className='coupon-card__line'>{storesText(coupon.storeIds, stores)}</Text>
        {status === 'used' && coupon.usedAt && (
          <Text className='coupon-card__line'>
            {formatShanghai(coupon.usedAt)} 于{stores.find((s) => s.id === coupon.usedStoreId)?.name ?? '门店'}使用
          </Text>
        )}
        {usable ? (
          <Text className='coupon-card__action'>出示券码</Text>
        ) : notYet ? (
          <Text className='coupon-card__stamp'>{formatShanghai(coupon.validFrom, 'M月D日')}起可用</Text>
        ) : (
          <Text className='coupon-card__stamp'>{STATUS_LABEL[status]}</Text>
        )}
      </View>
    </View>
  )
}
