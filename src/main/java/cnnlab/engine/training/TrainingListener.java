package cnnlab.engine.training;

/**
 * Receives progress from a {@link Trainer}, on the training thread: a view must hand the
 * values to its own thread (for JavaFX, {@code Platform.runLater}) and return quickly.
 */
public interface TrainingListener {
    /** Does nothing. */
    TrainingListener NONE = new TrainingListener() {
    };

    /** After every mini-batch update. */
    default void batchFinished(BatchProgress progress) {
    }

    /** After every epoch, once the held-out images are evaluated. */
    default void epochFinished(EpochReport report) {
    }
}
