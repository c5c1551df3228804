package cnnlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real command line in a class loader that has no JavaFX at all, and {@code Main} in a
 * JVM whose class path has no JavaFX: if any class on the command-line path touched JavaFX,
 * loading it would fail here.
 */
class HeadlessCliTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("sample-images");

    @TempDir
    Path temp;

    @Test
    void commandLineRunsWithoutJavaFxOnTheClasspath() throws Exception {
        try (URLClassLoader withoutJavaFx = new URLClassLoader(classpathWithoutJavaFx(),
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("javafx.application.Application", false, withoutJavaFx));

            assertEquals(0, runCli(withoutJavaFx, "--help").code());
            assertEquals(0, runCli(withoutJavaFx, "version", "--help").code());
            Run version = runCli(withoutJavaFx, "version");
            assertEquals(0, version.code());
            assertEquals("cnn-lab dev\n", version.out());
            Run convolve = runCli(withoutJavaFx, "convolve", "--input", SAMPLES.resolve("diagonal-6x6.png").toString(),
                    "--kernel", "1,-1,-1;-1,1,-1;-1,-1,1", "--stride", "2", "--json",
                    "--out", temp.resolve("map.png").toString());
            assertEquals(new Run(0, "{\"shape\":[1,2,2],\"values\":[[[3,-3],[-3,0]]]}\n", ""), convolve);
            assertTrue(Files.size(temp.resolve("map.png")) > 0);
            Run pool = runCli(withoutJavaFx, "pool", "--input", SAMPLES.resolve("diagonal-6x6.png").toString(),
                    "--size", "3", "--json");
            assertEquals(new Run(0, "{\"shape\":[1,2,2],\"values\":[[[1,1],[1,1]]]}\n", ""), pool);
            Files.writeString(temp.resolve("net.json"), "{\"input\":[1,28,28],\"layers\":[{\"type\":\"flatten\"},"
                    + "{\"type\":\"dense\",\"units\":10}]}");
            Run summary = runCli(withoutJavaFx, "summary", "--network", temp.resolve("net.json").toString(), "--json");
            assertEquals(0, summary.code(), summary.err());
            assertTrue(summary.out().endsWith("\"totalParams\":7850}\n"), summary.out());
            Files.writeString(temp.resolve("cnn.json"), "{\"input\":[1,8,8],\"layers\":[{\"type\":\"conv\","
                    + "\"filters\":2,\"kernel\":3},{\"type\":\"flatten\"},{\"type\":\"dense\",\"units\":7}]}");
            Run train = runCli(withoutJavaFx, "train", "--network", temp.resolve("cnn.json").toString(), "--data",
                    "shapes", "--epochs", "1", "--per-class", "4");
            assertEquals(0, train.code(), train.err());
            assertTrue(train.out().contains("final accuracy on held-out pictures: "), train.out());
            Run unknown = runCli(withoutJavaFx, "no-such-command");
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().startsWith("cnn-lab: unknown command 'no-such-command'"), unknown.err());
        }
    }

    @Test
    void mainRunsACommandInAJvmWithoutJavaFx() throws Exception {
        List<String> classpath = new ArrayList<>();
        for (URL url : classpathWithoutJavaFx()) {
            classpath.add(new File(url.toURI()).getPath());
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classpath),
                "cnnlab.app.Main", "convolve", "--input", SAMPLES.resolve("diagonal-6x6.png").toString(),
                "--kernel", "1,-1,-1;-1,1,-1;-1,-1,1", "--json")
                .redirectError(temp.resolve("stderr.txt").toFile())
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();

        assertEquals("", Files.readString(temp.resolve("stderr.txt")));
        assertEquals(0, code);
        assertEquals("{\"shape\":[1,4,4],\"values\":[[[3,-1,-3,-1],[-3,1,0,-3],[-3,-3,0,1],[3,-2,-2,-1]]]}"
                + "\n", out);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run runCli(ClassLoader loader, String... args) throws ReflectiveOperationException {
        Class<?> cli = Class.forName("cnnlab.app.Cli", true, loader);
        assertEquals(loader, cli.getClassLoader(), "Cli must come from the JavaFX-free loader");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Object instance = cli.getMethod("standard", PrintStream.class, PrintStream.class).invoke(null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = (int) cli.getMethod("run", List.class).invoke(instance, List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static URL[] classpathWithoutJavaFx() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !entry.contains("openjfx") && !entry.contains("testfx")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        assertFalse(urls.isEmpty());
        return urls.toArray(URL[]::new);
    }
}
