package cnnlab.ui;

import cnnlab.ui.player.PlayerViewModel;
import cnnlab.ui.stage.FormattedText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The open step: lesson and step title, the step's text, the stage, the transport bar and the
 * step navigation. The window shows it beside the lesson list; the render command draws it alone.
 */
public final class StepPane extends VBox {
    /** The most height the text of a step with a stage takes before it scrolls. */
    private static final double TEXT_MAX_HEIGHT = 150;
    /** The scroll pane's border and padding around the text. */
    private static final double TEXT_SCROLL_INSETS = 4;
    private final PlayerViewModel model;
    private final StackPane stage = new StackPane();
    private final FormattedText text;
    private final ScrollPane textScroll;

    public StepPane(PlayerViewModel model) {
        this.model = model;
        getStyleClass().add("step-pane");
        setId("step-pane");
        setSpacing(10);
        Label lesson = new Label();
        lesson.setId("lesson-title");
        lesson.getStyleClass().add("lesson-title");
        lesson.textProperty().bind(model.lessonTitleProperty());
        Label title = new Label();
        title.setId("step-title");
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        title.textProperty().bind(model.stepTitleProperty());
        text = new FormattedText(model.stepTextProperty());
        text.setId("step-text");
        textScroll = new ScrollPane(text);
        textScroll.setFitToWidth(true);
        textScroll.getStyleClass().add("step-text-scroll");
        textScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // the stage must not squeeze a short text into a scrolled sliver: it keeps its height up to a limit
        textScroll.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(TEXT_MAX_HEIGHT, text.getHeight() + TEXT_SCROLL_INSETS), text.heightProperty()));
        stage.setId("stage");
        stage.getStyleClass().add("stage-area");
        stage.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(stage, Priority.ALWAYS);
        getChildren().addAll(lesson, title, textScroll, stage, new TransportBar(model.transport(), model.messages()),
                new NavigationBar(model));
        model.stageProperty().addListener((obs, old, now) -> showStage());
        showStage();
    }

    /** A prose step reads its text on the stage; other steps keep a short text above it. */
    private void showStage() {
        Node view = StageViews.viewOf(model.stageProperty().get(), model.messages());
        boolean prose = model.proseStep();
        textScroll.getStyleClass().remove("prose");
        if (prose) {
            textScroll.getStyleClass().add("prose");
        }
        textScroll.setMaxHeight(prose ? Double.MAX_VALUE : TEXT_MAX_HEIGHT);
        VBox.setVgrow(textScroll, prose ? Priority.ALWAYS : Priority.NEVER);
        stage.setVisible(view != null);
        stage.setManaged(view != null);
        stage.getChildren().setAll(view == null ? new Node[0] : new Node[] {view});
    }
}
