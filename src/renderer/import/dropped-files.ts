/**
 * The files of a drop, folders walked recursively through the File System entries API. The entries must be taken
 * while the drop event is being handled; reading them may come later.
 */
export function droppedEntries(dataTransfer: DataTransfer): FileSystemEntry[] {
  return [...dataTransfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null)
}

export async function filesOf(entries: FileSystemEntry[]): Promise<File[]> {
  const files: File[] = []
  for (const entry of entries) {
    if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry))
    else if (entry.isDirectory) files.push(...(await filesOf(await childrenOf(entry as FileSystemDirectoryEntry))))
  }
  return files
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

/** A folder's entries; readEntries hands them out in batches until it returns none. Hidden files are left out. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader()
  const children: FileSystemEntry[] = []
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) return children.filter((child) => !child.name.startsWith('.'))
    children.push(...batch)
  }
}
