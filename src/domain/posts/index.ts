export * from './posts'
/** Growth event titles a post's review adds (GET /me/growth/events). */
export const POST_APPROVED_TITLE = '分享通过审核'
export const POST_FEATURED_TITLE = '优质分享被精选'
