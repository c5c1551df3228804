package cnnlab.ui.settings;

import cnnlab.imaging.AtomicFiles;
import cnnlab.ui.i18n.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps {@link Settings} in {@value #FILE_NAME} inside the user's config folder. Reading never
 * fails: a missing or damaged file gives the defaults (or what could be read). Writing goes
 * through {@link AtomicFiles}, so a crash mid-write never leaves a half-written file.
 */
public final class SettingsStore {
    /** The file name inside the config folder. */
    public static final String FILE_NAME = "settings.properties";

    private static final String LANGUAGE = "language";
    private static final String LESSON = "lesson";
    private static final String STEP = "step";
    private static final String REACHED = "reached.";

    private final Path file;

    private SettingsStore(Path file) {
        this.file = file;
    }

    /** A store in {@code folder}, which is created on the first save. */
    public static SettingsStore inFolder(Path folder) {
        return new SettingsStore(folder.resolve(FILE_NAME));
    }

    /** A store that remembers nothing: loads the defaults, saves nowhere. */
    public static SettingsStore none() {
        return new SettingsStore(null);
    }

    /** The file, or empty for a store that saves nowhere. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The saved settings; the defaults for what is missing or unreadable. */
    public Settings load() {
        if (file == null) {
            return Settings.DEFAULTS;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException | IllegalArgumentException e) {
            // a damaged file: start afresh rather than refuse to open; the next save replaces it
            return Settings.DEFAULTS;
        }
        Map<String, Integer> reached = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(REACHED)) {
                reached.put(key.substring(REACHED.length()), wholeNumber(properties.getProperty(key)));
            }
        }
        String lesson = properties.getProperty(LESSON);
        return new Settings(Language.fromCode(properties.getProperty(LANGUAGE, Language.ENGLISH.code())),
                lesson == null || lesson.isBlank() ? null : lesson.strip(),
                wholeNumber(properties.getProperty(STEP)), reached);
    }

    /**
     * Writes the settings atomically ({@link AtomicFiles}: temporary file, then a move over the old file).
     *
     * @throws IOException when the folder or file cannot be written; the old file is then untouched
     */
    public void save(Settings settings) throws IOException {
        if (file == null) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Properties properties = new Properties();
        properties.setProperty(LANGUAGE, settings.language().code());
        if (settings.lessonId() != null) {
            properties.setProperty(LESSON, settings.lessonId());
        }
        properties.setProperty(STEP, Integer.toString(settings.step()));
        settings.reached().forEach((id, count) -> properties.setProperty(REACHED + id, Integer.toString(count)));
        StringWriter text = new StringWriter();
        properties.store(text, "CNN Lab settings");
        AtomicFiles.writeString(file, text.toString());
    }

    private static int wholeNumber(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
