package cnnlab.engine.training;

/**
 * Pause, resume and stop requests for a training loop, safe to call from any thread. The loop
 * calls {@link #awaitTurn()} between mini-batches, so a request takes effect after the
 * current batch; a stop also ends a pause.
 */
public final class TrainingControl {
    private boolean paused;
    private boolean stopped;

    /** Asks the loop to wait before its next batch. */
    public synchronized void pause() {
        paused = true;
    }

    /** Lets a paused loop go on. */
    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** Asks the loop to finish after the current batch; cannot be undone. */
    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused && !stopped;
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    /**
     * Called by the loop before each batch: blocks while paused.
     *
     * @return true to train the next batch, false once stopped (or when the thread is interrupted,
     *     which counts as a stop and keeps the interrupt flag set)
     */
    public synchronized boolean awaitTurn() {
        try {
            while (paused && !stopped) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
        return !stopped;
    }
}
