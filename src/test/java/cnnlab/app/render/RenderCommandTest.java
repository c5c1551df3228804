package cnnlab.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.app.CliRun;
import cnnlab.engine.Shape;
import cnnlab.lesson.ConvolutionSetup;
import cnnlab.lesson.ConvolutionStep;
import cnnlab.lesson.Lesson;
import cnnlab.lesson.LessonLoader;
import cnnlab.lesson.LessonTensors;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnn-lab render} on the bundled diagonal-detector lesson, headless (Monocle, as the jar runs it). */
class RenderCommandTest {
    private static final Path LESSON = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("lessons/03-diagonal-detector.json");
    /** "Sliding over the whole image": filter A walked over every cell. */
    private static final int SLIDING_STEP = 3;

    @TempDir
    Path temp;

    @Test
    void drawsAStepAtTheAskedSizeAndTwoMomentsOfItsAnimationDiffer() throws IOException {
        Path early = temp.resolve("early.png");
        Path late = temp.resolve("late.png");
        render("--time", "1", "--out", early.toString(), "--width", "640", "--height", "420").ok();
        render("--time", "9", "--out", late.toString(), "--width", "640", "--height", "420").ok();

        BufferedImage a = ImageIO.read(early.toFile());
        BufferedImage b = ImageIO.read(late.toFile());
        assertEquals(640, a.getWidth());
        assertEquals(420, a.getHeight());
        assertTrue(colours(a) > 20, "a drawn step has many colours, not a blank page: " + colours(a));
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differing += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differing > 500, "1 s and 9 s into the walk look different; pixels differing: " + differing);
    }

    @Test
    void gifHasOneFramePerOutputCellOfTheStep() throws Exception {
        Path gif = temp.resolve("walk.gif");
        String out = render("--gif", gif.toString(), "--width", "480", "--height", "320").ok();

        Lesson lesson = LessonLoader.read(LESSON);
        ConvolutionSetup setup = ConvolutionSetup.of((ConvolutionStep) lesson.steps().get(SLIDING_STEP - 1),
                new LessonTensors(LESSON));
        Shape output = setup.conv().outputShape(setup.input().shape());
        int cells = output.channels() * output.height() * output.width();
        assertEquals(cells, frames(gif));
        assertTrue(out.contains("(" + cells + " frames)"), out);
    }

    @Test
    void stillStepIsOneFrame() throws Exception {
        Path gif = temp.resolve("prose.gif");
        CliRun.of(temp, "render", LESSON.toString(), "--step", "1", "--gif", gif.toString()).ok();
        assertEquals(1, frames(gif));
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        String png = temp.resolve("x.png").toString();
        assertTrue(CliRun.of(temp, "render", LESSON.toString(), "--step", "99", "--out", png).badInput()
                .contains("--step 99 is past the end"));
        assertTrue(CliRun.of(temp, "render", LESSON.toString(), "--step", "0", "--out", png).badInput()
                .contains("--step must be at least 1"));
        assertTrue(render("--time", "-1", "--out", png).badInput().contains("--time"));
        assertTrue(render("--time", "soon", "--out", png).badInput().contains("--time"));
        assertTrue(render("--time", "999", "--out", png).badInput().contains("past the end of step 3"));
        assertTrue(render().badInput().contains("--out FILE.png or --gif FILE.gif"));

        Path broken = Files.writeString(temp.resolve("03-broken.json"), "{\n  \"id\": \"broken\",\n  \"steps\": [\n");
        String line = CliRun.of(temp, "render", broken.toString(), "--step", "1", "--out", png).badInput();
        assertTrue(line.matches("cnn-lab render: .*03-broken\\.json:\\d+:\\d+: .*"), line);
        assertFalse(Files.exists(Path.of(png)), "nothing is written on bad input");
    }

    private CliRun render(String... options) {
        String[] args = new String[4 + options.length];
        args[0] = "render";
        args[1] = LESSON.toString();
        args[2] = "--step";
        args[3] = Integer.toString(SLIDING_STEP);
        System.arraycopy(options, 0, args, 4, options.length);
        return CliRun.of(temp, args);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static int frames(Path gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }
}
