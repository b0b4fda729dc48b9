import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Canvas, Image, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { drawQr, encodeQr, toDataUri } from '@/lib/barcode'
import { describeError } from '@/services/errors'
import { createShare } from './api'
import { POSTER_H, POSTER_QR, POSTER_SUBTITLE, POSTER_W, posterSvg } from './poster-svg'
import { h5UrlOf, type ShareTarget } from './share'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
const CANVAS_ID = 'share-poster-canvas'

type PosterState = { status: 'loading' } | { status: 'ready'; link: string } | { status: 'error'; message: string }

/**
 * 生成海报: a sheet over the page with a poster for Moments, the QR of a tracked link made for
 * it (channel 'poster'). H5 shows one SVG image (long press saves it); the weapp draws it on a
 * Canvas 2D node, as the code screens do. The QR holds the H5 address on H5 and the shared
 * page path on the weapp.
 */
export function SharePoster({ target, title, onClose }: { target: ShareTarget; title: string; onClose: () => void }) {
  const [state, setState] = useState<PosterState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    createShare(target, 'poster')
      .then((s) => live && setState({ status: 'ready', link: IS_WEAPP ? s.path : h5UrlOf(s.path) }))
      .catch((e: unknown) => live && setState({ status: 'error', message: `海报没有生成：${describeError(e)}` }))
    return () => {
      live = false
    }
  }, [target.kind, target.id]) // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <View className='share-poster' {...a11y('分享海报', 'dialog')}>
      <View className='share-poster__sheet'>
        {state.status === 'loading' && <Text className='share-poster__note'>正在生成海报…</Text>}
        {state.status === 'error' && (
          <Text className='share-poster__note' {...a11y(undefined, 'alert')}>
            {state.message}
          </Text>
        )}
        {state.status === 'ready' && (IS_WEAPP ? <PosterCanvas title={title} link={state.link} /> : <PosterImage title={title} link={state.link} />)}
        {state.status === 'ready' && <Text className='share-poster__note'>{IS_WEAPP ? '截图或长按保存后发到朋友圈' : '长按图片保存，发到朋友圈'}</Text>}
        <Button className='earning-entry__btn earning-entry__btn--quiet' onClick={onClose} {...a11y('关闭海报', 'button')}>
          关闭
        </Button>
      </View>
    </View>
  )
}

function PosterImage({ title, link }: { title: string; link: string }) {
  const src = useMemo(() => toDataUri(posterSvg(title, link)), [title, link])
  return <Image className='share-poster__image' src={src} ariaLabel='分享海报' nativeProps={{ alt: '分享海报' }} data-link={link} data-testid='share-poster-image' mode='widthFix' />
}

type Node2D = { getContext(t: '2d'): CanvasRenderingContext2D; width: number; height: number }

function PosterCanvas({ title, link }: { title: string; link: string }) {
  useEffect(() => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: Node2D; width: number } | null>) => {
        const hit = res?.[0]
        if (!hit?.node) return
        const canvas = hit.node
        // Drawn in poster units, scaled to the node's pixels, so layout matches the H5 SVG.
        const scale = (hit.width * (Taro.getSystemInfoSync().pixelRatio || 2)) / POSTER_W
        canvas.width = Math.round(POSTER_W * scale)
        canvas.height = Math.round(POSTER_H * scale)
        const ctx = canvas.getContext('2d')
        ctx.scale(scale, scale)
        ctx.fillStyle = '#f3eefb'
        ctx.fillRect(0, 0, POSTER_W, POSTER_H)
        ctx.fillStyle = '#fff'
        ctx.fillRect(40, 40, POSTER_W - 80, POSTER_H - 80)
        ctx.textAlign = 'center'
        ctx.fillStyle = '#5a3e8c'
        ctx.font = '600 40px sans-serif'
        ctx.fillText(title, POSTER_W / 2, 150)
        ctx.fillStyle = '#6b655c'
        ctx.font = '26px sans-serif'
        ctx.fillText('会员圈 · 消费、互动、分享都算成长', POSTER_W / 2, 220)
        const matrix = encodeQr(link)
        // Whole units per module keep the edges sharp; the spare space centres the code.
        const modulePx = Math.floor(POSTER_QR.side / (matrix.size + 8))
        const spare = (POSTER_QR.side - modulePx * (matrix.size + 8)) / 2
        drawQr(ctx, matrix, { modulePx, x: POSTER_QR.x + spare, y: POSTER_QR.y + spare })
        ctx.fillStyle = '#1f1d1a'
        ctx.fillText(POSTER_SUBTITLE, POSTER_W / 2, 700)
      })
  }, [title, link])
  return <Canvas type='2d' id={CANVAS_ID} className='share-poster__image' data-link={link} style={{ width: '300px', height: `${(300 * POSTER_H) / POSTER_W}px` }} />
}
