package cnnlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands values from a training thread to the UI thread in batches: the first value offered
 * after a drain schedules one drain on the UI executor, later ones join it. So a fast training
 * loop never floods the UI thread with one task per update, and values arrive in order.
 *
 * @param <T> the value type
 */
public final class UpdateQueue<T> {
    private final Executor ui;
    private final Consumer<List<T>> receiver;
    private final List<T> pending = new ArrayList<>();

    /**
     * @param ui       runs tasks on the UI thread ({@code Platform::runLater}, or {@code Runnable::run} in tests)
     * @param receiver gets every value offered since the last drain, oldest first, on the UI thread
     */
    public UpdateQueue(Executor ui, Consumer<List<T>> receiver) {
        this.ui = ui;
        this.receiver = receiver;
    }

    /** Queues {@code value}; called on the training thread. */
    public void offer(T value) {
        boolean schedule;
        synchronized (pending) {
            schedule = pending.isEmpty();
            pending.add(value);
        }
        if (schedule) {
            ui.execute(this::drain);
        }
    }

    /** Runs {@code task} on the UI thread after every value offered before it has been received. */
    public void then(Runnable task) {
        ui.execute(task);
    }

    private void drain() {
        List<T> values;
        synchronized (pending) {
            values = new ArrayList<>(pending);
            pending.clear();
        }
        if (!values.isEmpty()) {
            receiver.accept(values);
        }
    }
}
