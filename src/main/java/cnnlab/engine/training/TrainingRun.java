package cnnlab.engine.training;

import cnnlab.engine.data.LabelledImages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A {@link Trainer} running on a background thread, with pause, resume and stop for a view.
 * Progress reaches the listener on the training thread; the outcome arrives through
 * {@link #result()}, which completes exceptionally if training throws.
 */
public final class TrainingRun {
    private final Trainer trainer;
    private final TrainingControl control = new TrainingControl();
    private final CompletableFuture<TrainingResult> result = new CompletableFuture<>();

    private TrainingRun(Trainer trainer) {
        this.trainer = trainer;
    }

    /**
     * Starts {@code trainer} on {@code executor}.
     *
     * @param listener told about progress on the training thread
     */
    public static TrainingRun start(Trainer trainer, LabelledImages train, LabelledImages test,
                                    TrainingListener listener, Executor executor) {
        TrainingRun run = new TrainingRun(trainer);
        executor.execute(() -> {
            try {
                run.result.complete(trainer.train(train, test, listener, run.control));
            } catch (RuntimeException | Error e) {
                run.result.completeExceptionally(e);
            }
        });
        return run;
    }

    /** Starts {@code trainer} on a new daemon thread named {@code cnn-lab-training}. */
    public static TrainingRun startOnNewThread(Trainer trainer, LabelledImages train, LabelledImages test,
                                               TrainingListener listener) {
        return start(trainer, train, test, listener, task -> {
            Thread thread = new Thread(task, "cnn-lab-training");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits after the current batch until {@link #resume()} or {@link #stop()}. */
    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    /** Ends the run after the current batch; {@link #result()} then completes with {@code stopped = true}. */
    public void stop() {
        control.stop();
    }

    public boolean isPaused() {
        return control.isPaused();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Completes when training ends, finished or stopped. */
    public CompletableFuture<TrainingResult> result() {
        return result;
    }

    /**
     * An independent copy of the model as it is between two batches, safe to run on the
     * calling thread (for filters, activations or heat maps while training goes on).
     * Waits for the current batch to finish.
     */
    public Sequential snapshot() {
        Sequential model = trainer.model();
        synchronized (model) {
            return model.copy();
        }
    }
}
