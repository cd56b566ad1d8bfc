// Resolves in a later task of the page: two pieces of main-thread work at the end of a big run (copying a
// million-row matrix for one worker, then for another) each get a task of their own, with paints between.
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
