package cnnlab.ui.quiz;

import cnnlab.ui.Icons;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.FormattedText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A quiz: the question, the choices or a number field, a Check button, the verdict and the explanation. */
public final class QuizView extends VBox {
    private final QuizViewModel model;
    private final VBox choiceBox = new VBox(8);
    private final ToggleGroup group = new ToggleGroup();

    public QuizView(QuizViewModel model, Messages messages) {
        this.model = model;
        getStyleClass().addAll("stage", "quiz");
        setSpacing(14);
        setMaxWidth(760);
        Label question = new Label();
        question.setId("quiz-question");
        question.getStyleClass().add("quiz-question");
        question.setWrapText(true);
        question.textProperty().bind(model.questionProperty());
        getChildren().add(question);

        Button check = new Button();
        check.setId("quiz-check");
        check.setGraphic(Icons.CHECK.create());
        check.textProperty().bind(messages.text("quiz.check"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text("quiz.check.tip"));
        check.setTooltip(tip);
        check.setDefaultButton(true);
        check.setOnAction(e -> model.check());

        if (model.numeric()) {
            TextField answer = new TextField();
            answer.setId("quiz-answer");
            answer.setPrefColumnCount(10);
            answer.promptTextProperty().bind(messages.text("quiz.prompt"));
            answer.textProperty().bindBidirectional(model.answerProperty());
            Tooltip answerTip = new Tooltip();
            answerTip.textProperty().bind(messages.text("quiz.answer.tip"));
            answer.setTooltip(answerTip);
            HBox row = new HBox(10, answer, check);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        } else {
            choiceBox.setId("quiz-choices");
            showChoices();
            model.choices().addListener((ListChangeListener<String>) change -> showChoices());
            group.selectedToggleProperty().addListener((obs, old, now) ->
                    model.selectedChoiceProperty().set(now == null ? -1 : group.getToggles().indexOf(now)));
            getChildren().addAll(choiceBox, check);
        }

        Label feedback = new Label();
        feedback.setId("quiz-feedback");
        feedback.getStyleClass().add("quiz-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedbackProperty());
        model.verdictProperty().addListener((obs, old, now) -> {
            feedback.getStyleClass().removeAll("right", "wrong", "unreadable");
            feedback.getStyleClass().add(now.name().toLowerCase(java.util.Locale.ROOT));
        });
        FormattedText explanation = new FormattedText(model.explanationProperty());
        explanation.setId("quiz-explanation");
        explanation.getStyleClass().add("quiz-explanation");
        explanation.visibleProperty().bind(model.explainedProperty());
        explanation.managedProperty().bind(model.explainedProperty());
        getChildren().addAll(feedback, explanation);
    }

    /** One radio button per choice, keeping the selection when the language changes the words. */
    private void showChoices() {
        int selected = model.selectedChoiceProperty().get();
        group.getToggles().clear();
        choiceBox.getChildren().clear();
        for (int i = 0; i < model.choices().size(); i++) {
            RadioButton choice = new RadioButton(model.choices().get(i));
            choice.setId("quiz-choice-" + i);
            choice.setWrapText(true);
            choice.setToggleGroup(group);
            choiceBox.getChildren().add(choice);
        }
        if (selected >= 0 && selected < group.getToggles().size()) {
            group.selectToggle(group.getToggles().get(selected));
        }
    }
}
