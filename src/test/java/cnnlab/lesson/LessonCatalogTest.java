package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Tensor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCatalogTest {

    @TempDir
    Path temp;

    private static final String IMAGE_LESSON = "{\"id\": \"cross\", \"order\": 2, \"title\": {\"en\": \"X\", \"zh\": \"叉\"},"
            + " \"steps\": [{\"type\": \"playground\", \"text\": {\"en\": \"X\", \"zh\": \"叉\"},"
            + " \"input\": {\"image\": \"../sample-images/cross-5x5.png\", \"mode\": \"binary\"},"
            + " \"kernels\": [{\"preset\": \"identity\"}]}]}";

    private static Path projectFolder() throws IOException {
        return LessonCatalog.bundledFolder().getParent();
    }

    @Test
    void listsBundledLessonsThenUserLessonsWithTheirProblems() throws IOException {
        Path user = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(user.resolve("01-broken.json"), "{\"id\": \"broken\"}");
        List<LessonCatalog.Entry> entries = LessonCatalog.standard(List.of(user, temp.resolve("missing"))).load();
        List<Path> bundled = LessonFiles.in(LessonCatalog.bundledFolder(), false);
        assertEquals(bundled.size() + 1, entries.size());
        List<Integer> orders = entries.subList(0, bundled.size()).stream().map(e -> e.loaded().lesson().order()).toList();
        assertEquals(orders.stream().sorted().toList(), orders, "bundled lessons in course order");
        assertTrue(entries.subList(0, bundled.size()).stream().allMatch(LessonCatalog.Entry::bundled));
        LessonCatalog.Entry broken = entries.get(entries.size() - 1);
        assertFalse(broken.bundled());
        assertFalse(broken.loaded().ok());
        assertTrue(broken.loaded().problems().get(0).message().startsWith("missing field \"order\""));
    }

    @Test
    void runningFromTargetClassesUsesTheSourceTree() throws IOException {
        Path project = temp.resolve("proj");
        Path copied = Files.createDirectories(project.resolve("target/classes/lessons"));
        Files.writeString(copied.resolve(LessonFiles.SCHEMA), "{}");
        Files.createDirectories(project.resolve("lessons"));
        Files.writeString(project.resolve("lessons").resolve(LessonFiles.SCHEMA), "{}");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {project.resolve("target/classes").toUri().toURL()}, null)) {
            assertEquals(project.resolve("lessons").toRealPath(), LessonCatalog.bundledFolder(null, loader).toRealPath());
        }
        Files.delete(project.resolve("lessons").resolve(LessonFiles.SCHEMA));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {project.resolve("target/classes").toUri().toURL()}, null)) {
            assertEquals(copied.toRealPath(), LessonCatalog.bundledFolder(null, loader).toRealPath(), "no source tree");
            assertEquals(Path.of("/some/where"), LessonCatalog.bundledFolder("/some/where", loader), "the property wins");
        }
    }

    @Test
    void bundledLessonsLoadFromInsideTheJarWithTheirImages() throws Exception {
        Path jar = temp.resolve("cnn-lab.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "lessons/" + LessonFiles.SCHEMA, Files.readAllBytes(LessonCatalog.bundledFolder().resolve(LessonFiles.SCHEMA)));
            put(out, "lessons/03-diagonal-detector.json",
                    Files.readAllBytes(LessonCatalog.bundledFolder().resolve("03-diagonal-detector.json")));
            put(out, "lessons/02-cross.json", IMAGE_LESSON.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put(out, "sample-images/cross-5x5.png", Files.readAllBytes(projectFolder().resolve("sample-images/cross-5x5.png")));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path folder = LessonCatalog.bundledFolder(null, loader);
            assertEquals("jar", folder.toUri().getScheme());
            List<LessonCatalog.Entry> entries = new LessonCatalog(folder, List.of()).load();
            assertEquals(List.of("cross", "diagonal-detector"), entries.stream().map(e -> e.loaded().lesson().id()).toList());
            assertEquals(List.of(), entries.get(0).loaded().problems());
            Tensor cross = new LessonTensors(entries.get(0).loaded().file())
                    .resolve(((PlaygroundStep) entries.get(0).loaded().lesson().steps().get(0)).input());
            assertEquals(1f, cross.get(0, 2, 2), "the centre of the X is white");
            assertEquals(0f, cross.get(0, 0, 2));
        }
    }

    @Test
    void noBundledLessonsIsAnError() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertTrue(assertThrows(IOException.class, () -> LessonCatalog.bundledFolder(null, empty)).getMessage()
                    .contains("the bundled lessons are missing"));
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(bytes);
        jar.closeEntry();
    }
}
