package cnnlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Conv2d;
import cnnlab.engine.Padding;
import cnnlab.engine.Tensor;
import cnnlab.imaging.WorkingSize;
import cnnlab.lesson.FileValidator;
import cnnlab.lesson.KernelPresets;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.playground.PlaygroundView;
import cnnlab.ui.playground.PlaygroundViewModel;
import cnnlab.ui.playground.TestAccess;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The kernel playground in the real window, driven like a student would. */
@ExtendWith(ApplicationExtension.class)
class PlaygroundWindowTest {

    @TempDir
    static Path config;

    private CnnLabApp app;

    @Start
    void start(Stage stage) {
        app = new CnnLabApp(config.resolve("run-" + System.nanoTime()));
        app.start(stage);
    }

    private PlaygroundViewModel model() {
        return app.playground();
    }

    /** Switches to the playground, chooses the 6×6 working size and opens the diagonal sample from the toolbar. */
    private void openDiagonalSample(FxRobot robot) throws Exception {
        robot.clickOn("#mode-playground");
        ChoiceBox<WorkingSize> size = robot.lookup("#working-size").queryAs(ChoiceBox.class);
        robot.interact(() -> size.setValue(new WorkingSize(6)));
        robot.clickOn("#samples-button");
        robot.clickOn("#sample-diagonal-6x6-png");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model().inputProperty().get() != null
                && !model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, model().inputProperty().get().shape().height());
    }

    private void pickPreset(FxRobot robot, String name) {
        robot.clickOn("#kernel-presets");
        robot.clickOn("#preset-" + name);
    }

    /** What the first map tile draws, as its grid's picture. */
    private GridPicture drawnMap(FxRobot robot) {
        PlaygroundView view = robot.lookup("#playground").queryAs(PlaygroundView.class);
        return TestAccess.mapPicture(view, 0);
    }

    private TextField cell(FxRobot robot, int y, int x) {
        return robot.lookup("#kernel-cell-" + y + "-" + x).queryAs(TextField.class);
    }

    private void type(FxRobot robot, int y, int x, String text) {
        robot.clickOn(cell(robot, y, x));
        robot.interact(() -> cell(robot, y, x).selectAll());
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aSobelMapWithOneEditedCellShowsTheEnginesValues(FxRobot robot) throws Exception {
        openDiagonalSample(robot);
        pickPreset(robot, "sobel-x");

        type(robot, 1, 1, "2");

        Tensor kernel = KernelPresets.get("sobel-x").with(0, 1, 1, 2);
        assertEquals(kernel, model().state().selectedKernel().weights());
        Tensor expected = Conv2d.of(kernel, 1, Padding.NONE, 1).apply(model().inputProperty().get());
        GridPicture drawn = drawnMap(robot);
        assertEquals(4, drawn.rows());
        assertEquals(4, drawn.columns());
        assertArrayEquals(expected.toArray(), drawn.values());
    }

    @Test
    void aPastedThreeByThreeBlockFillsTheKernel(FxRobot robot) throws Exception {
        openDiagonalSample(robot);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1\t-1\t-1\n-1\t1\t-1\n-1\t-1\t1\n");
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn(cell(robot, 0, 0));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);

        assertEquals(KernelPresets.get("diagonal"), model().state().selectedKernel().weights());
        assertEquals("-1", cell(robot, 2, 1).getText());
        Tensor expected = Conv2d.of(KernelPresets.get("diagonal"), 1, Padding.NONE, 1).apply(model().inputProperty().get());
        assertArrayEquals(expected.toArray(), drawnMap(robot).values());
        assertEquals(3f, expected.get(0, 0, 0)); // the curriculum's first value
    }

    @Test
    void aWordIsRefusedInPlaceAndTheOldValueKept(FxRobot robot) throws Exception {
        openDiagonalSample(robot);
        pickPreset(robot, "sobel-x");
        Tensor before = model().state().selectedKernel().weights();

        type(robot, 1, 0, "abc");

        assertEquals(before, model().state().selectedKernel().weights());
        TextField field = cell(robot, 1, 0);
        assertEquals("-2", field.getText());
        assertTrue(field.getStyleClass().contains("refused"));
        assertEquals("“abc” is not a number; the cell keeps -2.", field.getTooltip().getText());
        Label refusal = robot.lookup("#kernel-refusal").queryAs(Label.class);
        assertTrue(refusal.isVisible());
        assertEquals(field.getTooltip().getText(), refusal.getText());
    }

    @Test
    void ctrlZUndoesAndCtrlShiftZRedoes(FxRobot robot) throws Exception {
        openDiagonalSample(robot);
        pickPreset(robot, "laplacian");
        Tensor laplacian = model().state().selectedKernel().weights();
        type(robot, 0, 0, "7");
        Tensor edited = model().state().selectedKernel().weights();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(laplacian, model().state().selectedKernel().weights());
        assertEquals("0", cell(robot, 0, 0).getText());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(edited, model().state().selectedKernel().weights());
        assertEquals("7", cell(robot, 0, 0).getText());
        Tensor expected = Conv2d.of(edited, 1, Padding.NONE, 1).apply(model().inputProperty().get());
        assertArrayEquals(expected.toArray(), drawnMap(robot).values());
    }

    @Test
    void theSetupExportsAsALessonStepThatValidates(FxRobot robot) throws Exception {
        openDiagonalSample(robot);
        pickPreset(robot, "diagonal");
        Path lesson = config.resolve("12-my-diagonal.json");
        PlaygroundView view = robot.lookup("#playground").queryAs(PlaygroundView.class);
        view.setFileAsker((kind, save, name) -> {
            assertEquals("lesson", kind);
            assertTrue(save);
            return lesson;
        });

        robot.clickOn("#export-button");
        robot.clickOn("#export-lesson");

        FileValidator.Result result = FileValidator.validate(lesson, lesson.toString());
        assertTrue(result.clean(), result.problems().toString());
        assertTrue(model().statusProperty().get().startsWith("Saved "), model().statusProperty().get());
    }

    @Test
    void hoveringAMapCellOutlinesItsWindowAndListsTheProducts(FxRobot robot) throws Exception {
        openDiagonalSample(robot);
        pickPreset(robot, "diagonal");
        PlaygroundView view = robot.lookup("#playground").queryAs(PlaygroundView.class);

        var grid = TestAccess.mapGrid(view, 0);

        robot.moveTo(grid.localToScreen(grid.centerOf(0, 0, 1, 1)));

        assertNotNull(model().hoverProperty().get());
        assertEquals(0, model().hoverProperty().get().y());
        Label sum = robot.lookup("#products-sum").queryAs(Label.class);
        assertEquals("bias 0 + sum of 9 products = 3", sum.getText());
        assertFalse(TestAccess.inputMarks(view).isEmpty());
    }
}
