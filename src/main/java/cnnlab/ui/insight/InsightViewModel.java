package cnnlab.ui.insight;

import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeDataset;
import cnnlab.engine.data.ShapeSample;
import cnnlab.engine.training.Adam;
import cnnlab.engine.training.BatchProgress;
import cnnlab.engine.training.Sequential;
import cnnlab.engine.training.Trainer;
import cnnlab.engine.training.TrainingConfig;
import cnnlab.engine.training.TrainingListener;
import cnnlab.engine.training.TrainingResult;
import cnnlab.engine.training.TrainingRun;
import cnnlab.lesson.ShapeTraining;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.StillStageViewModel;
import cnnlab.ui.training.TrainingState;
import cnnlab.ui.training.UpdateQueue;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Curriculum row 15, what a network sees: a small CNN is trained on the generated shapes on a
 * background thread (the engine's {@link TrainingRun}), its progress shown; then, for a chosen
 * held-out picture, the engine's {@link Explanations}: filters, maps of every layer, and the
 * occlusion, saliency and Grad-CAM heat maps of the picture's class. Stopping early keeps the
 * model as it is, so its (poorer) explanations can be compared.
 */
public final class InsightViewModel extends StillStageViewModel {
    /** The panels of the stage. */
    public enum Panel {
        FILTERS, ACTIVATIONS, HEATMAPS
    }

    private final ShapeTraining training;
    private final Executor worker;
    private final Executor ui;
    private final ShapeDataset.Split data;
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(this, "state",
            TrainingState.READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<ShapeClass> shape = new SimpleObjectProperty<>(this, "shape");
    private final IntegerProperty pictureNumber = new SimpleIntegerProperty(this, "pictureNumber");
    private final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(this, "panel");
    private final ReadOnlyObjectWrapper<ShapeSample> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyObjectWrapper<Explanations> explanations = new ReadOnlyObjectWrapper<>(this, "explanations");
    private final ReadOnlyStringWrapper prediction = new ReadOnlyStringWrapper(this, "prediction", "");
    private TrainingRun run;
    private Sequential model;
    private BatchProgress lastBatch;
    private TrainingResult result;

    /**
     * @param training   the network and how to train it
     * @param firstShape the kind of picture shown first; null for the first class
     * @param firstPanel the panel open first
     * @param worker     runs training, off the UI thread
     * @param ui         runs tasks on the UI thread ({@code Platform::runLater})
     */
    public InsightViewModel(ShapeTraining training, ShapeClass firstShape, Panel firstPanel, Executor worker,
                            Executor ui, Messages messages) {
        super(messages);
        this.training = training;
        this.worker = worker;
        this.ui = ui;
        int size = training.network().input().height();
        this.data = ShapeDataset.generate(training.classes(), training.picturesPerClass(), size, training.seed())
                .split(0.25);
        shape.set(firstShape != null && training.classes().contains(firstShape) ? firstShape : training.classes().get(0));
        panel.set(firstPanel);
        shape.addListener(obs -> choosePicture());
        pictureNumber.addListener(obs -> choosePicture());
        choosePicture();
        describe();
    }

    /** Stops training under way and forgets the language listener. */
    @Override
    public void dispose() {
        stop();
        super.dispose();
    }

    @Override
    protected void languageChanged() {
        describe();
    }

    /** The classes the network tells apart, in output order. */
    public List<ShapeClass> classes() {
        return training.classes();
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Fraction of the training done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Epoch, loss and accuracy while training; the held-out accuracy after. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The kind of held-out picture to explain. */
    public ObjectProperty<ShapeClass> shapeProperty() {
        return shape;
    }

    /** Which held-out picture of that kind, from 0 (wraps around). */
    public IntegerProperty pictureNumberProperty() {
        return pictureNumber;
    }

    /** The panel shown. */
    public ObjectProperty<Panel> panelProperty() {
        return panel;
    }

    /** The held-out picture being explained. */
    public ReadOnlyObjectProperty<ShapeSample> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The engine's explanations of the picture; null until training has ended. */
    public ReadOnlyObjectProperty<Explanations> explanationsProperty() {
        return explanations.getReadOnlyProperty();
    }

    /** "The network says: cross (92 %)". */
    public ReadOnlyStringProperty predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** The pictures trained on and held out. */
    public ShapeDataset.Split data() {
        return data;
    }

    /** Starts training the network from its seeded start; does nothing while a run is under way. */
    public void start() {
        if (state.get().active()) {
            return;
        }
        Sequential fresh = Sequential.of(training.network(), training.seed());
        Trainer trainer = new Trainer(fresh, Adam.withDefaults(training.learningRate()),
                new TrainingConfig(training.epochs(), ShapeTraining.BATCH_SIZE, training.seed()));
        model = null;
        result = null;
        lastBatch = null;
        explanations.set(null);
        progress.set(0);
        state.set(TrainingState.RUNNING);
        UpdateQueue<BatchProgress> batches = new UpdateQueue<>(ui, received -> {
            lastBatch = received.get(received.size() - 1);
            progress.set(((lastBatch.epoch() - 1) * lastBatch.batches() + lastBatch.batch())
                    / (double) (lastBatch.epochs() * lastBatch.batches()));
            describe();
        });
        TrainingRun started = TrainingRun.start(trainer, data.train(), data.test(), new TrainingListener() {
            @Override
            public void batchFinished(BatchProgress batch) {
                batches.offer(batch);
            }
        }, worker);
        run = started;
        started.result().whenComplete((done, failure) -> batches.then(() -> finished(started, done, failure)));
    }

    /** Ends training after the current batch; the model keeps what it has learnt. */
    public void stop() {
        if (run != null && state.get().active()) {
            run.stop();
        }
    }

    /** The next held-out picture of the same kind. */
    public void nextPicture() {
        pictureNumber.set(pictureNumber.get() + 1);
    }

    private void finished(TrainingRun which, TrainingResult done, Throwable failure) {
        if (which != run) {
            return;
        }
        if (failure != null) {
            state.set(TrainingState.STOPPED);
            status.set(messages().format("insight.failed", failure.getMessage()));
            return;
        }
        result = done;
        model = done.model();
        progress.set(done.stopped() ? progress.get() : 1);
        state.set(done.stopped() ? TrainingState.STOPPED : TrainingState.FINISHED);
        explain();
        describe();
    }

    private void choosePicture() {
        List<ShapeSample> ofKind = data.test().samples().stream().filter(s -> s.shape() == shape.get()).toList();
        int n = Math.floorMod(pictureNumber.get(), ofKind.size());
        picture.set(ofKind.get(n));
        explain();
    }

    private void explain() {
        if (model == null) {
            explanations.set(null);
            prediction.set("");
            return;
        }
        ShapeSample sample = picture.get();
        explanations.set(Explanations.of(model, sample.image(), sample.label()));
        describe();
    }

    private void describe() {
        if (result != null) {
            status.set(messages().format(result.stopped() ? "insight.stopped" : "insight.trained",
                    result.test().accuracy(), result.test().correct(), result.test().count()));
        } else if (lastBatch != null) {
            status.set(messages().format("insight.progress", lastBatch.epoch(), lastBatch.epochs(), lastBatch.loss(),
                    lastBatch.accuracy()));
        } else {
            status.set(messages().format("insight.ready", data.train().size(), training.classes().size()));
        }
        Explanations shown = explanations.get();
        if (shown == null) {
            prediction.set("");
            return;
        }
        int best = 0;
        for (int i = 1; i < shown.probabilities().length; i++) {
            best = shown.probabilities()[i] > shown.probabilities()[best] ? i : best;
        }
        prediction.set(messages().format("insight.prediction", training.classes().get(best).label(),
                shown.probabilities()[best], shape.get().label()));
    }
}
