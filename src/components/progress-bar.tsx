import { View } from '@tarojs/components'
import { a11y } from './a11y'
import './progress-bar.scss'

interface Props {
  /** 0..1 */
  ratio: number
  label: string
  done?: boolean
}

export function ProgressBar({ ratio, label, done }: Props) {
  const pct = Math.round(Math.min(1, Math.max(0, ratio)) * 100)
  return (
    <View
      className='progress-bar'
      {...a11y(label, 'progressbar')}
      {...{ 'aria-valuenow': String(pct), 'aria-valuemin': '0', 'aria-valuemax': '100' }}
    >
      <View className={`progress-bar__fill ${done ? 'progress-bar__fill--done' : ''}`} style={{ width: `${pct}%` }} />
    </View>
  )
}
