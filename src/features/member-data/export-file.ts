import { formatShanghai } from '@/lib/format'
import { copyText, saveTextFile, type PlatformResult } from '@/platform'
import type { MemberExport } from './api'

/** `会员圈-我的数据-20261206.json`: the day (Shanghai) it was exported, so several exports sort. */
export function exportFileName(doc: MemberExport): string {
  return `会员圈-我的数据-${formatShanghai(doc.exportedAt, 'YYYYMMDD')}.json`
}

export const exportText = (doc: MemberExport) => JSON.stringify(doc, null, 2)

export function saveExport(doc: MemberExport): Promise<PlatformResult> {
  return saveTextFile(exportFileName(doc), exportText(doc))
}

export function copyExport(doc: MemberExport): Promise<PlatformResult> {
  return copyText(exportText(doc))
}
