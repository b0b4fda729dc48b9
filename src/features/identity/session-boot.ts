import Taro from '@tarojs/taro'
import { getPersona } from '@/services/mock-session'
import { getSession, isJoined, onSessionChange, saveSession, setReauthenticate, setReturnTo, signInAgain } from '@/services/session'
import { signInWithWechat } from './api'
import { currentPageUrl, HOME_PAGE, isOnPage, PROGRAMME_PAGE, SIGN_IN_PAGE } from './routes'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** wx.login's one-time code, through callbacks (some runtimes return nothing to await). */
function wechatLoginCode(): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.login({
      success: (res) => (res.code ? resolve(res.code) : reject(new Error('wx.login 没有返回 code'))),
      fail: (err) => reject(new Error(err.errMsg)),
    })
  })
}

/** The weapp signs in without asking; mock builds sign in as the tester's persona. */
export async function signInSilently(): Promise<boolean> {
  const code = __MOCK__ ? `mock:${getPersona() ?? 'active'}` : await wechatLoginCode()
  const session = await signInWithWechat(code)
  // Mock builds: the persona changed while this sign-in waited (a launch's 复现码 imported, a tester's
  // switch): the answer is the old persona's token, which would win over the new one. Sign in again.
  if (__MOCK__ && code !== `mock:${getPersona() ?? 'active'}`) return signInSilently()
  saveSession(session)
  return true
}

/** H5 has no silent way: the member signs in on the sign-in page and comes back here. */
async function sendToSignInPage(): Promise<boolean> {
  // Already there (a late call failing after the first sent us): keep what the member typed.
  if (isOnPage(SIGN_IN_PAGE)) return false
  const here = currentPageUrl()
  if (here) setReturnTo(here)
  void Taro.reLaunch({ url: SIGN_IN_PAGE })
  return false
}

/** A visitor who opened a member page (a shared coupon, an invite) sees the programme and comes back after joining. */
function sendVisitorToProgramme(): void {
  if (isJoined() !== false) return
  const here = currentPageUrl()
  if (!here || here.split('?')[0] === HOME_PAGE) return // the home shows the programme itself
  setReturnTo(here)
  void Taro.reLaunch({ url: PROGRAMME_PAGE })
}

let started = false

/** Called once at launch (app.ts). */
export function startSession(): void {
  if (started) return
  started = true
  setReauthenticate(IS_WEAPP ? signInSilently : sendToSignInPage, { silent: IS_WEAPP })
  onSessionChange(sendVisitorToProgramme)
  if (IS_WEAPP && !getSession()) void signInAgain()
}
