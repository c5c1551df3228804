package cnnlab.lesson;

import cnnlab.engine.PaddingRule;
import cnnlab.engine.Tensor;
import cnnlab.imaging.AtomicFiles;
import cnnlab.imaging.NumberText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a playground experiment into a lesson file with one {@code playground} step, so an
 * instructor can open it in the player or paste the step into a lesson. The image is referred
 * to by a path the lesson rules accept ({@link LessonPaths}): its name when it already sits
 * beside the lesson, {@code ../sample-images/NAME} for a sample image, and otherwise a copy
 * saved beside the lesson. Without an image file the input is written out as numbers.
 */
public final class PlaygroundExport {
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)-(.+)\\.json");

    /**
     * The image behind the input.
     *
     * @param file      the image file
     * @param height    rows of the working size
     * @param width     columns of the working size
     * @param rgb       three channels instead of grayscale
     * @param threshold the binarising threshold, or NaN for none
     */
    public record ImageSource(Path file, int height, int width, boolean rgb, float threshold) {
    }

    /**
     * What the playground shows.
     *
     * @param image   the image the input comes from, or null to write {@code input} as numbers
     * @param input   the tensor the engine convolves
     * @param kernels the kernels, each {@code C × kh × kw} with the input's channels
     * @param stride  the stride
     * @param padding the padding
     * @param relu    ReLU on
     */
    public record Setup(ImageSource image, Tensor input, List<Tensor> kernels, int stride, PaddingRule padding,
                        boolean relu) {
        public Setup {
            kernels = List.copyOf(kernels);
        }
    }

    private PlaygroundExport() {
    }

    /**
     * Writes a one-step lesson to {@code lessonFile} (all or nothing), copying the image beside
     * it when the lesson could not otherwise reach it. A file named {@code NN-slug.json} gets
     * order NN and id slug, as the loader requires.
     *
     * @throws IOException when the lesson or the image copy cannot be written
     */
    public static void write(Setup setup, Path lessonFile) throws IOException {
        Path target = lessonFile.toAbsolutePath();
        TensorSpec input = setup.image() == null || setup.image().rgb() && !Float.isNaN(setup.image().threshold())
                ? TensorSpec.literal(setup.input())
                : imageSpec(setup.image(), reference(setup.image().file().toAbsolutePath(), target));
        LessonWriter.write(lesson(setup, input, target), target);
    }

    /** The lesson written for {@code setup} with {@code input} as its input. */
    static Lesson lesson(Setup setup, TensorSpec input, Path lessonFile) {
        String name = lessonFile.getFileName().toString();
        Matcher numbered = NUMBERED.matcher(name);
        int order = numbered.matches() ? Integer.parseInt(numbered.group(1)) : 1;
        String id = slug(numbered.matches() ? numbered.group(2) : name.replaceFirst("\\.json$", ""));
        List<TensorSpec> kernels = setup.kernels().stream().map(TensorSpec::literal).toList();
        PlaygroundStep step = new PlaygroundStep(new Text("Try the kernels", "试一试这些卷积核"),
                new Text("Edit the kernels and watch each feature map change.",
                        "修改卷积核，观察每张特征图如何变化。"),
                input, kernels, setup.stride(), setup.padding(), setup.relu(), null);
        return new Lesson(LessonFiles.SCHEMA, id, order, new Text("Playground experiment", "卷积核实验"), null,
                List.of(step));
    }

    /** Lower-case words joined by {@code -}, as lesson ids are; {@code playground} when nothing is left. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "playground" : slug;
    }

    private static TensorSpec imageSpec(ImageSource image, String path) {
        boolean binary = !Float.isNaN(image.threshold());
        return new TensorSpec.Image(path, List.of(image.height(), image.width()),
                image.rgb() ? ImageModes.RGB : binary ? ImageModes.BINARY : ImageModes.GRAYSCALE,
                binary ? Double.parseDouble(NumberText.format(image.threshold())) : null);
    }

    /** The path the lesson writes for {@code image}; copies the image beside the lesson when needed. */
    private static String reference(Path image, Path lessonFile) throws IOException {
        Path folder = lessonFile.getParent();
        String name = image.getFileName().toString();
        if (folder.equals(image.getParent()) && isPlainName(name)) {
            return name;
        }
        Path samples = folder.resolveSibling(LessonPaths.SAMPLE_IMAGES);
        if (samples.equals(image.getParent()) && isPlainName(name)) {
            return "../" + LessonPaths.SAMPLE_IMAGES + "/" + name;
        }
        Path copy = freeName(folder, isPlainName(name) ? name : slug(name.replaceFirst("\\.[^.]*$", ""))
                + name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT), image);
        if (!Files.exists(copy)) {
            AtomicFiles.write(copy, out -> Files.copy(image, out));
        }
        return copy.getFileName().toString();
    }

    private static boolean isPlainName(String name) {
        return name.matches("[A-Za-z0-9._-]+") && !name.startsWith(".");
    }

    /** {@code name}, or {@code stem-2.ext}, {@code stem-3.ext}, … : the first that is free or already holds the same bytes. */
    private static Path freeName(Path folder, String name, Path image) throws IOException {
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        for (int n = 1; ; n++) {
            Path candidate = folder.resolve(n == 1 ? name : stem + "-" + n + extension);
            if (!Files.exists(candidate) || Files.mismatch(candidate, image) == -1) {
                return candidate;
            }
        }
    }
}
