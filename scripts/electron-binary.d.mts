export function electronBinary(): string | null
export const electronInstallScript: string
