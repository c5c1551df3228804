package cnnlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student edits the Keras example in the builder and reads the totals. */
@ExtendWith(ApplicationExtension.class)
class NetworkBuilderViewTest {
    private NetworkBuilderViewModel model;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages(Language.ENGLISH);
        model = NetworkPresets.standalone(messages);
        stage.setScene(new Scene(new NetworkBuilderView(model, messages), 1000, 640));
        stage.show();
    }

    @Test
    void editTheTableAndReadTheTotals(FxRobot robot) {
        assertEquals("Total: 1,199,882 parameters", robot.lookup("#builder-total").queryLabeled().getText());
        TableView<?> table = robot.lookup("#builder-table").queryTableView();
        assertEquals(10, table.getItems().size());

        robot.clickOn(robot.lookup("#builder-table .table-row-cell").nth(7).queryAs(javafx.scene.Node.class));
        assertEquals(7, model.selectedProperty().get(), "dense_1 selected");
        Spinner<?> units = robot.lookup("#builder-setting-units").queryAs(Spinner.class);
        robot.doubleClickOn(units.getEditor()).write("64").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long expected = 320 + 18_496 + 9_216L * 64 + 64 + 64 * 10 + 10;
        assertEquals(expected, model.totalParamsProperty().get());
        assertEquals(String.format("Total: %,d parameters", expected), robot.lookup("#builder-total").queryLabeled().getText());

        robot.clickOn("#builder-up");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#builder-problem").queryLabeled().getText().contains("needs a flatten layer before it"));
        assertEquals("Total: fix layer 7 first", robot.lookup("#builder-total").queryLabeled().getText());
        assertEquals(1, robot.lookup(".error-row").queryAll().size(), "one error row");

        robot.clickOn("#builder-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, table.getItems().size());
        assertEquals(String.format("Total: %,d parameters", 320 + 18_496 + 9_216 * 10 + 10),
                robot.lookup("#builder-total").queryLabeled().getText(), "the 9,216 flattened values now feed dense 10");
    }
}
