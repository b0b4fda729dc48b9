// Encoders (need uqr and jsbarcode installed) and renderers (pure, no DOM): the code screen
// draws `encodeQr(code)` and `encodeCode128(code)` with `drawQr`/`drawCode128` on a canvas,
// or shows `toDataUri(qrToSvg(...))` in an image.
export { encodeQr } from './qr'
export { encodeCode128 } from './code128'
export { CODE128_QUIET_ZONE } from './code128-geometry'
export { withQuietZone, QR_QUIET_ZONE } from './matrix'
export type { QrMatrix } from './matrix'
export { qrToSvg, code128ToSvg } from './svg'
export { toDataUri } from './data-uri'
export { drawQr, drawCode128 } from './canvas'
export type { Fillable2D, DrawOptions } from './canvas'
