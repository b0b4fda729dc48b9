import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from './a11y'

// Styles for H5 only: the mini-program draws its own navigation bar, and these would sit in its
// main package (a plain comparison, so the weapp build drops the require).
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (process.env.TARO_ENV === 'h5') require('./h5-header.scss')

/**
 * H5 only: a detail page's title and a way back. The mini-program draws both in its own
 * navigation bar; in a browser tab opened from a shared link there may be no page to go back to,
 * so back then goes to the member home.
 */
// Taro's Text typings omit ARIA; H5 renders the attributes (see a11y.ts).
const HEADING: Record<string, string> = { role: 'heading', 'aria-level': '1' }

export function H5Header({ title }: { title: string }) {
  if (process.env.TARO_ENV !== 'h5') return null
  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
    else void Taro.switchTab({ url: '/pages/home/index' })
  }
  return (
    <View className='h5-header'>
      <Button className='h5-header__back btn btn--text' onClick={back} {...a11y('返回', 'button')}>
        ‹ 返回
      </Button>
      <Text className='h5-header__title' {...HEADING}>
        {title}
      </Text>
    </View>
  )
}
