import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { formatShanghai } from '@/lib/format'

/** Back to the wallet: a tab page, so switchTab works whether or not there is a page to go back to. */
export function backToWallet() {
  void Taro.switchTab({ url: '/pages/coupons/index' })
}

/**
 * Why no code is shown when the coupon cannot be shown yet, with a way back, instead of a
 * skeleton that never resolves (a link or a stale wallet can lead here).
 */
export function CodeUnavailable({ validFrom, checking }: { validFrom?: string; checking?: boolean }) {
  return (
    <View className='code-screen__unavailable' {...a11y(undefined, 'alert')} data-testid='code-unavailable'>
      {validFrom ? (
        <>
          <Text className='code-screen__dead'>尚未到使用时间</Text>
          <Text>这张券 {formatShanghai(validFrom, 'M月D日 HH:mm')} 起可用，到时再来出示券码。</Text>
        </>
      ) : (
        <>
          <Text className='code-screen__dead'>券码暂时无法出示</Text>
          <Text>{checking ? '正在重新确认这张券的状态，稍后自动重试。' : '稍后自动重试，也可以先回券包看看。'}</Text>
        </>
      )}
      <Button className='state__action btn btn--primary' onClick={backToWallet} {...a11y('回到券包', 'button')}>
        回到券包
      </Button>
    </View>
  )
}
