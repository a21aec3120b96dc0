import { spawn } from 'node:child_process'

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM']
// Chromium says why it will not start in its first lines; later output only passes through.
const KEPT_STDERR_CHARS = 64 * 1024

/** Starts a command in the foreground: Ctrl+C and termination go on to it, and a failure to start is said in one line. */
function startInForeground(command, args, stdio) {
  const child = spawn(command, args, { stdio })
  const forward = (signal) => child.kill(signal)
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward)
  child.on('exit', () => FORWARDED_SIGNALS.forEach((signal) => process.off(signal, forward)))
  child.on('error', (error) => {
    console.error(`${command} could not be started (${error.message}).`)
    process.exit(1)
  })
  return child
}

/** The exit code to leave with when a child ended with this code or signal. */
export function exitCodeOf(code, signal) {
  return code ?? (signal ? 1 : 0)
}

/** Runs a command in the foreground and exits with its exit code. */
export function runToExit(command, args) {
  startInForeground(command, args, 'inherit').on('exit', (code, signal) => process.exit(exitCodeOf(code, signal)))
}

/** Runs a command in the foreground with its stderr passed through; resolves when it ends, with the start of that stderr. */
export function runWatchingStderr(command, args) {
  const child = startInForeground(command, args, ['inherit', 'inherit', 'pipe'])
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk)
    if (stderr.length < KEPT_STDERR_CHARS) stderr += chunk
  })
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr }))
    // Chromium's helper processes can keep the pipe open a while after Electron itself has ended.
    child.on('exit', (code, signal) => setTimeout(() => resolve({ code, signal, stderr }), 1000).unref())
  })
}
