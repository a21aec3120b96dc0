import { dirname, join } from 'node:path'

// Chromium aborts at start with one of these when Linux will not let it create the user namespaces its sandbox needs
// (Ubuntu 23.10 and later: AppArmor allows that only to programs with a profile of their own) and its fallback, the
// setuid helper chrome-sandbox, is not owned by root with mode 4755, as it never is after a download. Reported with
// Electron in https://github.com/electron/electron/issues/41066 and https://github.com/electron/electron/issues/42510;
// the three fixes offered are those given there and in Chromium's own page on it (APPARMOR_DOC, which its "No usable
// sandbox!" message names): an unconfined AppArmor profile with `userns` for the binary (electron#41066), a setuid-root
// chrome-sandbox (https://github.com/nextcloud/talk-desktop/issues/588), or the sysctl that lifts the restriction.
const USER_NAMESPACES_REFUSED = [/The SUID sandbox helper binary was found, but is not configured correctly/, /No usable sandbox!/]
// A rule of Chromium's that Electron keeps: https://github.com/electron/electron/issues/26828 (https://crbug.com/638180).
const RUNNING_AS_ROOT = /Running as root without --no-sandbox is not supported/

const APPARMOR_DOC = 'https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md'
const PROFILE_FILE = '/etc/apparmor.d/parallax-electron'

/** A word for sh, quoted so that spaces and quotes in it survive a copy and paste. */
function shellWord(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

function userNamespacesRefused(binary) {
  const helper = shellWord(join(dirname(binary), 'chrome-sandbox'))
  const profile = ['abi <abi/4.0>,', 'include <tunables/global>', `profile parallax-electron "${binary}" flags=(unconfined) {`, '  userns,', '}']
  return [
    'Electron stopped at start because Linux would not let it turn on its sandbox: on Ubuntu 23.10 and later, AppArmor',
    'lets only programs with a profile of their own create the user namespaces the sandbox needs, and this copy of',
    'Electron (in node_modules) has none. Either give it a profile, which lasts as long as this folder stays where it is:',
    '',
    `  printf '%s\\n' ${profile.map(shellWord).join(' ')} | sudo tee ${PROFILE_FILE}`,
    `  sudo apparmor_parser -r ${PROFILE_FILE}`,
    '',
    'or make its sandbox helper setuid root, again after each Electron update:',
    '',
    `  sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`,
    '',
    'Turning the restriction off for every program (sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, until',
    `the next restart) works too but weakens the whole machine. More: ${APPARMOR_DOC}`
  ].join('\n')
}

const RUNNING_AS_ROOT_EXPLAINED =
  'Electron does not start as root with its sandbox on (a rule of Chromium, https://crbug.com/638180), and Parallax does\n' +
  'not turn the sandbox off for you. Run npm start as your ordinary user; if you do mean to run it as root without the\n' +
  'sandbox, `npm start -- --no-sandbox` does that.'

/** What to tell the user when Electron's stderr shows it stopped because of its Linux sandbox, else null. */
export function sandboxProblem(stderr, binary) {
  if (USER_NAMESPACES_REFUSED.some((message) => message.test(stderr))) return userNamespacesRefused(binary)
  if (RUNNING_AS_ROOT.test(stderr)) return RUNNING_AS_ROOT_EXPLAINED
  return null
}
