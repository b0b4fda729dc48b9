import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
// Its own small stylesheet: the home and a right's detail load this row without the events list's styles.
import './entry-link.scss'

/** A row that opens one of the journeys' pages (home, 我的, a right's detail). */
export function JourneyEntry({ title, hint, url, testId }: { title: string; hint: string; url: string; testId?: string }) {
  return (
    <View className='journey-entry' data-testid={testId} onClick={() => void Taro.navigateTo({ url })} {...a11y(`${title}，${hint}`, 'link')}>
      <Text className='journey-entry__title'>{title}</Text>
      <Text className='journey-entry__hint'>{hint}</Text>
    </View>
  )
}
