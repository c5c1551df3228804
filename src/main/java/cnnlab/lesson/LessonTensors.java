package cnnlab.lesson;

import cnnlab.engine.EngineException;
import cnnlab.engine.Tensor;
import cnnlab.imaging.ImageFiles;
import cnnlab.imaging.ImageOptions;
import cnnlab.imaging.ImageProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the {@link TensorSpec}s of one lesson into engine tensors: literal numbers, generators,
 * preset kernels, and image files found relative to the lesson file ({@link LessonPaths}).
 */
public final class LessonTensors {
    private final Path lessonFile;

    /** @param lessonFile the lesson the specs come from (images are found beside it); null for none */
    public LessonTensors(Path lessonFile) {
        this.lessonFile = lessonFile;
    }

    /**
     * The tensor a spec describes.
     *
     * @throws ProblemsException when it cannot be made (a lesson that validated never throws here,
     *     unless its image file changed since)
     */
    public Tensor resolve(TensorSpec spec) throws ProblemsException {
        Problems problems = new Problems(lessonFile == null ? "<lesson>" : lessonFile.toString());
        Tensor tensor = resolve(spec, "", problems);
        problems.throwIfErrors();
        return tensor;
    }

    /** The tensor, or null after reporting at {@code path} why it cannot be made. */
    Tensor resolve(TensorSpec spec, String path, Problems problems) {
        try {
            if (spec instanceof TensorSpec.Rows rows) {
                return Tensor.of(new float[][][] {floats(rows.rows())});
            }
            if (spec instanceof TensorSpec.Planes planes) {
                float[][][] values = new float[planes.planes().size()][][];
                for (int c = 0; c < values.length; c++) {
                    values[c] = floats(planes.planes().get(c));
                }
                return Tensor.of(values);
            }
            if (spec instanceof TensorSpec.Generated generated) {
                return TensorGenerators.generate(generated, path, problems);
            }
            if (spec instanceof TensorSpec.Preset preset) {
                if (!KernelPresets.contains(preset.preset())) {
                    problems.error(path + ".preset", "unknown kernel preset \"" + preset.preset() + "\""
                            + FieldNames.didYouMean(preset.preset(), KernelPresets.names()) + "; known presets: " + String.join(", ", KernelPresets.names()));
                    return null;
                }
                return KernelPresets.get(preset.preset());
            }
            return image((TensorSpec.Image) spec, path, problems);
        } catch (EngineException e) {
            problems.error(path, e.getMessage());
            return null;
        }
    }

    private Tensor image(TensorSpec.Image spec, String path, Problems problems) {
        if (lessonFile == null) {
            problems.error(path + ".image", "images need a lesson file to be found from; this text has none");
            return null;
        }
        Path file;
        try {
            file = LessonPaths.resolve(lessonFile, spec.image());
        } catch (LessonPaths.Refused e) {
            problems.error(path + ".image", e.getMessage());
            return null;
        }
        try {
            return ImageFiles.read(file, options(spec));
        } catch (ImageProblem e) {
            String reason = e.getMessage().startsWith(e.file() + ": ")
                    ? e.getMessage().substring(e.file().toString().length() + 2) : e.getMessage();
            problems.error(path + ".image", "\"" + spec.image() + "\": " + reason);
            return null;
        }
    }

    private static ImageOptions options(TensorSpec.Image spec) {
        String mode = spec.mode() == null ? ImageModes.GRAYSCALE : spec.mode();
        ImageOptions options = mode.equals(ImageModes.RGB) ? ImageOptions.rgb() : ImageOptions.grayscale();
        if (spec.size() != null) {
            options = options.resizedTo(spec.size().get(0), spec.size().get(1));
        }
        if (mode.equals(ImageModes.BINARY)) {
            double threshold = spec.threshold() == null ? ImageModes.DEFAULT_THRESHOLD : spec.threshold();
            options = options.binarized((float) threshold);
        }
        return options;
    }

    private static float[][] floats(List<List<Double>> rows) {
        float[][] values = new float[rows.size()][];
        for (int y = 0; y < values.length; y++) {
            values[y] = new float[rows.get(y).size()];
            for (int x = 0; x < values[y].length; x++) {
                values[y][x] = rows.get(y).get(x).floatValue();
            }
        }
        return values;
    }
}
