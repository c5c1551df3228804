package cnnlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.training.KernelLearner;
import cnnlab.engine.training.KernelLessonConfig;
import cnnlab.engine.training.KernelStep;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KernelTrainingViewModelTest {
    private static final Messages MESSAGES = new Messages(Language.ENGLISH);

    private static KernelTrainingViewModel onThisThread(long seed, double rate, int steps) {
        return new KernelTrainingViewModel(KernelLessonConfig.of(seed, rate), steps, 0, Runnable::run, Runnable::run,
                MESSAGES);
    }

    @Test
    void showsTheEnginesKernelAfterEveryUpdateAndEndsNearTheDetector() {
        KernelTrainingViewModel model = onThisThread(3, 0.5, 200);
        KernelLearner reference = new KernelLearner(KernelLessonConfig.of(3, 0.5));
        assertEquals(reference.kernel(), model.kernelProperty().get(), "the random start of seed 3");
        assertEquals(reference.loss(), model.losses().get(0), 1e-9, "the loss over all pictures before training");

        model.start();

        KernelStep last = null;
        for (int i = 0; i < 200; i++) {
            last = reference.step();
        }
        assertEquals(TrainingState.FINISHED, model.stateProperty().get());
        assertEquals(200, model.stepProperty().get());
        assertEquals(201, model.losses().size());
        assertEquals(last.kernel(), model.kernelProperty().get());
        assertEquals(last.loss(), model.losses().get(200), 1e-12);
        assertEquals(last.similarity(), model.similarityProperty().get(), 1e-12);
        assertTrue(model.similarityProperty().get() > 0.75, "near the detector: " + model.similarityProperty().get());
        assertTrue(model.losses().get(200) < model.losses().get(0) / 2, "the loss fell: " + model.losses());
        KernelResponse down = model.responsesProperty().get().get(0);
        KernelResponse up = model.responsesProperty().get().get(1);
        assertEquals(KernelLearner.TARGET, down.shape());
        assertTrue(down.map().max() > 0.5f && up.map().max() < down.map().max(),
                "fires on \\ (" + down.map().max() + ") more than on / (" + up.map().max() + ")");
        assertTrue(model.statusProperty().get().startsWith("Step 200 of 200"), model.statusProperty().get());
    }

    @Test
    void anotherSeedOrRateStartsOverFromItsOwnRandomKernel() {
        KernelTrainingViewModel model = onThisThread(1, 0.5, 20);
        model.start();
        model.seedProperty().set(2);
        assertEquals(TrainingState.READY, model.stateProperty().get());
        assertEquals(0, model.stepProperty().get());
        assertEquals(1, model.losses().size());
        assertEquals(new KernelLearner(KernelLessonConfig.of(2, 0.5)).kernel(), model.kernelProperty().get());
        model.learningRateProperty().set(0.1);
        model.start();
        KernelLearner reference = new KernelLearner(KernelLessonConfig.of(2, 0.1));
        KernelStep last = null;
        for (int i = 0; i < 20; i++) {
            last = reference.step();
        }
        assertEquals(last.kernel(), model.kernelProperty().get());
    }

    @Test
    void pausesAndStopsARunOnAnotherThread() throws InterruptedException {
        CountDownLatch threeSteps = new CountDownLatch(3);
        KernelTrainingViewModel model = new KernelTrainingViewModel(KernelLessonConfig.of(1, 0.5), 100_000, 2,
                TrainingStages.BACKGROUND, task -> {
                    task.run();
                    threeSteps.countDown();
                }, MESSAGES);
        model.start();
        assertTrue(threeSteps.await(10, TimeUnit.SECONDS));
        model.pause();
        assertEquals(TrainingState.PAUSED, model.stateProperty().get());
        Thread.sleep(50); // the update under way when pausing may still arrive
        int paused = model.stepProperty().get();
        Thread.sleep(100);
        assertEquals(paused, model.stepProperty().get(), "no updates while paused");
        model.start();
        assertEquals(TrainingState.RUNNING, model.stateProperty().get());
        model.stop();
        assertEquals(TrainingState.STOPPED, model.stateProperty().get());
        Thread.sleep(50);
        int stopped = model.stepProperty().get();
        Thread.sleep(100);
        assertEquals(stopped, model.stepProperty().get(), "no updates after stop");
        assertTrue(stopped < 100_000);
    }
}
