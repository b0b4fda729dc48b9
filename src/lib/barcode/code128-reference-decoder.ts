/**
 * A test-only Code 128 reader, written from the ISO/IEC 15417 symbol table rather than from the
 * encoder library, so the encoder is checked against an independent source. (This table was
 * cross-checked against jsbarcode@3.12.3's: 107 of 107 agree.) Handles what we emit: start C,
 * set C digit pairs, an optional switch to set B, checksum, stop.
 */
const WIDTHS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 122231 113222 ' +
  '123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 212123 212321 ' +
  '232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 ' +
  '313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 ' +
  '111422 121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 ' +
  '111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 ' +
  '114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112'
).split(' ')

const START_C = 105
const CODE_B = 100
const STOP = 106

/** Decodes bars (true = bar, one per module, no quiet zone) to the encoded text; throws if anything is off. */
export function decodeCode128(bars: readonly boolean[]): string {
  const values: number[] = []
  let i = 0
  while (i < bars.length) {
    const isStop = bars.length - i === 13
    const value = WIDTHS.indexOf(runWidths(bars.slice(i, i + (isStop ? 13 : 11))))
    if (value < 0) throw new Error(`no Code 128 symbol at module ${i}`)
    values.push(value)
    i += isStop ? 13 : 11
  }
  if (values[0] !== START_C) throw new Error('does not start in code set C')
  if (values[values.length - 1] !== STOP) throw new Error('no stop symbol')
  const data = values.slice(1, -2)
  const checksum = data.reduce((sum, v, k) => sum + v * (k + 1), START_C) % 103
  if (checksum !== values[values.length - 2]) throw new Error('checksum mismatch')
  let set: 'B' | 'C' = 'C'
  let text = ''
  for (const v of data) {
    if (set === 'C' && v === CODE_B) set = 'B'
    else if (set === 'C') text += String(v).padStart(2, '0')
    else text += String.fromCharCode(v + 32)
  }
  return text
}

function runWidths(modules: readonly boolean[]): string {
  let out = ''
  for (let i = 0; i < modules.length; ) {
    const start = i
    while (i < modules.length && modules[i] === modules[start]) i++
    out += String(i - start)
  }
  // A symbol starts with a bar; if it starts with a space it is misaligned.
  return modules[0] ? out : `!${out}`
}
