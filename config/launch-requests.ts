/**
 * The script src/index.html runs first in the member H5 build: when the page opened is one whose
 * first screen is the member's data (home, growth, profile: as features/growth/launch-prefetch)
 * and a joined member's session is stored, it sends those GETs at once, with the headers the app
 * would send. The app's request layer takes the answers (src/services/launch-requests.ts) instead
 * of asking again once app.js has run: at 4× CPU that is hundreds of milliseconds sooner.
 *
 * On the home it also hands the answers to the HTML shell, which paints the member card from them
 * (window.paintBootShell, config/boot-shell-card.ts) before app.js has run.
 *
 * Plain ES5 in a string: it runs before any bundle, in every browser the app supports.
 */

export function launchRequestsScript(apiBase: string): string {
  return `;(function (base) {
  try {
    var route = location.hash.replace(/^#\\/?/, '').split('?')[0]
    if (!/^(pages\\/(home|growth|profile)\\/index)?$/.test(route)) return
    if (localStorage.getItem('session.mustSignIn')) return
    var stored = localStorage.getItem('session.v1')
    if (!stored) return
    // Taro's H5 storage wraps each value as {data}; the app stores {v, data} as JSON (services/storage).
    var data = JSON.parse(stored).data
    var envelope = typeof data === 'string' ? JSON.parse(data) : data
    var session = envelope && envelope.v === 1 ? envelope.data : null
    if (!session || typeof session.token !== 'string' || session.joined !== true) return
    var sent = (window.__launchRequests = [])
    var ask = function (path, signed) {
      var header = { 'Content-Type': 'application/json' }
      if (signed) header.Authorization = 'Bearer ' + session.token
      var url = base + '/api/v1' + path
      var response = fetch(url, { headers: header })
      response.catch(function () {}) // the app asks again if it failed; never an unhandled rejection
      sent.push({ url: url, header: header, sentAt: Date.now(), response: response })
    }
    ask('/me', true)
    ask('/me/growth', true)
    ask('/levels', false)
    // The home's card, painted by the shell from the same answers (each read through a copy of
    // the response, taken before the app can read the original).
    if (route === 'pages/growth/index' || route === 'pages/profile/index') return
    var bodies = sent.map(function (r) {
      return r.response.then(function (res) { return res.ok ? res.clone().json() : null }).catch(function () { return null })
    })
    // index.html's boot waits (briefly) for this, so the card gets a frame before app.js runs.
    window.__bootShellPending = true
    Promise.all(bodies).then(function (b) {
      var paint = function () {
        try { window.paintBootShell(b[0], b[1], b[2]) } catch (e) { /* the skeleton stays */ }
        window.__bootShellPending = false
        if (window.__bootShellSettled) window.__bootShellSettled()
      }
      if (typeof document !== 'undefined' && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', paint)
      else paint()
    })
  } catch (e) {
    /* the app asks for itself */
  }
})(${JSON.stringify(apiBase)})`
}
