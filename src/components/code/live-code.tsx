import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { codeState, groupDigitsForReading } from '@/domain/coupons'
import { a11y } from '../a11y'
import { Notice } from '../notice'
import { SkeletonBlock, SkeletonGroup } from '../skeleton'
import { CodeGraphics } from './code-graphics'
import type { RotatingCodeState } from './use-rotating-code'

interface Props {
  state: RotatingCodeState
  /** Server-aligned now (`serverNow()`), read by the caller each render tick. */
  now: number
  /** 券码 or 会员码: said in the countdown, the notices and to screen readers. */
  label: string
  idPrefix: string
  /** Shown when there is no live code and the network is fine (e.g. a refusal being re-asked). */
  whileRefused?: ReactNode
}

/**
 * The live code block both code screens show: QR, Code 128 and the digits with the seconds left;
 * offline, the last valid code with an honest notice, or plainly that it has expired.
 */
export function LiveCode({ state, now, label, idPrefix, whileRefused }: Props) {
  const { held, offline, notAvailable } = state
  const left = held ? codeState(held.code, now) : null
  const digits = held ? groupDigitsForReading(held.code.code) : ''
  return (
    <>
      {offline && held && left?.usable && (
        <Notice tone='offline' title='网络不可用'>
          <Text>
            显示的是上次获取的{label}，还剩 {Math.ceil(left.msLeft / 1000)} 秒有效；联网后自动刷新。
          </Text>
        </Notice>
      )}
      {held && left?.usable ? (
        <View className='code-screen__code' data-testid='code-block'>
          <CodeGraphics code={held.code.code} idPrefix={idPrefix} label={label} />
          <Text className='code-screen__digits' data-testid='code-digits' {...a11y(`${label} ${digits}`, 'img')}>
            {digits}
          </Text>
          <Text className='code-screen__countdown' data-testid='countdown'>
            {Math.ceil(left.msLeft / 1000)} 秒内有效 · 自动更新 · 请向店员出示
          </Text>
        </View>
      ) : offline ? (
        <Text className='code-screen__dead' {...a11y(undefined, 'alert')}>
          网络不可用，上次的{label}已过期。请连上网络后重试，{label}会自动刷新。
        </Text>
      ) : notAvailable && whileRefused ? (
        whileRefused
      ) : (
        <SkeletonGroup label={`正在获取${label}`}>
          <SkeletonBlock height={240} width='240px' />
        </SkeletonGroup>
      )}
    </>
  )
}
