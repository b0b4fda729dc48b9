import { useSyncExternalStore } from 'react'
import { isJoined, onSessionChange } from '@/services/session'

/** Whether the signed-in person has joined (null while not known), re-rendering when it changes. */
export function useJoined(): boolean | null {
  return useSyncExternalStore(onSessionChange, isJoined)
}
