import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { a11y } from '@/components/a11y'
import { DeletionSection } from './deletion-section'
import { ExportSection } from './export-section'
import './member-data.scss'

import { MEMBER_DATA_PAGE } from './links'

/** 我的 → 资料 → 导出我的数据 / 注销会员 (PIPL: a member may take their data and leave). */
export function MemberDataScreen({ section }: { section: 'export' | 'delete' }) {
  return (
    <View className='member-data'>
      {section === 'export' ? <ExportSection /> : <DeletionSection />}
      {section === 'delete' && (
        <View className='member-data__link' onClick={() => void Taro.redirectTo({ url: MEMBER_DATA_PAGE })} {...a11y(undefined, 'link')}>
          <Text>注销前先导出我的数据 ›</Text>
        </View>
      )}
    </View>
  )
}
