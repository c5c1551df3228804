package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image paths in lessons stay inside the lesson's folder and ../sample-images/. */
class LessonPathsTest {

    @TempDir
    Path temp;

    private Path lesson;

    @BeforeEach
    void layOut() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path lessons = Files.createDirectories(project.resolve("lessons"));
        Files.createDirectories(project.resolve("sample-images"));
        Files.writeString(lessons.resolve("own.png"), "x");
        Files.writeString(project.resolve("sample-images/shared.png"), "x");
        Files.writeString(project.resolve("secret.png"), "x");
        Files.writeString(temp.resolve("outside.png"), "x");
        lesson = lessons.resolve("01-a.json");
    }

    private String refused(String written) {
        return assertThrows(LessonPaths.Refused.class, () -> LessonPaths.resolve(lesson, written)).getMessage();
    }

    @Test
    void theLessonFolderAndSampleImagesAreAllowed() throws Exception {
        assertEquals(lesson.resolveSibling("own.png"), LessonPaths.resolve(lesson, "own.png"));
        assertEquals(temp.resolve("project/sample-images/shared.png"), LessonPaths.resolve(lesson, "../sample-images/shared.png"));
        assertEquals(lesson.resolveSibling("own.png"), LessonPaths.resolve(lesson, "./own.png"));
    }

    @Test
    void absolutePathsAreRefused() {
        assertTrue(refused(temp.resolve("outside.png").toString()).contains("is an absolute path"));
        assertTrue(refused("C:/Users/x.png").contains("is an absolute path"));
        assertTrue(refused("\\\\server\\x.png").contains("is an absolute path"));
        assertTrue(refused("..\\secret.png").contains("backslash"));
    }

    @Test
    void climbingOutIsRefused() {
        for (String escape : new String[] {"../secret.png", "../../outside.png", "sub/../../secret.png",
            "../sample-images/../secret.png", "../lessons-other/x.png"}) {
            assertTrue(refused(escape).contains("leads outside the lesson's folder"), escape);
        }
    }

    @Test
    void symbolicLinksLeavingTheFoldersAreRefused() throws IOException {
        Path folder = lesson.getParent();
        Files.createSymbolicLink(folder.resolve("link.png"), temp.resolve("project/secret.png"));
        Files.createSymbolicLink(folder.resolve("shared-link.png"), temp.resolve("project/sample-images/shared.png"));
        Files.createSymbolicLink(folder.resolve("up"), temp);
        assertTrue(refused("link.png").contains("symbolic link that leads outside"));
        assertTrue(refused("up/outside.png").contains("symbolic link that leads outside"));
        assertEquals(folder.resolve("shared-link.png"), assertAllowed("shared-link.png"));
    }

    private Path assertAllowed(String written) {
        try {
            return LessonPaths.resolve(lesson, written);
        } catch (LessonPaths.Refused e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void missingFilesSaySo() {
        assertTrue(refused("nope.png").startsWith("the file \"nope.png\" does not exist"));
    }

    @Test
    void aLessonReportsTheRefusalAtTheImagePath() throws IOException {
        String json = "{\"id\": \"a\", \"order\": 1, \"title\": {\"en\": \"A\", \"zh\": \"甲\"}, \"steps\": [\n"
                + "{\"type\": \"playground\", \"text\": {\"en\": \"A\", \"zh\": \"甲\"},\n"
                + " \"input\": {\"image\": \"../secret.png\"}, \"kernels\": [{\"preset\": \"identity\"}]}]}";
        Files.writeString(lesson, json);
        LoadedLesson loaded = LessonLoader.load(lesson, "01-a.json");
        assertEquals(1, loaded.problems().size(), loaded.problems().toString());
        assertTrue(loaded.problems().get(0).toString().startsWith("01-a.json:3:21: steps[0].input.image: \"../secret.png\""
                + " leads outside"), loaded.problems().get(0).toString());
        String noFile = LessonLoader.parse(json, "text", null).problems().get(0).message();
        assertTrue(noFile.contains("images need a lesson file"), noFile);
    }
}
