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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the real command line in a class loader that has no JavaFX at all: if any class on the
 * command-line path touched JavaFX, loading it would fail here.
 */
class HeadlessCliTest {

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
            Run unknown = runCli(withoutJavaFx, "no-such-command");
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().startsWith("cnn-lab: unknown command 'no-such-command'"), unknown.err());
        }
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
