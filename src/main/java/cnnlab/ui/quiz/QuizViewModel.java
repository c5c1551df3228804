package cnnlab.ui.quiz;

import cnnlab.imaging.NumberText;
import cnnlab.lesson.Placeholders;
import cnnlab.lesson.QuizStep;
import cnnlab.lesson.Text;
import cnnlab.timeline.Playhead;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.StageViewModel;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A quiz question: pick one of the choices, or type a number that counts when it lies within
 * the lesson's tolerance. {@link #check()} says right or wrong and reveals the explanation;
 * something that is not a number gets an inline message instead of a verdict.
 */
public final class QuizViewModel implements StageViewModel {

    /** What the last check found. */
    public enum Verdict {
        /** Not checked yet, or the answer changed since. */
        NONE,
        RIGHT,
        WRONG,
        /** The answer could not be read (no choice, or not a number); nothing was judged. */
        UNREADABLE
    }

    private final QuizStep step;
    private final Messages messages;
    private final Map<String, String> values;
    private final ReadOnlyObjectWrapper<Playhead<?>> noAnimation = new ReadOnlyObjectWrapper<>(this, "playhead");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final IntegerProperty selectedChoice = new SimpleIntegerProperty(this, "selectedChoice", -1);
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict", Verdict.NONE);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyBooleanWrapper explained = new ReadOnlyBooleanWrapper(this, "explained");
    private final InvalidationListener languageListener = obs -> refresh();

    /**
     * @param step     the question
     * @param values   the engine's values its texts may name ({@link Placeholders})
     * @param messages the interface texts
     */
    public QuizViewModel(QuizStep step, Map<String, String> values, Messages messages) {
        this.step = step;
        this.values = Map.copyOf(values);
        this.messages = messages;
        selectedChoice.addListener(obs -> forgetVerdict());
        answer.addListener(obs -> forgetVerdict());
        messages.languageProperty().addListener(languageListener);
        refresh();
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return noAnimation.getReadOnlyProperty();
    }

    @Override
    public void dispose() {
        messages.languageProperty().removeListener(languageListener);
    }

    /** True when the answer is a number typed in, false when it is one of {@link #choices()}. */
    public boolean numeric() {
        return step.numeric();
    }

    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The choices in the current language; empty for a numeric question. */
    public ObservableList<String> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    /** The index of the picked choice, −1 for none. */
    public IntegerProperty selectedChoiceProperty() {
        return selectedChoice;
    }

    /** The number typed, as text. */
    public StringProperty answerProperty() {
        return answer;
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** "Right!", "Not quite.", or why the answer could not be read; empty before a check. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The lesson's explanation, in the current language. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** True once the student has answered (right or wrong), so the explanation shows. */
    public ReadOnlyBooleanProperty explainedProperty() {
        return explained.getReadOnlyProperty();
    }

    /** Judges the answer as it stands. */
    public void check() {
        if (step.numeric()) {
            checkNumber(answer.get() == null ? "" : answer.get().strip());
        } else if (selectedChoice.get() < 0) {
            verdict.set(Verdict.UNREADABLE);
        } else {
            judge(selectedChoice.get() == step.correct());
        }
        refresh();
    }

    private void checkNumber(String typed) {
        try {
            NumberText.parse(typed);
        } catch (NumberFormatException e) {
            verdict.set(Verdict.UNREADABLE);
            return;
        }
        // NumberText only vets the spelling; compare in double so 0.1 typed equals 0.1 in the lesson
        judge(step.accepts(Double.parseDouble(typed)));
    }

    private void judge(boolean right) {
        verdict.set(right ? Verdict.RIGHT : Verdict.WRONG);
        explained.set(true);
    }

    private void forgetVerdict() {
        if (verdict.get() != Verdict.NONE) {
            verdict.set(Verdict.NONE);
            refresh();
        }
    }

    private void refresh() {
        question.set(text(step.question()));
        List<String> shown = step.choices() == null ? List.of() : step.choices().stream().map(this::text).toList();
        if (!shown.equals(choices)) {
            choices.setAll(shown);
        }
        explanation.set(text(step.explanation()));
        feedback.set(feedbackText());
    }

    private String feedbackText() {
        switch (verdict.get()) {
            case RIGHT:
                return messages.format("quiz.right");
            case WRONG:
                return messages.format("quiz.wrong");
            case UNREADABLE:
                if (!step.numeric()) {
                    return messages.format("quiz.pickOne");
                }
                String typed = answer.get() == null ? "" : answer.get().strip();
                return typed.isEmpty() ? messages.format("quiz.empty") : messages.format("quiz.notNumber", typed);
            default:
                return "";
        }
    }

    private String text(Text text) {
        return text == null ? "" : Placeholders.fill(text.in(messages.language().code()), values);
    }
}
