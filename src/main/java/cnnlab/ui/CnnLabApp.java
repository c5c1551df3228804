package cnnlab.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The CNN Lab desktop application: one window with the lesson sidebar. */
public final class CnnLabApp extends Application {

    /** The window title. */
    public static final String TITLE = "CNN Lab";

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;

    private static final String STYLESHEET = "cnn-lab.css";

    /**
     * Builds the main window on the given stage and shows it.
     *
     * @param stage the primary stage, titled and sized here
     */
    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(FXCollections.observableArrayList());
        Scene scene = new Scene(window, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                CnnLabApp.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        stage.setTitle(TITLE);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();
    }
}
