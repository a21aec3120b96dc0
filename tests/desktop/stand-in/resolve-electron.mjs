// A module resolution hook (node:module register): 'electron' names the stand-in, resolved (and compiled) as any module.
let standIn

export function initialize(data) {
  standIn = data.standIn
}

export async function resolve(specifier, context, next) {
  return next(specifier === 'electron' ? standIn : specifier, context)
}
