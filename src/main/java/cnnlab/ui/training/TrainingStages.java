package cnnlab.ui.training;

import cnnlab.lesson.InsightStep;
import cnnlab.lesson.ProblemsException;
import cnnlab.lesson.TrainingSetup;
import cnnlab.lesson.TrainingStep;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.StageViewModel;
import cnnlab.ui.insight.InsightViewModel;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** The stages of training and insight steps, training on a background thread and showing on the FX thread. */
public final class TrainingStages {
    /** Pause after each kernel update, so 200 updates take about four seconds and can be followed. */
    static final long KERNEL_STEP_DELAY_MILLIS = 20;

    /** A new daemon thread per run, named {@code cnn-lab-training}, so training never blocks the window. */
    public static final Executor BACKGROUND = task -> {
        Thread thread = new Thread(task, "cnn-lab-training");
        thread.setDaemon(true);
        thread.start();
    };

    private TrainingStages() {
    }

    /** The stage of a training step: the kernel lesson for {@code diagonals}, the shapes classifier otherwise. */
    public static StageViewModel of(TrainingStep step, Messages messages) throws ProblemsException {
        if (TrainingSetup.DIAGONALS.equals(step.dataset())) {
            return new KernelTrainingViewModel(TrainingSetup.kernel(step), TrainingSetup.kernelSteps(step),
                    KERNEL_STEP_DELAY_MILLIS, BACKGROUND, Platform::runLater, messages);
        }
        return new InsightViewModel(TrainingSetup.shapes(step), null, InsightViewModel.Panel.HEATMAPS, BACKGROUND,
                Platform::runLater, messages);
    }

    /** The stage of an insight step: its classifier, picture kind and first panel. */
    public static StageViewModel of(InsightStep step, Messages messages) throws ProblemsException {
        return new InsightViewModel(TrainingSetup.insight(step), step.shape() == null ? null
                : InsightStep.shapeClass(step.shape()), step.view() == null ? InsightViewModel.Panel.HEATMAPS
                : InsightViewModel.Panel.valueOf(step.view().toUpperCase(Locale.ROOT)), BACKGROUND, Platform::runLater,
                messages);
    }
}
