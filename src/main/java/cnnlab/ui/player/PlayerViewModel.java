package cnnlab.ui.player;

import cnnlab.lesson.Lesson;
import cnnlab.lesson.LessonCatalog;
import cnnlab.lesson.LessonTensors;
import cnnlab.lesson.LoadedLesson;
import cnnlab.lesson.Placeholders;
import cnnlab.lesson.ProblemsException;
import cnnlab.lesson.ProseStep;
import cnnlab.lesson.Step;
import cnnlab.lesson.StepValues;
import cnnlab.lesson.Text;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.settings.Settings;
import cnnlab.ui.settings.SettingsStore;
import cnnlab.ui.stage.ChangingValues;
import cnnlab.ui.stage.NoticeViewModel;
import cnnlab.ui.stage.StageViewModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lesson player: which lesson and step are open, the step's texts in the current language,
 * its stage, and the transport of its animation. Remembers the lesson, the step, the language
 * and each lesson's progress in a {@link SettingsStore}. A lesson that does not load shows its
 * problems on the stage; nothing here throws at the user.
 */
public final class PlayerViewModel {

    /**
     * One line of the lesson list.
     *
     * @param id        the lesson's id, or its file name when it does not load
     * @param title     the title in both languages, or null when the lesson does not load
     * @param steps     how many steps it has (0 when it does not load)
     * @param reached   how many of them the student has opened
     * @param ok        false when the lesson has errors
     */
    public record LessonItem(String id, Text title, int steps, int reached, boolean ok) {

        /** The title in {@code language}, or the file name of a lesson that does not load. */
        public String title(Language language) {
            return title == null ? id : title.in(language.code());
        }
    }

