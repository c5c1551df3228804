package cnnlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces the layer rules of ARCHITECTURE.md by reading the imports of src/main/java. */
class ArchitectureTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path MAIN_SOURCES = BASE.resolve("src/main/java");

    private static List<SourceFile> sources;

    @BeforeAll
    static void scanMainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().map(ArchitectureTest::read).toList();
        }
    }

    @Test
    void everyImportFollowsTheLayerRules() {
        List<String> violations = sources.stream()
                .flatMap(file -> LayerRules.check(file).stream())
                .map(LayerRules.Violation::toString)
                .toList();

        assertTrue(violations.isEmpty(), "Layer rules of ARCHITECTURE.md broken:\n  " + String.join("\n  ", violations));
    }

    @Test
    void scannedFilesInEveryPackageThatExists() throws IOException {
        Map<String, Long> scannedPerLayer = sources.stream().collect(
                Collectors.groupingBy(f -> LayerRules.layerOf(f.packageName()), TreeMap::new, Collectors.counting()));
        List<String> layerFolders;
        try (Stream<Path> folders = Files.list(MAIN_SOURCES.resolve("cnnlab"))) {
            layerFolders = folders.filter(Files::isDirectory).filter(ArchitectureTest::holdsJavaFiles)
                    .map(p -> p.getFileName().toString()).toList();
        }

        assertTrue(layerFolders.containsAll(List.of("app", "ui")), "source tree not found at " + MAIN_SOURCES);
        for (String folder : layerFolders) {
            assertTrue(scannedPerLayer.getOrDefault(folder, 0L) > 0,
                    "no file of cnnlab." + folder + " was scanned; scanned " + scannedPerLayer);
        }
        SourceFile cli = sources.stream().filter(f -> f.path().endsWith("cnnlab/app/Cli.java")).findFirst().orElseThrow();
        assertTrue(cli.imports().size() > 3, "imports of Cli.java were not read: " + cli.imports());
    }

    @Test
    void reportsAForbiddenImportWithFileAndLine() {
        SourceFile fake = SourceFile.parse("cnnlab/engine/Fake.java", """
                package cnnlab.engine;

                import java.util.List;
                import javafx.scene.Node;
                import cnnlab.ui.Icons;
                import static com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT;
                import java.awt.*;
                final class Fake {}
                """);

        assertEquals(List.of(
                "cnnlab/engine/Fake.java:4: cnnlab.engine may not import javafx.* (javafx.scene.Node)",
                "cnnlab/engine/Fake.java:5: cnnlab.engine may not import cnnlab.ui.Icons (it may use: no other layer)",
                "cnnlab/engine/Fake.java:6: cnnlab.engine may not import com.fasterxml.* "
                        + "(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)",
                "cnnlab/engine/Fake.java:7: cnnlab.engine may not import java.awt.* (java.awt.*)"),
                violations(fake));
    }

    @Test
    void enforcesTheDirectionBetweenLayers() {
        assertFalse(check("cnnlab.ui", "cnnlab.app.Cli").isEmpty(), "ui may not use app");
        assertFalse(check("cnnlab.timeline", "cnnlab.lesson.Lesson").isEmpty(), "timeline may not use lesson");
        assertFalse(check("cnnlab.timeline", "javafx.animation.Timeline").isEmpty(), "timeline has no JavaFX");
        assertFalse(check("cnnlab.imaging", "cnnlab.lesson.Lesson").isEmpty(), "imaging may not use lesson");
        assertFalse(check("cnnlab.imaging", "com.fasterxml.jackson.databind.ObjectMapper").isEmpty());
        assertFalse(check("cnnlab.ui.grid", "com.fasterxml.jackson.databind.ObjectMapper").isEmpty());
        assertFalse(check("cnnlab.lesson", "javafx.scene.Node").isEmpty());
        assertFalse(check("cnnlab.util", "java.util.List").isEmpty(), "a package outside every layer");

        assertEquals(List.of(), check("cnnlab.lesson", "cnnlab.imaging.ImageTensors"));
        assertEquals(List.of(), check("cnnlab.lesson", "com.fasterxml.jackson.annotation.JsonProperty"));
        assertEquals(List.of(), check("cnnlab.imaging", "javax.imageio.ImageIO"));
        assertEquals(List.of(), check("cnnlab.ui.grid", "cnnlab.timeline.Playhead"));
        assertEquals(List.of(), check("cnnlab.app", "javafx.application.Application"));
    }

    @Test
    void keepsTheCommandLineHeadless() {
        SourceFile cli = SourceFile.parse("cnnlab/app/Cli.java", "package cnnlab.app;\nimport javafx.application.Platform;\n");
        SourceFile command = SourceFile.parse("cnnlab/app/cli/commands/RenderCommand.java",
                "package cnnlab.app.cli.commands;\n\nimport cnnlab.ui.Icons;\n");
        SourceFile launcher = SourceFile.parse("cnnlab/app/DesktopLauncher.java",
                "package cnnlab.app;\nimport javafx.application.Application;\nimport cnnlab.ui.CnnLabApp;\n");

        assertEquals(List.of("cnnlab/app/Cli.java:2: the command line must stay headless; "
                + "Cli.java may not import javafx.application.Platform"), violations(cli));
        assertEquals(List.of("cnnlab/app/cli/commands/RenderCommand.java:3: the command line must stay headless; "
                + "RenderCommand.java may not import cnnlab.ui.Icons"), violations(command));
        assertEquals(List.of(), violations(launcher));
    }

    private static List<String> check(String packageName, String imported) {
        String path = packageName.replace('.', '/') + "/Fake.java";
        return violations(SourceFile.parse(path, "package " + packageName + ";\nimport " + imported + ";\n"));
    }

    private static List<String> violations(SourceFile file) {
        return LayerRules.check(file).stream().map(LayerRules.Violation::toString).toList();
    }

    private static SourceFile read(Path file) {
        try {
            return SourceFile.parse(BASE.relativize(file).toString().replace('\\', '/'), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsJavaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
