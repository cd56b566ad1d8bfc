// Resolves in a later task of the page: big pieces of main-thread work (copying a million-row column out of
// Arrow, then the next; copying a matrix for one worker, then for another) each get a task of their own.
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