    private final List<LessonCatalog.Entry> entries;
    private final Messages messages;
    private final SettingsStore store;
    private final TransportViewModel transport = new TransportViewModel();
    private final ObservableList<LessonItem> lessons = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper lessonIndex = new ReadOnlyIntegerWrapper(this, "lessonIndex", -1);
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount", 0);
    private final ReadOnlyObjectWrapper<StageViewModel> stage = new ReadOnlyObjectWrapper<>(this, "stage");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper lessonTitle = new ReadOnlyStringWrapper(this, "lessonTitle", "");
    private final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper(this, "stepTitle", "");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ReadOnlyStringWrapper stepCounter = new ReadOnlyStringWrapper(this, "stepCounter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private Settings settings;
    private LessonTensors tensors;
    private Map<String, String> values = Map.of();
    /** Fills the texts anew when the student changes a setting on a stage with controls. */
    private final ChangeListener<Map<String, String>> changedValues = (obs, old, now) -> {
        values = now;
        refreshTexts();
    };

    /**
     * Opens where the student left off, in the language they used last.
     *
     * @param entries  the lessons to offer, loaded or with their problems
     * @param messages the interface texts; its language is set from the settings
     * @param store    where the settings live
     */
    public PlayerViewModel(List<LessonCatalog.Entry> entries, Messages messages, SettingsStore store) {
        this.entries = List.copyOf(entries);
        this.messages = messages;
        this.store = store;
        this.settings = store.load();
        messages.languageProperty().set(settings.language());
        messages.languageProperty().addListener(obs -> languageChanged());
        for (LessonCatalog.Entry entry : this.entries) {
            lessons.add(item(entry.loaded()));
        }
        int remembered = indexOf(settings.lessonId());
        if (remembered >= 0) {
            open(remembered, settings.step());
        }
    }

    public Messages messages() {
        return messages;
    }

    public TransportViewModel transport() {
        return transport;
    }

    /** The lessons, in catalog order, with their progress. */
    public ObservableList<LessonItem> lessons() {
        return FXCollections.unmodifiableObservableList(lessons);
    }

    /** The open lesson's index in {@link #lessons()}, −1 for none. */
    public ReadOnlyIntegerProperty lessonIndexProperty() {
        return lessonIndex.getReadOnlyProperty();
    }

    /** The open step, counted from 0; −1 when no step is open. */
    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    /** The open step's stage, or null for none (no lesson, or a prose step). */
    public ReadOnlyObjectProperty<StageViewModel> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The open step of the lesson model, or null. */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lessonTitleProperty() {
        return lessonTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTitleProperty() {
        return stepTitle.getReadOnlyProperty();
    }

    /** The step's text with the engine's values filled in. */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** "Step 3 of 9". */
    public ReadOnlyStringProperty stepCounterProperty() {
        return stepCounter.getReadOnlyProperty();
    }

    /** One line about something that went wrong outside a lesson (settings not saved, lessons not found), or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows {@code line} in the status line, e.g. why the lessons could not be listed. */
    public void reportStatus(String line) {
        status.set(line);
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** True when the open step is prose, whose text is the whole stage. */
    public boolean proseStep() {
        return step.get() instanceof ProseStep;
    }

    /** Opens lesson {@code index} at its first step (or where the student was, for the lesson open last). */
    public void selectLesson(int index) {
        if (index < 0 || index >= entries.size() || index == lessonIndex.get()) {
            return;
        }
        String id = lessons.get(index).id();
        open(index, id.equals(settings.lessonId()) ? settings.step() : 0);
    }

    public void nextStep() {
        goToStep(stepIndex.get() + 1);
    }

    public void previousStep() {
        goToStep(stepIndex.get() - 1);
    }

    /** Opens step {@code index} of the open lesson; does nothing outside the lesson. */
    public void goToStep(int index) {
        if (lessonIndex.get() >= 0 && index >= 0 && index < stepCount.get() && index != stepIndex.get()) {
            showStep(index);
        }
    }

    public void setLanguage(Language language) {
        messages.languageProperty().set(language);
    }

    private void open(int index, int wantedStep) {
        LoadedLesson loaded = entries.get(index).loaded();
        lessonIndex.set(index);
        if (!loaded.ok()) {
            tensors = null;
            stepCount.set(0);
            stepIndex.set(-1);
            step.set(null);
            replaceStage(new NoticeViewModel(NoticeViewModel.Kind.PROBLEMS, "stage.lessonProblems",
                    loaded.errors().stream().map(Object::toString).toList()));
            refreshTexts();
            return;
        }
        Lesson lesson = loaded.lesson();
        tensors = new LessonTensors(loaded.file());
        stepCount.set(lesson.steps().size());
        stepIndex.set(-1);
        showStep(Math.max(0, Math.min(wantedStep, lesson.steps().size() - 1)));
    }

    private void showStep(int index) {
        Lesson lesson = entries.get(lessonIndex.get()).loaded().lesson();
        Step now = lesson.steps().get(index);
        try {
            values = StepValues.of(now, tensors);
        } catch (ProblemsException e) {
            values = Map.of();
        }
        stepIndex.set(index);
        step.set(now);
        replaceStage(StageFactory.create(now, tensors, values, messages));
        remember(lesson.id(), index);
        refreshTexts();
    }

    private void replaceStage(StageViewModel next) {
        StageViewModel old = stage.get();
        transport.playheadProperty().unbind();
        transport.playheadProperty().set(null);
        if (old != null) {
            old.dispose();
        }
        if (old instanceof ChangingValues changing) {
            changing.valuesProperty().removeListener(changedValues);
        }
        stage.set(next);
        if (next != null) {
            transport.playheadProperty().bind(next.playheadProperty());
        }
        if (next instanceof ChangingValues changing) {
            values = changing.valuesProperty().get();
            changing.valuesProperty().addListener(changedValues);
        }
    }

    private void remember(String id, int index) {
        settings = settings.at(id, index);
        int lesson = lessonIndex.get();
        lessons.set(lesson, item(entries.get(lesson).loaded()));
        save();
    }

    private void languageChanged() {
        settings = settings.withLanguage(messages.language());
        save();
        refreshTexts();
    }

    private void save() {
        try {
            store.save(settings);
        } catch (IOException | RuntimeException e) {
            status.set(messages.format("settings.notSaved", store.file().map(Object::toString).orElse(""),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private void refreshTexts() {
        int lesson = lessonIndex.get();
        String code = messages.language().code();
        lessonTitle.set(lesson < 0 ? "" : lessons.get(lesson).title(messages.language()));
        Step now = step.get();
        stepTitle.set(now == null || now.title() == null ? "" : Placeholders.fill(now.title().in(code), values));
        stepText.set(now == null || now.text() == null ? "" : Placeholders.fill(now.text().in(code), values));
        stepCounter.set(stepIndex.get() < 0 ? ""
                : messages.format("nav.counter", stepIndex.get() + 1, stepCount.get()));
        canGoBack.set(stepIndex.get() > 0);
        canGoForward.set(stepIndex.get() >= 0 && stepIndex.get() < stepCount.get() - 1);
    }

    private LessonItem item(LoadedLesson loaded) {
        if (!loaded.ok()) {
            String name = loaded.file() == null || loaded.file().getFileName() == null ? loaded.source()
                    : loaded.file().getFileName().toString();
            return new LessonItem(name, null, 0, 0, false);
        }
        Lesson lesson = loaded.lesson();
        return new LessonItem(lesson.id(), lesson.title(), lesson.steps().size(),
                Math.min(settings.reached(lesson.id()), lesson.steps().size()), true);
    }

    private int indexOf(String id) {
        if (id == null) {
            return -1;
        }
        List<String> ids = new ArrayList<>();
        lessons.forEach(item -> ids.add(item.id()));
        return ids.indexOf(id);
    }
}
