package cnnlab.ui.playground;

import cnnlab.imaging.ImageFiles;
import cnnlab.lesson.LessonCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The images of {@code sample-images/}, which ship beside the bundled lessons. */
public final class SampleImages {
    /** The folder's name beside the lessons folder. */
    public static final String FOLDER = "sample-images";

    private SampleImages() {
    }

    /** The sample images sorted by name; empty when the folder cannot be found. */
    public static List<Path> list() {
        try {
            return list(LessonCatalog.bundledFolder().resolveSibling(FOLDER));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The image files of {@code folder} sorted by name; empty when it cannot be read. */
    static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ImageFiles::hasImageExtension)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
