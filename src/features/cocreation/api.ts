import { request } from '@/services/request'
import { RecordSchema, SubmissionResponse, TasksResponse } from '@/services/schemas/cocreation'

export interface SubmissionBody {
  rating?: number
  text?: string
  answers?: Record<string, string>
  optionId?: string
  /** A reference to the picked image (name and size); the bytes never leave the phone. */
  attachment?: { name: string; sizeBytes: number; mimeType?: string }
}

export const fetchTasks = () => request({ path: '/cocreation/tasks', schema: TasksResponse }).then((r) => r.tasks)

export const fetchRecord = () => request({ path: '/me/cocreation', schema: RecordSchema })

/**
 * request() makes one Idempotency-Key per action (member, path, body) and keeps it while the
 * outcome is unknown: sending the same draft again after a failure replays, never doubles.
 */
export const submitTask = (id: string, body: SubmissionBody) =>
  request({
    method: 'POST',
    path: `/cocreation/tasks/${encodeURIComponent(id)}/submissions`,
    body,
    schema: SubmissionResponse,
  })
