import * as v from 'valibot'
import { parseInstant, toIso } from '@/domain/time'
import { LEVEL_CODES, DIMENSIONS, type LevelCode, type Dimension } from '@/domain/levels'

/**
 * Any RFC 3339 instant (0–9 fraction digits, Z or any offset), as the contract allows; plain
 * dates, impossible dates and iOS-unsafe 'YYYY-MM-DD hh:mm:ss' are refused. What the app keeps is
 * the same instant in UTC with milliseconds, so every later reader (dayjs, Date, the domain) sees
 * one shape whatever the server's stack wrote.
 */
export const Instant = v.pipe(
  v.string(),
  v.check((s) => Number.isFinite(parseInstant(s)), '时间格式不符合约定'),
  v.transform((s) => toIso(parseInstant(s))),
)
export const Fen = v.pipe(v.number(), v.integer())
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
export const LevelCodeSchema = v.picklist(LEVEL_CODES as readonly LevelCode[] as [LevelCode, ...LevelCode[]])
export const DimensionSchema = v.picklist(DIMENSIONS as readonly Dimension[] as [Dimension, ...Dimension[]])
