package cnnlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Conv2d;
import cnnlab.engine.Padding;
import cnnlab.engine.Tensor;
import cnnlab.lesson.ConvolutionStep;
import cnnlab.lesson.LessonCatalog;
import cnnlab.lesson.LessonFiles;
import cnnlab.lesson.LessonLoader;
import cnnlab.lesson.LessonTensors;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.TensorGridView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A student on lesson 05's "Your turn" step changes padding and stride with the keyboard alone;
 * the map on screen, the formula under the stage and the step's text are the engine's.
 */
@ExtendWith(ApplicationExtension.class)
class ConvolutionControlsTest {
    private static final String LESSON = "05-padding.json";
    /** "Your turn: padding and stride", counted from 0. */
    private static final int CONTROLS_STEP = 11;
    /** A lesson whose one step has the two switches, listed after lesson 05. */
    private static final String SWITCHES = """
            {"id": "switches", "order": 99, "title": {"en": "Switches", "zh": "开关"}, "steps": [
              {"type": "convolution", "text": {"en": "The smallest value is {output.min}.", "zh": "最小值 {output.min}。"},
               "input": [[1, 0, 2], [0, 3, 0], [2, 0, 1]], "kernels": [[[1, -1], [-1, 0]]],
               "controls": ["flip", "relu"]}
            ]}
            """;

    @TempDir
    Path temp;

    private Path lessons;
    private String previousLessonsDir;
    private CnnLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path bundled = LessonCatalog.bundledFolder();
        lessons = Files.createDirectories(temp.resolve("project").resolve("lessons"));
        Path images = Files.createDirectories(temp.resolve("project").resolve("sample-images"));
        for (String name : List.of("diagonal-6x6.png", "scene-256.png")) {
            Files.copy(bundled.resolveSibling("sample-images").resolve(name), images.resolve(name));
        }
        Files.copy(bundled.resolve(LESSON), lessons.resolve(LESSON));
        Files.copy(bundled.resolve(LessonFiles.SCHEMA), lessons.resolve(LessonFiles.SCHEMA));
        Files.writeString(lessons.resolve("99-switches.json"), SWITCHES);
        previousLessonsDir = System.setProperty(LessonCatalog.LESSONS_DIR_PROPERTY, lessons.toString());
        app = new CnnLabApp(temp.resolve("config"));
        app.start(stage);
    }

    @AfterEach
    void restoreLessonsDir() {
        if (previousLessonsDir != null) {
            System.setProperty(LessonCatalog.LESSONS_DIR_PROPERTY, previousLessonsDir);
        }
    }

    @Test
    void paddingAndStrideFromTheKeyboardGiveTheEnginesMapAndFormula(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.player().selectLesson(0);
            app.player().goToStep(CONTROLS_STEP);
        });
        Spinner<?> padding = robot.lookup("#control-padding").queryAs(Spinner.class);
        robot.interact(padding::requestFocus);
        robot.type(KeyCode.DOWN); // padding 1 → 0
        robot.type(KeyCode.TAB); // on to the stride, the next control the step lists
        robot.type(KeyCode.UP); // stride 1 → 2
        robot.type(KeyCode.END); // the whole map

        Tensor expected = engineOutput(2, 0);
        GridPicture map = picture(robot, "#output-grid-0");
        assertEquals(expected.shape().height(), map.rows());
        assertArrayEquals(expected.toArray(), map.values());
        // ⌊(6 + 0 − 2 − 1)/2⌋ + 1 = 2, worked by hand
        assertEquals("Rows and columns: ⌊(6 + 2·0 − 1·(3 − 1) − 1)/2⌋ + 1 = 2", text(robot, "#size-formula-rows"));
        String stepText = app.player().stepTextProperty().get();
        assertTrue(stepText.contains("With p = 0 and s = 2 the map is 2×2."), stepText);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // back to stride 1
        assertEquals(1, robot.lookup("#control-stride").queryAs(Spinner.class).getValue());
        assertArrayEquals(engineOutput(1, 0).toArray(), picture(robot, "#output-grid-0").values());
        assertEquals("Rows and columns: ⌊(6 + 2·0 − 1·(3 − 1) − 1)/1⌋ + 1 = 4", text(robot, "#size-formula-rows"));
    }

    /** The step's image and kernel through {@link Conv2d} with the given stride and padding. */
    private Tensor engineOutput(int stride, int padding) throws Exception {
        Path file = lessons.resolve(LESSON);
        ConvolutionStep step = (ConvolutionStep) LessonLoader.read(file).steps().get(CONTROLS_STEP);
        LessonTensors tensors = new LessonTensors(file);
        return Conv2d.of(tensors.resolve(step.kernels().get(0)), stride, Padding.uniform(padding), 1)
                .apply(tensors.resolve(step.input()));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static GridPicture picture(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return robot.from(node).lookup(".tensor-grid").queryAs(TensorGridView.class).getPicture();
    }

    @Test
    void spacePressesAFocusedSwitchInsteadOfPlaying(FxRobot robot) {
        robot.interact(() -> app.player().selectLesson(1));
        assertEquals("Switches", app.player().lessonTitleProperty().get());
        // by hand: the window at row 0, column 1 gives 1·0 − 1·2 − 1·3 + 0·0 = −5
        assertEquals("The smallest value is -5.", app.player().stepTextProperty().get());
        CheckBox relu = robot.lookup("#control-relu").queryAs(CheckBox.class);
        robot.interact(relu::requestFocus);
        robot.type(KeyCode.SPACE);
        assertTrue(relu.isSelected(), "space switched ReLU on");
        assertFalse(app.player().transport().playingProperty().get(), "and did not start the animation");
        assertEquals("The smallest value is 0.", app.player().stepTextProperty().get());
        robot.lookup("#relu-grid-0").query();
    }
}
