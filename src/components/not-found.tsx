import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from './a11y'
import './states.scss'

/** What an unknown or retired link opens: say so, and offer the way home. */
export function NotFound({ path }: { path?: string }) {
  return (
    <View className='state' {...a11y(undefined, 'alert')}>
      <Text className='state__title'>页面不存在</Text>
      <Text className='state__message'>
        {path ? `没有找到「${path}」，` : ''}链接可能已失效或输入有误。你的会员数据不受影响。
      </Text>
      <Button className='state__action btn btn--primary' onClick={() => void Taro.switchTab({ url: '/pages/home/index' })} {...a11y('回到会员首页', 'button')}>
        回到会员首页
      </Button>
    </View>
  )
}
