import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { formatDateTime } from '@/lib/format'
import type { CouponLookupDto } from '../counter-schemas'
import { useCounterStore } from '../counter-store'
import { couponStateText, couponValue, minSpendText } from '../counter-words'

interface Props {
  lookup: CouponLookupDto
  storeName: (id: string) => string
}

/** 券码: the coupon in full before anything happens, and one 确认核销 when it can be redeemed here now. */
export function CouponPreview({ lookup, storeName }: Props) {
  const redeem = useCounterStore((s) => s.redeem)
  const cancel = useCounterStore((s) => s.cancel)
  const busy = useCounterStore((s) => s.busy)
  const c = lookup.coupon
  return (
    <View className='counter__card' data-testid='coupon-preview' {...a11y('券码预览', 'region')}>
      <Text className='counter__kind'>券码</Text>
      <Text className='counter__title'>{c.title}</Text>
      <Text className='counter__value'>{couponValue(c)}</Text>
      <Text>使用门槛：{minSpendText(c)}</Text>
      <Text>有效期至：{formatDateTime(c.validUntil)}</Text>
      <Text>适用门店：{c.storeIds.map(storeName).join('、')}</Text>
      <Text className={`counter__state counter__state--${lookup.usableHere ? 'ok' : 'bad'}`} data-testid='coupon-state'>
        状态：{couponStateText(lookup, storeName)}
      </Text>
      <View className='counter__row'>
        {lookup.usableHere && (
          <Button className='counter__action btn btn--primary' disabled={busy || undefined} onClick={() => void redeem()} {...a11y('确认核销', 'button', { disabled: busy })}>
            {busy ? '核销中…' : '确认核销'}
          </Button>
        )}
        <Button className='counter__action btn btn--secondary' onClick={cancel} {...a11y(lookup.usableHere ? '取消' : '知道了', 'button')}>
          {lookup.usableHere ? '取消' : '知道了'}
        </Button>
      </View>
    </View>
  )
}
