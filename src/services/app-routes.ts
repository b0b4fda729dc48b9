/**
 * In-app URLs that one feature links to and another owns. Kept in one place so a page that
 * moves (e.g. the profile editor, built alongside) is renamed once.
 */
export const PROFILE_EDIT_URL = '/pages/profile-edit/index'
export const CONTENT_URL = (slug: string) => `/pages/content/index?slug=${encodeURIComponent(slug)}`
export const MESSAGES_URL = '/pages/messages/index'
export const INVITE_DETAIL_URL = (id: string) => `/pages/invite-detail/index?id=${encodeURIComponent(id)}`
export const MEMBER_CODE_URL = '/pages/member-code/index'
export const COUPONS_TAB_URL = '/pages/coupons/index'
