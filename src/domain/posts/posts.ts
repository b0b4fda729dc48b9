/** 优质分享: a member's 使用心得 (review) or 晒单 (showcase), and what its review earns, once. */
export const POST_KINDS = ['review', 'showcase'] as const
export type PostKind = (typeof POST_KINDS)[number]
export const POST_STATUSES = ['pending', 'approved', 'featured', 'rejected'] as const
export type PostStatus = (typeof POST_STATUSES)[number]

export const POST_TEXT_MIN = 10
export const POST_TEXT_MAX = 2000
export const POST_IMAGES_MAX = 9
export const PRODUCT_TAG_MAX = 30

export const POST_KIND_LABEL: Record<PostKind, string> = { review: '使用心得', showcase: '晒单' }
export const POST_STATUS_LABEL: Record<PostStatus, string> = { pending: '审核中', approved: '已通过', featured: '已精选', rejected: '未通过' }

/** What a post has already earned; each credit is given at most once per post. */
export interface PostCredits {
  interactionCredited: boolean
  featuredCredited: boolean
}

/**
 * What moving a post to `next` earns now: an approved (or featured) post one interaction, a
 * featured one also one share and the reward. Credits already given are never given again, and a
 * later rejection takes nothing back (the member was told).
 */
export function creditsDue(credits: PostCredits, next: PostStatus): { interaction: boolean; featured: boolean } {
  const counts = next === 'approved' || next === 'featured'
  return { interaction: counts && !credits.interactionCredited, featured: next === 'featured' && !credits.featuredCredited }
}

/** A reason to tell the member why their post was not accepted, or why their input is refused. */
export function checkPostInput(input: { text: unknown; imageRefs?: unknown; productTag?: unknown }): string | null {
  const { text, imageRefs, productTag } = input
  if (typeof text !== 'string') return '请写下你的分享内容'
  const length = [...text.trim()].length
  if (length < POST_TEXT_MIN) return `分享内容至少 ${POST_TEXT_MIN} 个字`
  if (length > POST_TEXT_MAX) return `分享内容最多 ${POST_TEXT_MAX} 个字`
  if (imageRefs !== undefined) {
    if (!Array.isArray(imageRefs) || imageRefs.some((r) => typeof r !== 'string' || r.length === 0 || r.length > 200)) return '图片引用格式不正确'
    if (imageRefs.length > POST_IMAGES_MAX) return `最多 ${POST_IMAGES_MAX} 张图片`
  }
  if (productTag !== undefined && (typeof productTag !== 'string' || productTag.trim() === '' || [...productTag].length > PRODUCT_TAG_MAX)) {
    return `商品标签为 1 到 ${PRODUCT_TAG_MAX} 个字`
  }
  return null
}
