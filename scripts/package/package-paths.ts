/** Locale-independent order of package paths, so the same input always gives the same bytes. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A package path as a URI reference for the manifest: each segment percent-encoded, so spaces or '#' survive. */
export function toHref(packagePath: string): string {
  return packagePath.split('/').map(encodeURIComponent).join('/');
}

/** Why a path cannot name a file inside a package ('' when it can): relative, '/' separated, no '.' or '..'. */
export function packagePathProblem(packagePath: string): string {
  if (packagePath.includes('\\')) return 'uses a backslash; use / between folders';
  if (/\p{Cc}/u.test(packagePath)) return 'contains a control character';
  const segments = packagePath.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return 'must be relative, without empty, "." or ".." segments';
  }
  return '';
}
