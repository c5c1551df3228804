package cnnlab.ui.settings;

import cnnlab.ui.i18n.Language;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the app remembers between runs: the language, where the student was, and how far they
 * got in each lesson. Immutable; the {@code with…} methods return changed copies.
 *
 * @param language the interface language
 * @param lessonId the id of the lesson open last, or null for none
 * @param step     the step open last in that lesson, counted from 0
 * @param reached  per lesson id, how many steps the student has opened (the furthest step + 1)
 */
public record Settings(Language language, String lessonId, int step, Map<String, Integer> reached) {

    /** English, no lesson open, nothing reached. */
    public static final Settings DEFAULTS = new Settings(Language.ENGLISH, null, 0, Map.of());

    public Settings {
        Objects.requireNonNull(language, "language");
        step = Math.max(0, step);
        reached = Map.copyOf(reached);
    }

    /** The same settings in another language. */
    public Settings withLanguage(Language newLanguage) {
        return new Settings(newLanguage, lessonId, step, reached);
    }

    /** The student is at {@code newStep} of lesson {@code id}; the lesson's progress grows to include it. */
    public Settings at(String id, int newStep) {
        Map<String, Integer> progress = new HashMap<>(reached);
        progress.merge(id, newStep + 1, Math::max);
        return new Settings(language, id, newStep, progress);
    }

    /** How many steps of lesson {@code id} the student has opened. */
    public int reached(String id) {
        return reached.getOrDefault(id, 0);
    }
}
