package cnnlab.ui;

import cnnlab.ui.player.PlayerViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left column: every lesson with its title in the current language and the student's progress ("3/7"). */
final class LessonSidebar extends VBox {

    LessonSidebar(PlayerViewModel model) {
        getStyleClass().add("lesson-sidebar");
        Label heading = new Label();
        heading.getStyleClass().add("sidebar-heading");
        heading.textProperty().bind(model.messages().text("sidebar.heading"));
        ListView<PlayerViewModel.LessonItem> list = new ListView<>(model.lessons());
        list.setId("lesson-list");
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.messages().text("sidebar.empty"));
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new LessonCell(model));
        list.getSelectionModel().select(model.lessonIndexProperty().get());
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.selectLesson(now.intValue());
            }
        });
        model.lessonIndexProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now.intValue()));
        model.messages().languageProperty().addListener(obs -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    /** One lesson: its title, and how many of its steps the student has opened. */
    private static final class LessonCell extends ListCell<PlayerViewModel.LessonItem> {
        private final PlayerViewModel model;
        private final Label title = new Label();
        private final Label progress = new Label();
        private final HBox row;

        LessonCell(PlayerViewModel model) {
            this.model = model;
            title.setWrapText(true);
            title.getStyleClass().add("lesson-name");
            progress.getStyleClass().add("lesson-progress");
            progress.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox.setHgrow(title, Priority.ALWAYS);
            row = new HBox(8, title, gap, progress);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PlayerViewModel.LessonItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title(model.messages().language()));
            if (item.ok()) {
                title.setGraphic(null);
                progress.setText(model.messages().format("sidebar.progress", item.reached(), item.steps()));
            } else {
                title.setGraphic(Icons.PROBLEM.create());
                progress.setText(model.messages().format("sidebar.broken"));
            }
            getStyleClass().removeAll("broken", "complete");
            if (!item.ok()) {
                getStyleClass().add("broken");
            } else if (item.reached() == item.steps()) {
                getStyleClass().add("complete");
            }
            setGraphic(row);
        }
    }
}
