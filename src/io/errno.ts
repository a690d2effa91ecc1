/** What the file system said, for the one-line messages of users' errors. */

/** An fs error as a few words a person can act on: "EISDIR: a folder, not a file". */
export function errnoText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  const words: Record<string, string> = {
    EISDIR: 'a folder, not a file',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    ENOENT: 'no such file or folder',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
    EIO: 'input/output error',
  }
  return code !== undefined ? `${code}${words[code] ? `: ${words[code]}` : ''}` : String((err as Error).message ?? err).replace(/\s+/g, ' ').slice(0, 120)
}

