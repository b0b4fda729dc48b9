export { unusableReason, firstUnusable, type UnusableReason } from './usability'
export { VOID_WINDOW_MS, voidBlock, voidTimeLeft, type VoidBlock, type Voidable } from './void-window'
export { shanghaiDayBounds, maskName, dayTotals, type DayLogKind } from './day-log'
