package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.PaddingRule;
import cnnlab.engine.Tensor;
import cnnlab.imaging.ImageFiles;
import cnnlab.imaging.ImageOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaygroundExportTest {

    private static final Path DIAGONAL = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("sample-images/diagonal-6x6.png");

    @TempDir
    Path folder;

    /** Sobel x and a 2×2 of tenths, one plane per input channel. */
    private static PlaygroundExport.Setup setup(PlaygroundExport.ImageSource image, Tensor input) {
        int channels = input.shape().channels();
        return new PlaygroundExport.Setup(image, input, List.of(planes(KernelPresets.get("sobel-x"), channels),
                planes(Tensor.of(new float[][] {{0.1f, 0.2f}, {0.3f, 0.4f}}), channels)), 2, PaddingRule.SAME, true);
    }

    private static Tensor planes(Tensor plane, int channels) {
        return Tensor.stack(java.util.Collections.nCopies(channels, plane));
    }

    private static PlaygroundStep onlyStep(Path file) {
        FileValidator.Result result = FileValidator.validate(file, file.toString());
        assertTrue(result.clean(), result.problems().toString());
        LoadedLesson loaded = LessonLoader.load(file);
        assertEquals(1, loaded.lesson().steps().size());
        return (PlaygroundStep) loaded.lesson().steps().get(0);
    }

    @Test
    void anImageFromElsewhereIsCopiedBesideTheLessonAndTheLessonValidates() throws Exception {
        Path lessons = Files.createDirectories(folder.resolve("lessons"));
        Path file = lessons.resolve("07-edges.json");
        ImageOptions options = ImageOptions.grayscale().resizedTo(6, 6).binarized(0.5f);
        Tensor input = ImageFiles.read(DIAGONAL, options);

        PlaygroundExport.write(setup(new PlaygroundExport.ImageSource(DIAGONAL, 6, 6, false, 0.5f), input), file);

        PlaygroundStep step = onlyStep(file);
        assertTrue(Files.isRegularFile(lessons.resolve("diagonal-6x6.png")));
        assertEquals(new TensorSpec.Image("diagonal-6x6.png", List.of(6, 6), "binary", 0.5), step.input());
        LessonTensors tensors = new LessonTensors(file);
        assertEquals(input, tensors.resolve(step.input()));
        assertEquals(KernelPresets.get("sobel-x"), tensors.resolve(step.kernels().get(0)));
        assertEquals(Tensor.of(new float[][] {{0.1f, 0.2f}, {0.3f, 0.4f}}), tensors.resolve(step.kernels().get(1)));
        assertEquals(2, step.stride());
        assertEquals(PaddingRule.SAME, step.padding());
        assertTrue(step.relu());
        Lesson lesson = LessonLoader.load(file).lesson();
        assertEquals(7, lesson.order());
        assertEquals("edges", lesson.id());
    }

    @Test
    void aSampleImageIsReferredToInItsFolderAndNotCopied() throws Exception {
        Path lessons = Files.createDirectories(folder.resolve("lessons"));
        Path samples = Files.createDirectories(folder.resolve("sample-images"));
        Path image = Files.copy(DIAGONAL, samples.resolve("diagonal-6x6.png"));
        Path file = lessons.resolve("My experiment.json");
        Tensor input = ImageFiles.read(image, ImageOptions.rgb().resizedTo(6, 6));

        PlaygroundExport.write(setup(new PlaygroundExport.ImageSource(image, 6, 6, true, Float.NaN), input), file);

        PlaygroundStep step = onlyStep(file);
        assertEquals(new TensorSpec.Image("../sample-images/diagonal-6x6.png", List.of(6, 6), "rgb", null),
                step.input());
        assertEquals(List.of(file.getFileName()), Files.list(lessons).map(Path::getFileName).toList());
        assertEquals(input, new LessonTensors(file).resolve(step.input()));
        assertEquals("my-experiment", LessonLoader.load(file).lesson().id());
    }

    @Test
    void withoutAnImageTheInputIsWrittenAsNumbers() throws Exception {
        Path file = folder.resolve("numbers.json");
        Tensor input = Tensor.of(new float[][] {{0, 1, 0, 1}, {1, 0, 1, 0}, {0.25f, 0.5f, 0.75f, 1}});

        PlaygroundExport.write(setup(null, input), file);

        PlaygroundStep step = onlyStep(file);
        assertEquals(input, new LessonTensors(file).resolve(step.input()));
    }

    @Test
    void aDifferentFileOfTheSameNameIsNeverOverwritten() throws Exception {
        Path lessons = Files.createDirectories(folder.resolve("lessons"));
        Files.writeString(lessons.resolve("diagonal-6x6.png"), "the teacher's own file");
        Path file = lessons.resolve("edges.json");
        Tensor input = ImageFiles.read(DIAGONAL, ImageOptions.grayscale().resizedTo(6, 6));

        PlaygroundExport.write(setup(new PlaygroundExport.ImageSource(DIAGONAL, 6, 6, false, Float.NaN), input), file);

        assertEquals("the teacher's own file", Files.readString(lessons.resolve("diagonal-6x6.png")));
        PlaygroundStep step = onlyStep(file);
        assertEquals("diagonal-6x6-2.png", ((TensorSpec.Image) step.input()).image());
    }
}
