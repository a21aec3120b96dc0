import { spawn } from 'node:child_process'

/** Runs a command in the foreground, passes Ctrl+C and termination on to it, and exits with its exit code. */
export function runToExit(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
