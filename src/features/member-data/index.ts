export { MemberDataScreen } from './member-data-screen'
// The 资料 page imports ./links directly, so its subpackage does not carry the export and deletion screens.
export { MemberDataLinks, MEMBER_DATA_PAGE } from './links'
