package cnnlab.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The left column listing the lessons; says so when there are none. */
final class LessonSidebar extends VBox {

    /** Shown in the list while it has no lessons. */
    static final String EMPTY_TEXT = "No lessons loaded";

    /** @param lessonTitles the titles to list; the list follows changes to it */
    LessonSidebar(ObservableList<String> lessonTitles) {
        getStyleClass().add("lesson-sidebar");
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("sidebar-heading");
        ListView<String> list = new ListView<>(lessonTitles);
        list.setId("lesson-list");
        list.setPlaceholder(new Label(EMPTY_TEXT));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }
}
