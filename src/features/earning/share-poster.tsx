import { useEffect, useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Canvas, Image, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { drawQr, encodeQr, toDataUri } from '@/lib/barcode'
import { describeError } from '@/services/errors'
import { createShare } from './api'
import { POSTER_H, POSTER_QR, POSTER_SUBTITLE, POSTER_W, posterSvg } from './poster-svg'
import { posterOf } from './poster-route'
import { h5UrlOf } from './share'
import './share-poster.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
const CANVAS_ID = 'share-poster-canvas'

type PosterState = { status: 'loading' } | { status: 'ready'; link: string } | { status: 'error'; message: string }

/**
 * 生成海报 (its own page, see poster-route): a poster for Moments, the QR of a tracked link made
 * for it (channel 'poster'). H5 shows one SVG image (long press saves it); the weapp draws it on
 * a Canvas 2D node, as the code screens do. The QR holds the H5 address on H5 and the shared
 * page path on the weapp. Back is the page's own (the nav bar; H5Header on H5).
 */
export function SharePosterScreen() {
  const params = useRouter().params
  const { target, title } = posterOf(params)
  const [state, setState] = useState<PosterState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    createShare(target, 'poster')
      .then((s) => live && setState({ status: 'ready', link: IS_WEAPP ? s.path : h5UrlOf(s.path) }))
      .catch((e: unknown) => live && setState({ status: 'error', message: describeError(e) }))
    return () => {
      live = false
    }
  }, [target.kind, target.id, attempt]) // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <View className='share-poster' {...a11y('分享海报', 'region')}>
      {state.status === 'loading' && <Text className='share-poster__note'>正在生成海报…</Text>}
      {state.status === 'error' && (
        <ErrorState title='海报没有生成' message={state.message} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.status === 'ready' && (IS_WEAPP ? <PosterCanvas title={title} link={state.link} /> : <PosterImage title={title} link={state.link} />)}
      {state.status === 'ready' && <Text className='share-poster__note'>{IS_WEAPP ? '截图或长按保存后发到朋友圈' : '长按图片保存，发到朋友圈'}</Text>}
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
