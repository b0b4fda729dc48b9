// jsbarcode ships types only for its DOM-facing entry; this is the DOM-free Code 128 class we
// use (jsbarcode@3.12.3, bin/barcodes/CODE128/CODE128.js). `data` is a start character
// (\xD0–\xD2) followed by the payload; `encode().data` is one '1' (bar) or '0' per module.
declare module 'jsbarcode/bin/barcodes/CODE128/CODE128.js' {
  export default class CODE128 {
    constructor(data: string, options: Record<string, unknown>)
    encode(): { text: string; data: string }
  }
}
