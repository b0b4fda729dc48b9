import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { a11y } from '@/components/a11y'
import './member-data.scss'

export const MEMBER_DATA_PAGE = '/pages/member-data/index'

/** The two entries on 资料, below the form. */
export function MemberDataLinks() {
  return (
    <View className='member-data__links'>
      <View className='member-data__link' onClick={() => void Taro.navigateTo({ url: MEMBER_DATA_PAGE })} {...a11y(undefined, 'link')}>
        <Text>导出我的数据</Text>
        <Text>›</Text>
      </View>
      <View className='member-data__link member-data__link--quiet' onClick={() => void Taro.navigateTo({ url: `${MEMBER_DATA_PAGE}?section=delete` })} {...a11y(undefined, 'link')}>
        <Text>注销会员</Text>
        <Text>›</Text>
      </View>
    </View>
  )
}
