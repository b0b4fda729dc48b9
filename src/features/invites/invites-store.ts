import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { onMemberDataInvalidated } from '@/services/mock-session'
import { ApiError } from '@/services/errors'
import type { InviteDto } from '@/services/schemas/invites'
import { answerInvite, fetchInvites } from './api'

export interface InvitesState {
  invites: InviteDto[] | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  error: ApiError | null
  /** Id of the invite whose answer is on its way. */
  answering: string | null
  load: () => Promise<void>
  answer: (id: string, accept: boolean, slotId?: string) => Promise<InviteDto>
  reset: () => void
}

export const pendingInvites = (invites: readonly InviteDto[] | null) => (invites ?? []).filter((i) => i.status === 'pending').length

/** The 会员 tab (index 0) carries the number of invites waiting for an answer. */
export function syncTabBadge(count: number): void {
  const done = count > 0 ? Taro.setTabBarBadge({ index: 0, text: String(count) }) : Taro.removeTabBarBadge({ index: 0 })
  // Outside a tab page (or where the platform has no tab bar) there is nothing to badge.
  void Promise.resolve(done).catch(() => undefined)
}

const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('network', String(e)))

export function createInvitesStore() {
  let inFlight: Promise<void> | null = null
  let generation = 0
  return create<InvitesState>()((set, get) => ({
    invites: null,
    status: 'idle',
    error: null,
    answering: null,
    load: () => {
      if (inFlight) return inFlight
      const mine = generation
      set({ status: get().invites ? 'ready' : 'loading' })
      inFlight = fetchInvites()
        .then((invites) => {
          if (mine !== generation) return
          set({ invites, status: 'ready', error: null })
          syncTabBadge(pendingInvites(invites))
        })
        .catch((e: unknown) => {
          if (mine === generation) set((s) => ({ error: toApiError(e), status: s.invites ? 'ready' : 'error' }))
        })
        .finally(() => {
          if (mine === generation) inFlight = null
        })
      return inFlight
    },
    answer: async (id, accept, slotId) => {
      // An answer that lands after the member changed (persona switch, reset) belongs to the old
      // member: it must not touch the new member's list (it used to turn an unloaded one into []).
      const mine = generation
      set({ answering: id })
      try {
        const invite = await answerInvite(id, accept, slotId)
        if (mine !== generation) return invite
        set((s) => ({ invites: s.invites && s.invites.map((i) => (i.id === id ? invite : i)) }))
        syncTabBadge(pendingInvites(get().invites))
        return invite
      } catch (e) {
        // The backend may know better (deadline passed, seat taken): re-read so the page tells the truth.
        if (mine === generation) void get().load()
        throw toApiError(e)
      } finally {
        if (mine === generation) set({ answering: null })
      }
    },
    reset: () => {
      generation += 1
      inFlight = null
      set({ invites: null, status: 'idle', error: null, answering: null })
    },
  }))
}

export const useInvitesStore = createInvitesStore()
onMemberDataInvalidated(() => useInvitesStore.getState().reset())
