package cnnlab.ui;

import cnnlab.ui.player.PlayerViewModel;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The window's layout: header on top, lessons on the left, the open step in the middle. */
final class MainWindow extends BorderPane {

    MainWindow(PlayerViewModel model) {
        getStyleClass().add("main-window");
        setTop(new AppHeader(model));
        setLeft(new LessonSidebar(model));
        Label hint = new Label();
        hint.setId("stage-hint");
        hint.getStyleClass().add("empty-stage-hint");
        hint.textProperty().bind(model.messages().text("stage.hint"));
        StepPane step = new StepPane(model);
        step.visibleProperty().bind(model.lessonIndexProperty().greaterThanOrEqualTo(0));
        hint.visibleProperty().bind(step.visibleProperty().not());
        Label status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        setCenter(new StackPane(hint, step));
        setBottom(status);
    }
}
