/** 提个想法: any member from 初步体验 gives the brand an idea; staff answer it. */
export const IDEA_STATUSES = ['received', 'reviewing', 'adopted', 'declined'] as const
export type IdeaStatus = (typeof IDEA_STATUSES)[number]
export const IDEA_STATUS_LABEL: Record<IdeaStatus, string> = { received: '已收到', reviewing: '评估中', adopted: '已采纳', declined: '暂不考虑' }
export const IDEA_TITLE_MAX = 40
export const IDEA_TEXT_MAX = 2000
export const IDEA_IMAGES_MAX = 9
export const IDEA_ADOPTED_TITLE = '想法被采纳'

/** Why the input cannot be sent, or null. Lengths in characters as typed (an emoji is one). */
export function checkIdeaInput(input: { title: unknown; text: unknown; imageRefs?: unknown }): string | null {
  const { title, text, imageRefs } = input
  if (typeof title !== 'string' || title.trim() === '') return '请给想法起个标题'
  if ([...title.trim()].length > IDEA_TITLE_MAX) return `标题最多 ${IDEA_TITLE_MAX} 个字`
  if (typeof text !== 'string' || text.trim() === '') return '请描述你的想法'
  if ([...text.trim()].length > IDEA_TEXT_MAX) return `描述最多 ${IDEA_TEXT_MAX} 个字`
  if (imageRefs !== undefined) {
    if (!Array.isArray(imageRefs) || imageRefs.some((r) => typeof r !== 'string' || r.length === 0 || r.length > 200)) return '图片引用格式不正确'
    if (imageRefs.length > IDEA_IMAGES_MAX) return `最多 ${IDEA_IMAGES_MAX} 张图片`
  }
  return null
}

/** Adoption earns one interaction, once per idea, whatever happens to it afterwards. */
export const adoptionDue = (alreadyCredited: boolean, next: IdeaStatus) => next === 'adopted' && !alreadyCredited
