package cnnlab.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The window's layout: header on top, lessons on the left, the lesson itself in the middle. */
final class MainWindow extends BorderPane {

    /** @param lessonTitles the lessons to list; the sidebar follows changes to it */
    MainWindow(ObservableList<String> lessonTitles) {
        getStyleClass().add("main-window");
        setTop(new AppHeader());
        setLeft(new LessonSidebar(lessonTitles));
        Label hint = new Label("Choose a lesson on the left to begin.");
        hint.getStyleClass().add("empty-stage-hint");
        setCenter(hint);
    }
}
