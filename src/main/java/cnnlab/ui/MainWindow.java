package cnnlab.ui;

import cnnlab.ui.player.PlayerViewModel;
import cnnlab.ui.playground.PlaygroundView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The window's layout: header on top, lessons on the left, the open step in the middle; or,
 * switched in the header, the kernel playground in place of both.
 */
final class MainWindow extends BorderPane {
    private final BooleanProperty playgroundShown = new SimpleBooleanProperty(this, "playgroundShown");

    MainWindow(PlayerViewModel model, PlaygroundView playground) {
        getStyleClass().add("main-window");
        playgroundShown.bindBidirectional(playground.model().shownProperty());
        setTop(new AppHeader(model, playgroundShown));
        LessonSidebar sidebar = new LessonSidebar(model);
        sidebar.visibleProperty().bind(playgroundShown.not());
        sidebar.managedProperty().bind(sidebar.visibleProperty());
        setLeft(sidebar);
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
        StackPane lessons = new StackPane(hint, step);
        lessons.visibleProperty().bind(playgroundShown.not());
        playground.visibleProperty().bind(playgroundShown);
        setCenter(new StackPane(lessons, playground));
        setBottom(status);
    }

    /** True while the playground is shown instead of the lessons. */
    BooleanProperty playgroundShownProperty() {
        return playgroundShown;
    }
}
