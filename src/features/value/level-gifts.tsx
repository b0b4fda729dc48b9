import { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { describeError } from '@/services/errors'
import type { LevelGiftDto } from '@/services/schemas/level-gifts'
import { claimLevelGift, fetchLevelGifts } from './level-gifts-api'
import './value.scss'

function useLevelGifts() {
  const [gifts, setGifts] = useState<LevelGiftDto[] | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const load = () => void fetchLevelGifts().then(setGifts, () => undefined)
  useEffect(load, [])
  useDidShow(load)
  async function claim(gift: LevelGiftDto) {
    setBusy(gift.levelCode)
    setMessage(null)
    try {
      const result = await claimLevelGift(gift.levelCode)
      setGifts((list) => list && list.map((g) => (g.levelCode === gift.levelCode ? result.gift : g)))
      setMessage(result.coupon ? `已领取：「${result.coupon.title}」已放入券包` : `已领取：${result.right?.title ?? gift.description}，已放入权益`)
    } catch (e) {
      setMessage(describeError(e))
      load()
    } finally {
      setBusy(null)
    }
  }
  return { gifts, busy, message, claim }
}

const ClaimButton = ({ gift, busy, onClaim }: { gift: LevelGiftDto; busy: boolean; onClaim: () => void }) => (
  <Button className='btn btn--primary btn--small' disabled={busy || undefined} onClick={onClaim} {...a11y(`领取${gift.title}`, 'button', { disabled: busy })}>
    {busy ? '正在领取…' : '领取'}
  </Button>
)

/** 权益 centre: the gift for entering each level, claimable once per entry. */
export function LevelGiftsSection() {
  const { gifts, busy, message, claim } = useLevelGifts()
  if (!gifts) return null
  return (
    <View className='level-gifts' data-testid='level-gifts'>
      <Text className='level-gifts__title'>升级礼</Text>
      {message && <Text className='level-gifts__message' {...a11y(undefined, 'status')}>{message}</Text>}
      {gifts.map((gift) => (
        <View key={gift.levelCode} className='level-gift' data-testid={`level-gift-${gift.levelCode}`}>
          <View className='level-gift__body'>
            <Text className='level-gift__name'>{gift.title}</Text>
            <Text className='level-gift__desc'>{gift.description}</Text>
          </View>
          {gift.status === 'claimable' ? (
            <ClaimButton gift={gift} busy={busy === gift.levelCode} onClaim={() => void claim(gift)} />
          ) : (
            <Text className={`level-gift__status level-gift__status--${gift.status}`}>{gift.status === 'claimed' ? '已领取' : '升级后可领'}</Text>
          )}
        </View>
      ))}
    </View>
  )
}

/** The level-up moment on the home: the gift of the level just entered, one tap away. */
export function LevelGiftNotice({ levelCode }: { levelCode: string }) {
  const { gifts, busy, message, claim } = useLevelGifts()
  const gift = gifts?.find((g) => g.levelCode === levelCode)
  if (message) return <Notice tone='info' title={message} />
  if (!gift || gift.status !== 'claimable') return null
  return (
    <View data-testid='level-gift-notice'>
      <Notice tone='info' title={`🎉 你已是「${gift.title.replace('升级礼', '')}」会员，送你一份升级礼`} action={<ClaimButton gift={gift} busy={busy === gift.levelCode} onClaim={() => void claim(gift)} />}>
        <Text>{gift.description}</Text>
      </Notice>
    </View>
  )
}
