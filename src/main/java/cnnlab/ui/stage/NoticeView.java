package cnnlab.ui.stage;

import cnnlab.ui.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The stage of a step that cannot be shown: a heading and one line per problem. */
public final class NoticeView extends VBox {

    public NoticeView(NoticeViewModel model, Messages messages) {
        getStyleClass().addAll("notice", model.kind() == NoticeViewModel.Kind.PROBLEMS ? "problems" : "not-playable");
        setSpacing(8);
        setMaxHeight(USE_PREF_SIZE);
        Label heading = new Label();
        heading.setId("notice-heading");
        heading.getStyleClass().add("notice-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(messages.text(model.headingKey()));
        getChildren().add(heading);
        for (String line : model.lines()) {
            Label problem = new Label(line);
            problem.getStyleClass().add("notice-line");
            problem.setWrapText(true);
            getChildren().add(problem);
        }
    }
}
