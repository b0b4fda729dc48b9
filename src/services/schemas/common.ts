import * as v from 'valibot'
import { LEVEL_CODES, DIMENSIONS, type LevelCode, type Dimension } from '@/domain/levels'

/** An ISO-8601 instant with offset; plain dates or iOS-unsafe 'YYYY-MM-DD hh:mm:ss' are refused. */
export const Instant = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, '时间格式不符合约定'),
)
export const Fen = v.pipe(v.number(), v.integer())
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
export const LevelCodeSchema = v.picklist(LEVEL_CODES as readonly LevelCode[] as [LevelCode, ...LevelCode[]])
export const DimensionSchema = v.picklist(DIMENSIONS as readonly Dimension[] as [Dimension, ...Dimension[]])
