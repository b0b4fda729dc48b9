import { create } from 'zustand'
import { ApiError } from '@/services/errors'
import { onMemberDataInvalidated } from '@/services/mock-session'
import type { RecordDto, TaskDto } from '@/services/schemas/cocreation'
import { fetchRecord, fetchTasks } from './api'

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface CocreationState {
  tasks: TaskDto[] | null
  tasksStatus: LoadStatus
  tasksError: ApiError | null
  record: RecordDto | null
  recordStatus: LoadStatus
  recordError: ApiError | null
  loadTasks: () => Promise<void>
  loadRecord: () => Promise<void>
  /** The backend's answer to a submission: the task as it now stands. */
  putTask: (task: TaskDto) => void
  reset: () => void
}

const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('network', String(e)))

export function createCocreationStore() {
  let generation = 0
  return create<CocreationState>()((set, get) => ({
    tasks: null,
    tasksStatus: 'idle',
    tasksError: null,
    record: null,
    recordStatus: 'idle',
    recordError: null,
    loadTasks: async () => {
      const mine = generation
      set({ tasksStatus: get().tasks ? 'ready' : 'loading' })
      try {
        const tasks = await fetchTasks()
        if (mine === generation) set({ tasks, tasksStatus: 'ready', tasksError: null })
      } catch (e) {
        if (mine === generation) set((s) => ({ tasksError: toApiError(e), tasksStatus: s.tasks ? 'ready' : 'error' }))
      }
    },
    loadRecord: async () => {
      const mine = generation
      set({ recordStatus: get().record ? 'ready' : 'loading' })
      try {
        const record = await fetchRecord()
        if (mine === generation) set({ record, recordStatus: 'ready', recordError: null })
      } catch (e) {
        if (mine === generation) set((s) => ({ recordError: toApiError(e), recordStatus: s.record ? 'ready' : 'error' }))
      }
    },
    putTask: (task) => set((s) => ({ tasks: s.tasks ? s.tasks.map((t) => (t.id === task.id ? task : t)) : [task] })),
    reset: () => {
      generation += 1
      set({ tasks: null, tasksStatus: 'idle', tasksError: null, record: null, recordStatus: 'idle', recordError: null })
    },
  }))
}

export const useCocreationStore = createCocreationStore()
onMemberDataInvalidated(() => useCocreationStore.getState().reset())
