package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every lesson in lessons/ loads without a single problem and survives a write and a reload. */
class BundledLessonsTest {

    static Stream<Path> bundledLessons() throws IOException {
        List<Path> files = LessonFiles.in(LessonCatalog.bundledFolder(), false);
        assertFalse(files.isEmpty(), "no lessons found in " + LessonCatalog.bundledFolder());
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("bundledLessons")
    void loadsWithoutProblems(Path file) {
        LoadedLesson loaded = LessonLoader.load(file);
        assertEquals(List.of(), loaded.problems());
        assertTrue(loaded.ok());
    }

    @ParameterizedTest
    @MethodSource("bundledLessons")
    void roundTripsThroughTheWriter(Path file) throws Exception {
        Lesson lesson = LessonLoader.read(file);
        String written = LessonWriter.toJson(lesson);
        LoadedLesson again = LessonLoader.parse(written, "written " + file.getFileName(), file);
        assertEquals(List.of(), again.problems());
        assertEquals(lesson, again.lesson());
        assertEquals(written, LessonWriter.toJson(again.lesson()), "writing is stable");
    }

    @ParameterizedTest
    @MethodSource("bundledLessons")
    void fileNameMatchesOrderAndId(Path file) throws Exception {
        Lesson lesson = LessonLoader.read(file);
        assertEquals(String.format("%02d-%s.json", lesson.order(), lesson.id()), file.getFileName().toString());
    }
}
