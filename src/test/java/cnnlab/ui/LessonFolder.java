package cnnlab.ui;

import cnnlab.lesson.LessonCatalog;
import cnnlab.lesson.LessonFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A folder laid out like the project for the app to open: {@code lessons/} with the bundled
 * diagonal-detector lesson, the every-step example lesson and a broken lesson file, beside
 * {@code sample-images/}.
 */
final class LessonFolder {
    static final String DIAGONAL = "03-diagonal-detector.json";
    static final String EVERY_STEP = "01-every-step.json";
    static final String BROKEN = "02-broken.json";

    private LessonFolder() {
    }

    /** Lays the folder out under {@code root} and returns its {@code lessons/}. */
    static Path create(Path root) throws IOException, URISyntaxException {
        Path bundled = LessonCatalog.bundledFolder();
        Path lessons = Files.createDirectories(root.resolve("lessons"));
        Path images = Files.createDirectories(root.resolve("sample-images"));
        for (String name : List.of("diagonal-6x6.png", "cross-5x5.png")) {
            Files.copy(bundled.resolveSibling("sample-images").resolve(name), images.resolve(name));
        }
        Files.copy(bundled.resolve(DIAGONAL), lessons.resolve(DIAGONAL));
        Files.copy(bundled.resolve(LessonFiles.SCHEMA), lessons.resolve(LessonFiles.SCHEMA));
        Files.copy(Path.of(LessonFolder.class.getResource("/example-lessons/" + EVERY_STEP).toURI()),
                lessons.resolve(EVERY_STEP));
        Files.writeString(lessons.resolve(BROKEN), "{\n  \"id\": \"broken\",\n  \"order\": 2,\n  \"steps\": [\n");
        return lessons;
    }
}
