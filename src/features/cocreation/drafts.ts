import { readMember, removeMember, writeMember } from '@/services/member-storage'
import type { SubmissionBody } from './api'

/**
 * What the member has typed for a task, kept in storage on every change so it survives leaving
 * the page, a restart and a failed submission; removed once the backend has the submission.
 */
export interface Draft extends SubmissionBody {
  /** A local path to show the picked image again (never sent). */
  imagePath?: string
}

const VERSION = 1
// Testers switch personas on one phone; a draft belongs to the member who typed it.
const keyOf = (taskId: string) => `cocreation.draft.${taskId}`

const isDraft = (d: unknown): d is Draft => typeof d === 'object' && d !== null && !Array.isArray(d)

export const readDraft = (taskId: string): Draft => readMember(keyOf(taskId), VERSION, isDraft) ?? {}
export const writeDraft = (taskId: string, draft: Draft) => writeMember(keyOf(taskId), VERSION, draft)
export const clearDraft = (taskId: string) => removeMember(keyOf(taskId))

/** The body to send: the draft without the local image path, empty answers left out. */
export function toSubmission(draft: Draft): SubmissionBody {
  const { imagePath: _local, ...body } = draft
  const answers = Object.fromEntries(Object.entries(body.answers ?? {}).filter(([, a]) => a.trim() !== ''))
  const text = body.text?.trim()
  return {
    ...(body.rating ? { rating: body.rating } : {}),
    ...(text ? { text } : {}),
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
    ...(body.optionId ? { optionId: body.optionId } : {}),
    ...(body.attachment ? { attachment: body.attachment } : {}),
  }
}
