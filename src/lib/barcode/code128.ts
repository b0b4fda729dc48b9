import CODE128 from 'jsbarcode/bin/barcodes/CODE128/CODE128.js'

const START_C = '\xD2' // start in code set C (value 105 + 105)
const TO_CODE_B = '\xCD' // switch to code set B (value 100 + 105)

/**
 * Code 128 bars for a digit string, one boolean per module (true = bar), start to stop
 * inclusive, without quiet zones. Code set C packs two digits per symbol, so a 16-digit code
 * is 8 symbols wide instead of 16; an odd trailing digit switches to set B for that digit.
 */
export function encodeCode128(digits: string): boolean[] {
  if (!/^\d+$/.test(digits)) throw new RangeError('Code 128C encodes digits only')
  const even = digits.length - (digits.length % 2)
  const tail = digits.length % 2 ? TO_CODE_B + digits.slice(even) : ''
  const { data } = new CODE128(START_C + digits.slice(0, even) + tail, {}).encode()
  return Array.from(data, (m) => m === '1')
}
