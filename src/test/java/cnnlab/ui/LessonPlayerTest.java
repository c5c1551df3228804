package cnnlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.ReceptiveField;
import cnnlab.engine.Tensor;
import cnnlab.lesson.ConvolutionSetup;
import cnnlab.lesson.ConvolutionStep;
import cnnlab.lesson.Lesson;
import cnnlab.lesson.LessonCatalog;
import cnnlab.lesson.LessonLoader;
import cnnlab.lesson.LessonTensors;
import cnnlab.lesson.PoolingSetup;
import cnnlab.lesson.PoolingStep;
import cnnlab.timeline.CellTimeline;
import cnnlab.timeline.Playhead;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.grid.TensorGridView;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.player.PlayerViewModel;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a student does in the window, headless: opens the lessons of a lesson folder, steps with
 * keys and buttons, plays, scrubs, answers quizzes, clicks a receptive field, switches the
 * language, comes back after a restart. Every number checked is computed by the engine.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPlayerTest {
    /** Steps of the diagonal-detector lesson, counted from 0. */
    private static final int SLIDING = 2;
    private static final int CHOICE_QUIZ = 4;
    private static final int NUMBER_QUIZ = 7;
    private static final int POOLING = 8;
    /** Step of the every-step lesson with the receptive field, counted from 0. */
    private static final int FIELD = 2;

    @TempDir
    Path temp;

    private Path lessons;
    private String previousLessonsDir;
    private Stage stage;
    private CnnLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        lessons = LessonFolder.create(temp.resolve("project"));
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
    void stepsForwardAndBackWithKeysAndButtons(FxRobot robot) {
        openDiagonalLesson(robot);
        assertEquals("Step 1 of 10", text(robot, "#step-counter"));
        robot.type(KeyCode.RIGHT);
        assertEquals("Step 2 of 10", text(robot, "#step-counter"));
        robot.clickOn("#next-step");
        assertEquals("Step 3 of 10", text(robot, "#step-counter"));
        assertEquals("Sliding over the whole image", text(robot, "#step-title"));
        robot.type(KeyCode.LEFT);
        assertEquals("Step 2 of 10", text(robot, "#step-counter"));
        robot.clickOn("#previous-step");
        assertEquals("Step 1 of 10", text(robot, "#step-counter"));
        assertTrue(robot.lookup("#previous-step").queryButton().isDisabled(), "no step before the first");
    }

    @Test
    void playingToTheEndFillsTheEnginesFeatureMap(FxRobot robot) throws Exception {
        openDiagonalLesson(robot);
        goToStep(robot, SLIDING);
        robot.type(KeyCode.SPACE);
        assertTrue(player().transport().playingProperty().get(), "space plays");
        robot.type(KeyCode.END);

        Tensor engine = convolutionOutput(SLIDING);
        GridPicture map = picture(robot, "#output-grid-0");
        assertAllRevealed(map);
        assertArrayEquals(engine.toArray(), map.values());
        // CURRICULUM.md, lesson 3: the diagonal detector's 4×4 map
        assertArrayEquals(new float[] {3, -1, -3, -1, -3, 1, 0, -3, -3, -3, 0, 1, 3, -2, -2, -1}, map.values());
    }

    @Test
    void playPauseOneCellAndScrubReachTheStateSeekingGives(FxRobot robot) {
        openDiagonalLesson(robot);
        goToStep(robot, SLIDING);
        Playhead<?> playhead = player().transport().playheadProperty().get();
        double[] starts = playhead.timeline().stepStarts();

        robot.clickOn("#play-pause");
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.clickOn("#play-pause");
        double paused = playhead.time();
        assertFalse(playhead.playing());
        assertTrue(paused > 0, "playing moved the time on: " + paused);
        assertSameAsSeeking(robot, paused);

        robot.type(KeyCode.HOME);
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.PERIOD);
        }
        robot.type(KeyCode.COMMA);
        assertEquals(starts[4], playhead.time(), 1e-9, "five cells on and one back is the start of cell 4");
        assertEquals(List.of(1.0, 0.0), focusOn(robot, "#output-grid-0"), "cell 4 of the 4×4 map is being computed");
        assertSameAsSeeking(robot, starts[4]);
        robot.clickOn("#cell-forward");
        assertEquals(starts[5], playhead.time(), 1e-9);
        robot.clickOn("#cell-back");
        assertEquals(starts[4], playhead.time(), 1e-9);

        Slider scrubber = robot.lookup("#scrubber").query();
        double moment = ((CellTimeline<?>) playhead.timeline()).timeOfCell(0, 2, 1);
        robot.interact(() -> scrubber.setValue(moment));
        assertEquals(moment, playhead.time(), 1e-9);
        assertEquals(windowOfCell(9), windowOn(robot, "#input-grid-0"));
        assertSameAsSeeking(robot, moment);
    }

    @Test
    void hoveringAnOutputCellSeeksToIt(FxRobot robot) {
        openDiagonalLesson(robot);
        goToStep(robot, SLIDING);
        robot.type(KeyCode.END);
        robot.moveTo(pointOfCell(robot, "#output-grid-0", 2, 1));
        assertEquals(windowOfCell(2 * 4 + 1), windowOn(robot, "#input-grid-0"));
    }

    @Test
    void hoveringAnInputCellMarksTheOutputsThatReadIt(FxRobot robot) {
        openDiagonalLesson(robot);
        goToStep(robot, SLIDING);
        robot.type(KeyCode.END);
        robot.moveTo(pointOfCell(robot, "#input-grid-0", 2, 3));

        ConvolutionSetup setup = convolutionSetup(SLIDING);
        java.util.Set<List<Integer>> readers = new java.util.HashSet<>();
        setup.conv().trace(setup.input()).readersOf(0, 2, 3).forEach(c -> readers.add(List.of(c.outY(), c.outX())));
        assertEquals(9, readers.size(), "output rows 0–2 and columns 1–3 have cell (2, 3) under their 3×3 window");
        assertEquals(readers, litCells(picture(robot, "#output-grid-0")));
    }

    @Test
    void theDiagonalLessonPlaysEndToEnd(FxRobot robot) {
        openDiagonalLesson(robot);
        for (int step = 0; step < 10; step++) {
            assertEquals("Step " + (step + 1) + " of 10", text(robot, "#step-counter"));
            assertTrue(robot.lookup("#notice-heading").tryQuery().isEmpty(), "step " + (step + 1) + " shows its stage");
            robot.type(KeyCode.SPACE).type(KeyCode.END).type(KeyCode.RIGHT);
        }
        assertEquals("What to remember", text(robot, "#step-title"));
        robot.type(KeyCode.LEFT).type(KeyCode.END);
        assertArrayEquals(new float[] {3, 0, 3, 1}, picture(robot, "#pool-output-0-0").values());
    }

    @Test
    void everyStepTypeOpensItsStage(FxRobot robot) {
        robot.clickOn(lessonCell(robot, "Every step type"));
        Lesson lesson = LessonLoader.load(lessons.resolve(LessonFolder.EVERY_STEP)).lesson();
        for (int step = 0; step < lesson.steps().size(); step++) {
            goToStep(robot, step);
            robot.type(KeyCode.SPACE).type(KeyCode.END);
            assertTrue(robot.lookup("#notice-heading").tryQuery().isEmpty(),
                    "step " + (step + 1) + " (" + lesson.steps().get(step).getClass().getSimpleName() + ") shows its stage");
        }
    }

    @Test
    void pooledMapShownIsTheEnginesPooledMap(FxRobot robot) throws Exception {
        openDiagonalLesson(robot);
        goToStep(robot, POOLING);
        robot.type(KeyCode.END);

        PoolingSetup setup = PoolingSetup.of((PoolingStep) diagonalLesson().steps().get(POOLING), tensors());
        List<Tensor> engine = setup.outputs();
        GridPicture max = picture(robot, "#pool-output-0-0");
        GridPicture average = picture(robot, "#pool-output-1-0");
        assertArrayEquals(engine.get(0).toArray(), max.values());
        assertArrayEquals(engine.get(1).toArray(), average.values());
        assertAllRevealed(max);
        assertAllRevealed(average);
        // CURRICULUM.md, lesson 8: 2×2 max pooling of the diagonal map
        assertArrayEquals(new float[] {3, 0, 3, 1}, max.values());
    }

    @Test
    void quizSaysRightOrWrongAndExplains(FxRobot robot) {
        openDiagonalLesson(robot);
        goToStep(robot, CHOICE_QUIZ);
        robot.clickOn("#quiz-choice-1").clickOn("#quiz-check");
        assertEquals(english("quiz.wrong"), text(robot, "#quiz-feedback"));
        robot.clickOn("#quiz-choice-0").clickOn("#quiz-check");
        assertEquals(english("quiz.right"), text(robot, "#quiz-feedback"));
        robot.lookup("#quiz-explanation").match(NodeMatchers.isVisible()).query();

        goToStep(robot, NUMBER_QUIZ);
        robot.clickOn("#quiz-answer").write("15").clickOn("#quiz-check");
        assertEquals(english("quiz.wrong"), text(robot, "#quiz-feedback"));
        robot.doubleClickOn("#quiz-answer").write("16").type(KeyCode.ENTER);
        assertEquals(english("quiz.right"), text(robot, "#quiz-feedback"));
    }

    @Test
    void clickingACellLightsTheEnginesReceptiveField(FxRobot robot) {
        robot.clickOn(lessonCell(robot, "Every step type"));
        goToStep(robot, FIELD);
        robot.clickOn(pointOfCell(robot, "#field-layer-1", 1, 2));
        robot.type(KeyCode.END);

        List<ConvSpec> conv1 = List.of(ConvSpec.square(3, 1, 0, 1));
        BitSet rows = ReceptiveField.rowsBehind(conv1, 7, 1);
        BitSet columns = ReceptiveField.columnsBehind(conv1, 7, 2);
        assertEquals(cells(rows, columns), litCells(picture(robot, "#field-layer-0")));
        assertTrue(text(robot, "#field-focus").contains("3×3"), text(robot, "#field-focus"));
    }

    @Test
    void languageSwitchesAtRunTime(FxRobot robot) {
        openDiagonalLesson(robot);
        goToStep(robot, SLIDING);
        robot.clickOn("#language-zh");
        assertEquals("滑过整张图像", text(robot, "#step-title"));
        assertEquals("第 3 步，共 10 步", text(robot, "#step-counter"));
        assertEquals(Messages.bundle(Language.CHINESE).getString("nav.next"),
                robot.lookup("#next-step").queryButton().getText());
        robot.clickOn("#language-en");
        assertEquals("Sliding over the whole image", text(robot, "#step-title"));
    }

    @Test
    void lessonStepAndLanguageAreRememberedAcrossARestart(FxRobot robot) throws Exception {
        openDiagonalLesson(robot);
        goToStep(robot, 5);
        robot.clickOn("#language-zh");
        AtomicReference<CnnLabApp> again = new AtomicReference<>();
        robot.interact(() -> {
            stage.close();
            CnnLabApp restarted = new CnnLabApp(temp.resolve("config"));
            restarted.start(new Stage());
            again.set(restarted);
        });
        PlayerViewModel restored = again.get().player();
        assertEquals("diagonal-detector", restored.lessons().get(restored.lessonIndexProperty().get()).id());
        assertEquals(5, restored.stepIndexProperty().get());
        assertEquals(Language.CHINESE, restored.messages().language());
    }

    @Test
    void brokenLessonShowsItsProblemAndTheAppKeepsRunning(FxRobot robot) {
        robot.clickOn(lessonCell(robot, LessonFolder.BROKEN));
        assertEquals(english("stage.lessonProblems"), text(robot, "#notice-heading"));
        Labeled problem = robot.lookup(".notice-line").queryLabeled();
        assertTrue(problem.getText().matches("lessons/" + LessonFolder.BROKEN + ":\\d+:\\d+: .+"), problem.getText());

        openDiagonalLesson(robot);
        assertEquals("Step 1 of 10", text(robot, "#step-counter"));
    }

    // --- helpers ---

    private PlayerViewModel player() {
        return app.player();
    }

    private void openDiagonalLesson(FxRobot robot) {
        robot.clickOn(lessonCell(robot, "The diagonal detector"));
        assertEquals("The diagonal detector", text(robot, "#lesson-title"));
    }

    private static Node lessonCell(FxRobot robot, String title) {
        return robot.lookup(".lesson-name").match((Labeled name) -> name.getText() != null
                && name.getText().contains(title)).query();
    }

    private void goToStep(FxRobot robot, int index) {
        robot.interact(() -> player().goToStep(index));
        assertEquals(index, player().stepIndexProperty().get());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static GridPicture picture(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        TensorGridView grid = node instanceof TensorGridView g ? g : robot.from(node).lookup(".tensor-grid").query();
        return grid.getPicture();
    }

    /** The screen point at the centre of cell (y, x) of a grid. */
    private static Point2D pointOfCell(FxRobot robot, String query, int y, int x) {
        Node node = robot.lookup(query).query();
        TensorGridView grid = node instanceof TensorGridView g ? g : robot.from(node).lookup(".tensor-grid").query();
        return grid.localToScreen(grid.centerOf(y, x, 1, 1));
    }

    /** The output cell being computed: {row, column} of the grid's focus mark. */
    private static List<Double> focusOn(FxRobot robot, String query) {
        Mark focus = picture(robot, query).marks().stream().filter(m -> m.style() == Mark.Style.FOCUS)
                .findFirst().orElseThrow();
        return List.of(focus.top(), focus.left());
    }

    private static void assertAllRevealed(GridPicture picture) {
        for (int y = 0; y < picture.rows(); y++) {
            for (int x = 0; x < picture.columns(); x++) {
                assertTrue(picture.isRevealed(y, x), "cell (" + y + ", " + x + ") is shown at the end");
            }
        }
    }

    /** The kernel window drawn on a grid: {top, left, height, width}. */
    private static List<Double> windowOn(FxRobot robot, String query) {
        Mark window = picture(robot, query).marks().stream().filter(m -> m.style() == Mark.Style.WINDOW)
                .findFirst().orElseThrow();
        return List.of(window.top(), window.left(), window.height(), window.width());
    }

    /** The engine's window over output cell {@code index} of the sliding step (stride 1, no padding). */
    private List<Double> windowOfCell(int index) {
        ConvolutionSetup setup = convolutionSetup(SLIDING);
        var cell = setup.conv().trace(setup.input()).cells().get(index);
        ConvSpec spec = setup.conv().spec();
        return List.of((double) cell.windowTop(), (double) cell.windowLeft(), (double) spec.spanHeight(),
                (double) spec.spanWidth());
    }

    /** Every grid shows what a fresh seek to {@code time} shows. */
    private void assertSameAsSeeking(FxRobot robot, double time) {
        List<Object> reached = stageSnapshot(robot);
        robot.interact(() -> player().transport().seek(0));
        assertNotEquals(reached, stageSnapshot(robot), "seeking elsewhere changes the stage");
        robot.interact(() -> player().transport().seek(time));
        assertEquals(reached, stageSnapshot(robot));
    }

    private static List<Object> stageSnapshot(FxRobot robot) {
        List<Object> shown = new java.util.ArrayList<>();
        for (String id : List.of("#input-grid-0", "#kernel-grid-0", "#products-grid-0", "#output-grid-0")) {
            GridPicture p = picture(robot, id);
            shown.add(List.of(p.marks(), String.valueOf(p.revealed()), java.util.Arrays.toString(p.values())));
        }
        shown.add(text(robot, "#stage-caption"));
        shown.add(text(robot, "#sum-line"));
        return shown;
    }

    private static java.util.Set<List<Integer>> cells(BitSet rows, BitSet columns) {
        java.util.Set<List<Integer>> cells = new java.util.HashSet<>();
        rows.stream().forEach(y -> columns.stream().forEach(x -> cells.add(List.of(y, x))));
        return cells;
    }

    private static java.util.Set<List<Integer>> litCells(GridPicture picture) {
        java.util.Set<List<Integer>> cells = new java.util.HashSet<>();
        for (Mark mark : picture.marks()) {
            if (mark.style() == Mark.Style.FIELD) {
                for (int y = (int) mark.top(); y < mark.top() + mark.height(); y++) {
                    for (int x = (int) mark.left(); x < mark.left() + mark.width(); x++) {
                        cells.add(List.of(y, x));
                    }
                }
            }
        }
        return cells;
    }

    private Lesson diagonalLesson() {
        return LessonLoader.load(lessons.resolve(LessonFolder.DIAGONAL)).lesson();
    }

    private LessonTensors tensors() {
        return new LessonTensors(lessons.resolve(LessonFolder.DIAGONAL));
    }

    private ConvolutionSetup convolutionSetup(int step) {
        try {
            return ConvolutionSetup.of((ConvolutionStep) diagonalLesson().steps().get(step), tensors());
        } catch (cnnlab.lesson.ProblemsException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private Tensor convolutionOutput(int step) {
        return convolutionSetup(step).output();
    }

    private static String english(String key) {
        return Messages.bundle(Language.ENGLISH).getString(key);
    }
}
