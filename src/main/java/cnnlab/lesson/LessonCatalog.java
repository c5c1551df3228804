package cnnlab.lesson;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The lessons a student can open: the bundled ones, then those in user folders. Bundled lessons
 * come from, in this order: the folder in the system property {@value #LESSONS_DIR_PROPERTY};
 * the source tree's {@code lessons/} when running from {@code target/classes} (so edits show
 * without a rebuild); the {@code lessons/} resources on the class path, inside the jar.
 * A folder is listed, not indexed: every lesson file in it counts ({@link LessonFiles}).
 */
public final class LessonCatalog {
    /** System property naming the folder of bundled lessons (the tests set it). */
    public static final String LESSONS_DIR_PROPERTY = "cnnlab.lessons.dir";
    private static final String MARKER = "lessons/" + LessonFiles.SCHEMA;

    /**
     * One lesson in the catalog.
     *
     * @param bundled true for a lesson shipped with CNN Lab
     * @param loaded  the lesson, or its problems when it does not load
     */
    public record Entry(boolean bundled, LoadedLesson loaded) {
    }

    private final Path bundled;
    private final List<Path> userFolders;

    /**
     * @param bundled     the folder of bundled lessons, or null for none
     * @param userFolders further folders of lessons; missing folders are skipped
     */
    public LessonCatalog(Path bundled, List<Path> userFolders) {
        this.bundled = bundled;
        this.userFolders = List.copyOf(userFolders);
    }

    /** The catalog with the bundled lessons found as the class comment says, plus {@code userFolders}. */
    public static LessonCatalog standard(List<Path> userFolders) throws IOException {
        return new LessonCatalog(bundledFolder(), userFolders);
    }

    /**
     * Loads every lesson: bundled ones first, each group sorted by order and id. A lesson with
     * errors is listed with its problems instead of being dropped.
     */
    public List<Entry> load() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (bundled != null) {
            entries.addAll(loadFolder(bundled, true));
        }
        for (Path folder : userFolders) {
            if (Files.isDirectory(folder)) {
                entries.addAll(loadFolder(folder, false));
            }
        }
        return entries;
    }

    private static List<Entry> loadFolder(Path folder, boolean bundled) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path file : LessonFiles.in(folder, false)) {
            entries.add(new Entry(bundled, LessonLoader.load(file, bundled ? "lessons/" + file.getFileName() : file.toString())));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.loaded().ok() ? e.loaded().lesson().order() : Integer.MAX_VALUE)
                .thenComparing(e -> e.loaded().source()));
        return entries;
    }

    /**
     * The folder of bundled lessons (a folder inside the jar when running from it).
     *
     * @throws IOException when no bundled lessons can be found
     */
    public static Path bundledFolder() throws IOException {
        return bundledFolder(System.getProperty(LESSONS_DIR_PROPERTY), LessonCatalog.class.getClassLoader());
    }

    /** {@link #bundledFolder()} with the property value and the class path given (for tests). */
    static Path bundledFolder(String property, ClassLoader classPath) throws IOException {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        URL marker = classPath.getResource(MARKER);
        if (marker == null) {
            throw new IOException("the bundled lessons are missing (no " + MARKER + " on the class path)");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("file")) {
                Path copied = Path.of(uri).getParent();
                Path sourceTree = sourceTreeLessons(copied);
                return sourceTree != null ? sourceTree : copied;
            }
            return jarFileSystem(uri).getPath("/lessons");
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled lessons: " + e.getMessage(), e);
        }
    }

    /** {@code X/lessons} when {@code copied} is {@code X/target/classes/lessons} and it exists. */
    private static Path sourceTreeLessons(Path copied) {
        Path classes = copied.getParent();
        Path target = classes == null ? null : classes.getParent();
        Path project = target == null ? null : target.getParent();
        if (project == null || !classes.getFileName().toString().equals("classes")
                || !target.getFileName().toString().equals("target")) {
            return null;
        }
        Path lessons = project.resolve("lessons");
        return Files.isRegularFile(lessons.resolve(LessonFiles.SCHEMA)) ? lessons : null;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
