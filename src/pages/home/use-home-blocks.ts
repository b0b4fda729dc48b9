import { useEffect, useState } from 'react'
import * as bundled from './home-blocks'

export type HomeBlocks = typeof bundled

// H5: the blocks around the card (check-in, share, invites, messages, advisor, celebrations) are a
// chunk of their own that loads once the card is painted, so the level does not wait for their code.
// The weapp keeps them in the page (a mini-program has no dynamic chunks): the condition is written
// out so each build drops the other branch.
let loaded: HomeBlocks | null = process.env.TARO_ENV === 'h5' ? null : bundled
let loading: Promise<HomeBlocks> | null = null

const TRIES = 3
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A chunk request lost on a flaky network is tried again (webpack forgets a failed chunk, so a new import refetches it). */
async function importBlocks(): Promise<HomeBlocks> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await import(/* webpackChunkName: "home-blocks" */ './home-blocks')
    } catch (e) {
      if (attempt >= TRIES) throw e
      await pause(600 * attempt)
    }
  }
}

function loadBlocks(): Promise<HomeBlocks> {
  loading ??= afterPaint()
    .then(importBlocks)
    .then((m) => (loaded = m))
    .catch((e: unknown) => {
      loading = null // the member's 重试 starts over
      throw e
    })
  return loading
}

/**
 * The home's secondary blocks: `null` while their chunk loads; `failed` once it could not be had,
 * with `retry` for the member's 重试. Never throws into render: a lost chunk must not blank the
 * home (React.lazy would, with no boundary to catch it).
 */
export function useHomeBlocks(): { blocks: HomeBlocks | null; failed: boolean; retry: () => void } {
  const [blocks, setBlocks] = useState(loaded)
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (blocks) return
    let live = true
    loadBlocks().then(
      (m) => live && setBlocks(m),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [blocks, attempt])
  return {
    blocks,
    failed,
    retry: () => {
      setFailed(false)
      setAttempt((n) => n + 1)
    },
  }
}
