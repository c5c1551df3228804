package cnnlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds lesson files in a folder: {@code *.json} except the schema and an index file. */
public final class LessonFiles {
    /** The schema file that lives beside the lessons. */
    public static final String SCHEMA = "lesson.schema.json";
    /** A listing file some folders may have; never a lesson. */
    public static final String INDEX = "index.json";

    private LessonFiles() {
    }

    /** True for a {@code .json} file that is neither the schema nor an index. */
    public static boolean isLessonFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".json") && !name.equals(SCHEMA) && !name.equals(INDEX) && Files.isRegularFile(file);
    }

    /**
     * The lesson files in {@code folder}, sorted by name.
     *
     * @param recursive true to look into sub-folders too
     */
    public static List<Path> in(Path folder, boolean recursive) throws IOException {
        try (Stream<Path> files = recursive ? Files.walk(folder) : Files.list(folder)) {
            return files.filter(LessonFiles::isLessonFile).sorted().toList();
        }
    }
}
