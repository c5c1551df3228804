package cnnlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.lesson.LessonCatalog;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class CnnLabAppTest {

    @TempDir
    Path emptyLessons;

    private Stage stage;
    private String previousLessonsDir;

    /** The window shell, over an empty lesson folder. */
    @Start
    void start(Stage stage) {
        this.stage = stage;
        previousLessonsDir = System.setProperty(LessonCatalog.LESSONS_DIR_PROPERTY, emptyLessons.toString());
        new CnnLabApp().start(stage);
    }

    @AfterEach
    void restoreLessonsDir() {
        if (previousLessonsDir != null) {
            System.setProperty(LessonCatalog.LESSONS_DIR_PROPERTY, previousLessonsDir);
        }
    }

    @Test
    void runsOnTheHeadlessMonocleToolkit() {
        // Guards against the test silently needing (or using) a real display.
        assertEquals("com.sun.glass.ui.monocle.MonocleApplication",
                com.sun.glass.ui.Application.GetApplication().getClass().getName());
    }

    @Test
    void windowIsTitledAndSized() {
        assertTrue(stage.isShowing());
        assertEquals("CNN Lab", stage.getTitle());
        assertEquals(CnnLabApp.DEFAULT_WIDTH, stage.getScene().getWidth());
        assertEquals(CnnLabApp.DEFAULT_HEIGHT, stage.getScene().getHeight());
        assertEquals(CnnLabApp.MIN_WIDTH, stage.getMinWidth());
        assertEquals(CnnLabApp.MIN_HEIGHT, stage.getMinHeight());
    }

    @Test
    void showsTheAppName(FxRobot robot) {
        Labeled name = robot.lookup("#app-name").queryLabeled();
        assertEquals("CNN Lab", name.getText());
        assertShown(name);
    }

    @Test
    void lessonListIsEmptyAndShowsItsPlaceholder(FxRobot robot) {
        ListView<?> lessons = robot.lookup("#lesson-list").queryListView();
        assertTrue(lessons.getItems().isEmpty());

        Labeled placeholder = robot.from(lessons).lookup(LabeledMatchers.hasText("No lessons loaded")).queryLabeled();
        assertShown(placeholder);
        Bounds list = lessons.localToScene(lessons.getLayoutBounds());
        Bounds text = placeholder.localToScene(placeholder.getLayoutBounds());
        assertTrue(list.contains(text), "placeholder " + text + " lies inside the list " + list);
    }

    /** The node is in this window, it and all its ancestors are visible, and it has a size. */
    private void assertShown(Node node) {
        assertEquals(stage.getScene(), node.getScene());
        for (Node n = node; n != null; n = n.getParent()) {
            assertTrue(n.isVisible(), n + " is hidden");
        }
        Bounds bounds = node.getLayoutBounds();
        assertTrue(bounds.getWidth() > 0 && bounds.getHeight() > 0, node + " has no size: " + bounds);
    }
}
