import * as v from 'valibot'
import { useCallback, useEffect, useRef, useState } from 'react'
import { ContentSchema, type Content } from '@/services/schemas/content'
import { readMember, writeMember } from '@/services/member-storage'
import { fetchContent } from './api'

const CACHE_VERSION = 1
const Cached = v.object({ content: ContentSchema, fetchedAt: v.number() })
type CachedContent = v.InferOutput<typeof Cached>
const isCached = (d: unknown): d is CachedContent => v.is(Cached, d)
// Early-bird times and my questions differ per member: kept as member data.
const cacheName = (slug: string) => `content.${slug}`

export interface ContentState {
  content: Content | null
  fetchedAt: number | null
  /** What is shown is the saved copy because the last load failed. */
  stale: boolean
  error: unknown
  loading: boolean
}

/** Content for reading offline: the saved copy at once, then the network; on failure the copy stays, marked. */
export function useContent(slug: string) {
  const [state, setState] = useState<ContentState>(() => {
    const cached = readMember(cacheName(slug), CACHE_VERSION, isCached)
    return { content: cached?.content ?? null, fetchedAt: cached?.fetchedAt ?? null, stale: false, error: null, loading: true }
  })
  const alive = useRef(true)
  useEffect(() => () => void (alive.current = false), [])

  const load = useCallback(() => {
    setState((s) => ({ ...s, loading: true }))
    fetchContent(slug).then(
      (content) => {
        const fetchedAt = Date.now()
        writeMember(cacheName(slug), CACHE_VERSION, { content, fetchedAt })
        if (alive.current) setState({ content, fetchedAt, stale: false, error: null, loading: false })
      },
      (error: unknown) => {
        if (alive.current) setState((s) => ({ ...s, stale: Boolean(s.content), error, loading: false }))
      },
    )
  }, [slug])

  /** Keeps the saved copy in step with what the member just did (e.g. a question asked). */
  const update = useCallback(
    (next: Content) => {
      setState((s) => {
        if (!s.stale) writeMember(cacheName(slug), CACHE_VERSION, { content: next, fetchedAt: s.fetchedAt ?? Date.now() })
        return { ...s, content: next }
      })
    },
    [slug],
  )

  return { ...state, load, update }
}
