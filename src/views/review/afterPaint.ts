// Work that can wait until the page has painted, such as drawing charts: one task at a time, each
// in its own turn of the event loop after the next frame, so none delays the first paint or holds
// the main thread long enough to block a click.

type Task = () => void | Promise<void>;

const queue: Task[] = [];
let running = false;

const nextTurn = (run: () => void) => {
  // After the frame that paints what React has just rendered, then a turn of its own.
  requestAnimationFrame(() => setTimeout(run, 0));
};

function runNext() {
  const task = queue.shift();
  if (!task) {
    running = false;
    return;
  }
  void Promise.resolve()
    .then(task)
    .catch((error: unknown) => console.error(error))
    .finally(() => nextTurn(runNext));
}

/** Runs `task` after the next paint, after the tasks queued before it. Returns a cancel. */
export function afterPaint(task: Task): () => void {
  queue.push(task);
  if (!running) {
    running = true;
    nextTurn(runNext);
  }
  return () => {
    const at = queue.indexOf(task);
    if (at >= 0) queue.splice(at, 1);
  };
}
