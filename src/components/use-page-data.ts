import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'

/**
 * A page's own list, loaded on every show: it lives and dies with the page, so nothing of one
 * member outlives a sign-out. A late answer after a newer load is dropped.
 */
export function usePageData<T>(fetch: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState(false)
  const seq = useRef(0)
  const load = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    try {
      const value = await fetch()
      if (mine === seq.current) {
        setData(value)
        setError(null)
      }
    } catch (e) {
      if (mine === seq.current) setError(e)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [fetch])
  useDidShow(() => void load())
  return { data, setData, error, loading, load }
}
