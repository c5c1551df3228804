package cnnlab.ui.training;

import cnnlab.engine.EngineException;
import cnnlab.engine.Tensor;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeSample;
import cnnlab.engine.training.KernelLearner;
import cnnlab.engine.training.KernelLessonConfig;
import cnnlab.engine.training.KernelStep;
import cnnlab.engine.training.TrainingControl;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.StillStageViewModel;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Curriculum row 13: a random 3×3 kernel learning to fire on a "\" diagonal and not on a "/",
 * one {@link KernelLearner#step()} after another on a background thread, while the view shows
 * the kernel's numbers and the loss curve. Every number comes from the engine's learner; this
 * model only runs it, paces it and hands its steps to the UI thread.
 *
 * <p>Changing the seed or the learning rate starts over from the new random kernel.
 */
public final class KernelTrainingViewModel extends StillStageViewModel {
    private final int totalSteps;
    private final long stepDelayMillis;
    private final Executor worker;
    private final Executor ui;
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(this, "state",
            TrainingState.READY);
    private final ReadOnlyObjectWrapper<Tensor> kernel = new ReadOnlyObjectWrapper<>(this, "kernel");
    private final ReadOnlyDoubleWrapper bias = new ReadOnlyDoubleWrapper(this, "bias");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyDoubleWrapper similarity = new ReadOnlyDoubleWrapper(this, "similarity");
    private final ObservableList<Double> losses = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<KernelLearner> learner = new ReadOnlyObjectWrapper<>(this, "learner");
    private final ReadOnlyObjectWrapper<List<KernelResponse>> responses = new ReadOnlyObjectWrapper<>(this,
            "responses", List.of());
    private TrainingControl control;

    /**
     * @param config          the starting seed and learning rate, and the pictures
     * @param totalSteps      updates in a full run
     * @param stepDelayMillis pause after each update so a student can follow (0 in tests)
     * @param worker          runs the training loop, off the UI thread
     * @param ui              runs tasks on the UI thread ({@code Platform::runLater})
     */
    public KernelTrainingViewModel(KernelLessonConfig config, int totalSteps, long stepDelayMillis, Executor worker,
                                   Executor ui, Messages messages) {
        super(messages);
        EngineException.require(totalSteps >= 1, "a run needs at least one step, got " + totalSteps);
        this.totalSteps = totalSteps;
        this.stepDelayMillis = stepDelayMillis;
        this.worker = worker;
        this.ui = ui;
        seed.set(config.seed());
        learningRate.set(config.learningRate());
        learner.set(new KernelLearner(config));
        seed.addListener(obs -> startOver());
        learningRate.addListener(obs -> startOver());
        showStart();
    }

    /** Stops a run under way and forgets the language listener. */
    @Override
    public void dispose() {
        stop();
        super.dispose();
    }

    @Override
    protected void languageChanged() {
        describe();
    }

    /** Seeds the starting kernel and the pictures; a change stops any run and starts over. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** The step size of gradient descent; a change stops any run and starts over. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The kernel after the latest update shown, {@code 1 × 3 × 3}. */
    public ReadOnlyObjectProperty<Tensor> kernelProperty() {
        return kernel.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty biasProperty() {
        return bias.getReadOnlyProperty();
    }

    /** Updates shown so far. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int totalSteps() {
        return totalSteps;
    }

    /** Cosine similarity of the kernel with the diagonal detector, in [−1, 1]. */
    public ReadOnlyDoubleProperty similarityProperty() {
        return similarity.getReadOnlyProperty();
    }

    /** The loss: element 0 over all pictures before training, then each update's batch loss. */
    public ObservableList<Double> losses() {
        return FXCollections.unmodifiableObservableList(losses);
    }

    /** One sentence: step, loss and likeness to the detector. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The learner of the current run, for its pictures; replaced when the run starts over. */
    public ReadOnlyObjectProperty<KernelLearner> learnerProperty() {
        return learner.getReadOnlyProperty();
    }

    /** The current kernel's maps of a falling "\" diagonal and of a rising "/" one: the first should light up, the second not. */
    public ReadOnlyObjectProperty<List<KernelResponse>> responsesProperty() {
        return responses.getReadOnlyProperty();
    }

    /** The curriculum's diagonal detector, the kernel training should approach. */
    public Tensor goal() {
        return KernelLearner.diagonalDetector();
    }

    /**
     * Starts (or, after a finished or stopped run, restarts from the same seed) a run on the
     * worker; resumes a paused one. Does nothing while running.
     */
    public void start() {
        if (state.get() == TrainingState.PAUSED) {
            control.resume();
            state.set(TrainingState.RUNNING);
            return;
        }
        if (state.get() == TrainingState.RUNNING) {
            return;
        }
        if (state.get() != TrainingState.READY) {
            startOver();
        }
        TrainingControl runControl = new TrainingControl();
        control = runControl;
        KernelLearner runLearner = learner.get();
        UpdateQueue<KernelStep> updates = new UpdateQueue<>(ui, received -> {
            if (control == runControl) {
                receive(received);
            }
        });
        state.set(TrainingState.RUNNING);
        worker.execute(() -> train(runLearner, runControl, updates));
    }

    /** Waits after the current update until {@link #start()} or {@link #stop()}. */
    public void pause() {
        if (state.get() == TrainingState.RUNNING) {
            control.pause();
            state.set(TrainingState.PAUSED);
        }
    }

    /** Ends the run after the current update; the kernel stays as it is. */
    public void stop() {
        if (state.get().active()) {
            control.stop();
            state.set(TrainingState.STOPPED);
        }
    }

    /** The training loop, on the worker thread; a failure stops the run and is reported in the status line. */
    private void train(KernelLearner runLearner, TrainingControl runControl, UpdateQueue<KernelStep> updates) {
        try {
            for (int i = 0; i < totalSteps; i++) {
                if (!runControl.awaitTurn()) {
                    return;
                }
                updates.offer(runLearner.step());
                if (stepDelayMillis > 0) {
                    Thread.sleep(stepDelayMillis);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            updates.then(() -> {
                if (control == runControl) {
                    state.set(TrainingState.STOPPED);
                    status.set(messages().format("training.failed", e.getMessage()));
                }
            });
            return;
        }
        updates.then(() -> {
            if (control == runControl && state.get() == TrainingState.RUNNING) {
                state.set(TrainingState.FINISHED);
            }
        });
    }

    /** Shows the updates of the current run. */
    private void receive(List<KernelStep> received) {
        for (KernelStep update : received) {
            kernel.set(update.kernel());
            bias.set(update.bias());
            similarity.set(update.similarity());
            step.set(update.step());
            losses.add(update.loss());
        }
        respond();
        describe();
    }

    /** A new learner from the current seed and learning rate; the old run, if any, is stopped. */
    private void startOver() {
        if (control != null) {
            control.stop();
        }
        control = null;
        state.set(TrainingState.READY);
        learner.set(new KernelLearner(KernelLessonConfig.of(seed.get(), learningRate.get())));
        showStart();
    }

    private void showStart() {
        KernelLearner start = learner.get();
        kernel.set(start.kernel());
        bias.set(start.bias());
        similarity.set(KernelLearner.cosineSimilarity(start.kernel(), goal()));
        step.set(0);
        losses.setAll(start.loss());
        respond();
        describe();
    }

    private void respond() {
        List<ShapeSample> samples = learner.get().pictures().samples();
        responses.set(List.of(KernelLearner.TARGET, ShapeClass.DIAGONAL_UP).stream()
                .map(kind -> samples.stream().filter(s -> s.shape() == kind).findFirst().orElseThrow())
                .map(sample -> KernelResponse.of(sample, kernel.get(), (float) bias.get()))
                .toList());
    }

    private void describe() {
        status.set(messages().format("training.kernel.status", step.get(), totalSteps,
                losses.get(losses.size() - 1), similarity.get()));
    }
}
