import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { describeError } from '@/services/errors'
import { shareOnH5, type ShareTarget } from './share'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

const SAID: Record<string, string> = {
  shared: '已分享。好友打开后，分享贡献 +1',
  copied: '链接已复制，发给好友；好友打开后，分享贡献 +1',
  failed: '没能自动复制链接。请长按下面的链接，选择“复制”后发给好友：',
  cancelled: '已取消分享',
}

/**
 * 分享: on the weapp a `share` button (the page's useShareMenu makes the tracked link); on H5
 * the Web Share sheet or a copied link. Says what happened, in words.
 */
export function ShareButton({ target, title, label = '分享给好友', quiet = false }: { target: ShareTarget; title: string; label?: string; quiet?: boolean }) {
  const [said, setSaid] = useState<string | null>(null)
  // The link, shown to copy by hand when the browser would not copy it.
  const [manual, setManual] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const className = `earning-entry__btn${quiet ? ' earning-entry__btn--quiet' : ''}`
  if (IS_WEAPP) {
    return (
      // The dataset tells the page's useShareMenu which target this button shares (see shareTargetOf).
      <Button className={className} openType='share' data-share-kind={target.kind} data-share-id={target.id} {...a11y(label, 'button')}>
        {label}
      </Button>
    )
  }
  const tap = () => {
    if (busy) return
    setBusy(true)
    setManual(null)
    shareOnH5(target, title)
      .then(({ outcome, url }) => {
        setSaid(SAID[outcome])
        if (outcome === 'copied') void Taro.showToast({ title: '链接已复制', icon: 'none' })
        if (outcome === 'failed') setManual(url)
      })
      .catch((e: unknown) => setSaid(`分享没有成功：${describeError(e)}`))
      .finally(() => setBusy(false))
  }
  return (
    <View className='earning-entry__share'>
      <Button className={className} onClick={tap} data-testid='share-button' {...a11y(label, 'button', { disabled: busy })}>
        {busy ? '正在生成链接…' : label}
      </Button>
      {said && (
        <Text className='check-in__said check-in__said--plain' {...a11y(undefined, 'status')}>
          {said}
        </Text>
      )}
      {manual && (
        <Text className='check-in__said check-in__said--plain share-link--manual' userSelect selectable data-testid='share-link'>
          {manual}
        </Text>
      )}
    </View>
  )
}
