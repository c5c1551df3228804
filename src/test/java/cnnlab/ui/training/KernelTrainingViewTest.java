package cnnlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.training.KernelLessonConfig;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student starts training with the Train button, sees the kernel move, and stops it. */
@ExtendWith(ApplicationExtension.class)
class KernelTrainingViewTest {
    private KernelTrainingViewModel model;

    @Start
    void start(Stage stage) {
        model = new KernelTrainingViewModel(KernelLessonConfig.of(1, 0.5), 100_000, 5, TrainingStages.BACKGROUND,
                Platform::runLater, new Messages(Language.ENGLISH));
        stage.setScene(new Scene(new KernelTrainingView(model, new Messages(Language.ENGLISH)), 1100, 720));
        stage.show();
    }

    @Test
    void startAndStopTrainingFromTheButtons(FxRobot robot) throws TimeoutException {
        Button stop = robot.lookup("#train-stop").queryButton();
        assertTrue(stop.isDisabled(), "nothing to stop before training");
        assertTrue(robot.lookup("#train-status").queryLabeled().getText().startsWith("Step 0 of 100,000"));

        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.stepProperty().get() >= 5);
        assertEquals(TrainingState.RUNNING, model.stateProperty().get());
        assertTrue(robot.lookup("#train-seed").query().isDisabled(), "the seed is locked while training");
        Labeled status = robot.lookup("#train-status").queryLabeled();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !status.getText().startsWith("Step 0 "));

        robot.clickOn("#train-stop");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TrainingState.STOPPED, model.stateProperty().get());
        int stopped = model.stepProperty().get();
        sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.stepProperty().get() <= stopped + 1, "at most the update under way arrives after stop");
        assertTrue(stop.isDisabled());
        assertTrue(robot.lookup("#train-status").queryLabeled().getText().startsWith("Step " + model.stepProperty().get()
                + " of"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
