/**
 * Copying on H5, honestly. Taro's H5 setClipboardData runs execCommand('copy'), ignores its
 * answer and reports success (with its own toast), so the app said 已复制 over an empty clipboard.
 * Here: the async Clipboard API where the page is a secure context (HTTPS, localhost); else a
 * select-and-copy through a hidden textarea, which also works on a plain-HTTP LAN address, where
 * `navigator.clipboard` does not exist. Either answers whether the text really went; never throws.
 */
export async function copyOnWeb(text: string): Promise<boolean> {
  if (typeof window === 'undefined' || typeof document === 'undefined') return false
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined
  if (clipboard && typeof clipboard.writeText === 'function' && window.isSecureContext !== false) {
    try {
      await clipboard.writeText(text)
      return true
    } catch {
      /* denied (no permission, not focused): try selecting and copying */
    }
  }
  return selectAndCopy(text)
}

function selectAndCopy(text: string): boolean {
  if (typeof document.execCommand !== 'function' || !document.body) return false
  const area = document.createElement('textarea')
  area.value = text
  area.readOnly = true
  // On screen but invisible: iOS Safari selects nothing in an element far off screen.
  area.setAttribute('style', 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;border:0;padding:0;font-size:16px')
  area.setAttribute('aria-hidden', 'true')
  const focused = document.activeElement as HTMLElement | null
  document.body.appendChild(area)
  try {
    area.focus()
    area.select()
    area.setSelectionRange(0, text.length)
    return document.execCommand('copy') === true
  } catch {
    return false
  } finally {
    document.body.removeChild(area)
    focused?.focus?.()
  }
}
