package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheFileWithTheNewContent() throws IOException {
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, "old");

        AtomicFiles.writeString(file, "new 新");

        assertEquals("new 新", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "the student's work");

        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half a fi".getBytes());
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", failure.getMessage());
        assertEquals("the student's work", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void aMissingFolderIsAnErrorNotAPartialFile() {
        Path file = folder.resolve("no-such-folder").resolve("map.csv");

        assertThrows(IOException.class, () -> AtomicFiles.writeString(file, "1,2"));
        assertEquals(false, Files.exists(file));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
