package cnnlab.ui.playground;

import cnnlab.engine.PaddingRule;
import cnnlab.engine.Tensor;
import cnnlab.imaging.AtomicFiles;
import cnnlab.imaging.ImageChannels;
import cnnlab.imaging.InlineMatrix;
import cnnlab.imaging.MatrixProblem;
import cnnlab.imaging.WorkingSize;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps the playground (image, kernels, settings, the numbers toggle) in {@value #FILE_NAME}
 * inside the user's config folder, saved with {@link AtomicFiles}. Reading never fails: a
 * missing or damaged file gives nothing, and the playground starts fresh.
 */
public final class PlaygroundStore {
    /** The file name inside the config folder. */
    public static final String FILE_NAME = "playground.properties";

    /**
     * What is remembered.
     *
     * @param image   the image and its conversion
     * @param state   kernels and map settings
     * @param numbers numbers shown in the cells
     * @param shown   the window showed the playground (not the lessons)
     */
    public record Saved(ImageSetup image, PlaygroundState state, boolean numbers, boolean shown) {
    }

    private final Path file;

    private PlaygroundStore(Path file) {
        this.file = file;
    }

    /** A store in {@code folder}, created on the first save. */
    public static PlaygroundStore inFolder(Path folder) {
        return new PlaygroundStore(folder.resolve(FILE_NAME));
    }

    /** A store that remembers nothing. */
    public static PlaygroundStore none() {
        return new PlaygroundStore(null);
    }

    /** The saved playground, or empty when there is none or it cannot be read. */
    public Optional<Saved> load() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(read(p));
        } catch (IOException | RuntimeException | MatrixProblem e) {
            return Optional.empty(); // a damaged file: start afresh; the next save replaces it
        }
    }

    /**
     * Saves atomically.
     *
     * @throws IOException when the folder or file cannot be written; the old file is then untouched
     */
    public void save(Saved saved) throws IOException {
        if (file == null) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Properties p = new Properties();
        ImageSetup image = saved.image();
        if (image.file() != null) {
            p.setProperty("image.file", image.file().toAbsolutePath().toString());
        }
        p.setProperty("image.channels", image.channels().name());
        p.setProperty("image.size", Integer.toString(image.size().side()));
        p.setProperty("image.threshold", Float.toString(image.threshold()));
        PlaygroundState state = saved.state();
        p.setProperty("kernels", Integer.toString(state.kernels().size()));
        for (int i = 0; i < state.kernels().size(); i++) {
            Kernel k = state.kernels().get(i);
            p.setProperty("kernel." + i + ".bias", Float.toString(k.bias()));
            p.setProperty("kernel." + i + ".planes", Integer.toString(k.shape().channels()));
            for (int c = 0; c < k.shape().channels(); c++) {
                p.setProperty("kernel." + i + ".plane." + c, InlineMatrix.format(k.weights(), c));
            }
        }
        p.setProperty("selected", Integer.toString(state.selected()));
        MapSettings s = state.settings();
        p.setProperty("stride", Integer.toString(s.stride()));
        p.setProperty("padding", s.padding().toString());
        p.setProperty("dilation", Integer.toString(s.dilation()));
        p.setProperty("flip", Boolean.toString(s.flip()));
        p.setProperty("relu", Boolean.toString(s.relu()));
        p.setProperty("pooling", s.pooling().name());
        p.setProperty("poolSize", Integer.toString(s.poolSize()));
        p.setProperty("numbers", Boolean.toString(saved.numbers()));
        p.setProperty("shown", Boolean.toString(saved.shown()));
        StringWriter text = new StringWriter();
        p.store(text, "CNN Lab playground");
        AtomicFiles.writeString(file, text.toString());
    }

    private static Saved read(Properties p) throws MatrixProblem {
        String path = p.getProperty("image.file");
        ImageSetup image = new ImageSetup(path == null ? null : Path.of(path),
                ImageChannels.valueOf(p.getProperty("image.channels", "GRAYSCALE")),
                new WorkingSize(Integer.parseInt(p.getProperty("image.size", "28"))),
                Float.parseFloat(p.getProperty("image.threshold", "NaN")));
        int count = Integer.parseInt(p.getProperty("kernels"));
        List<Kernel> kernels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int planes = Integer.parseInt(p.getProperty("kernel." + i + ".planes", "1"));
            List<Tensor> parts = new ArrayList<>();
            for (int c = 0; c < planes; c++) {
                parts.add(InlineMatrix.parse(p.getProperty("kernel." + i + ".plane." + c)));
            }
            Tensor weights = Tensor.stack(parts);
            kernels.add(new Kernel(weights, Float.parseFloat(p.getProperty("kernel." + i + ".bias", "0"))));
        }
        String padding = p.getProperty("padding", "0").strip().toLowerCase(Locale.ROOT);
        MapSettings settings = new MapSettings(Integer.parseInt(p.getProperty("stride", "1")),
                padding.equals("same") ? PaddingRule.SAME : PaddingRule.of(Integer.parseInt(padding)),
                Integer.parseInt(p.getProperty("dilation", "1")), Boolean.parseBoolean(p.getProperty("flip")),
                Boolean.parseBoolean(p.getProperty("relu")), Pooling.valueOf(p.getProperty("pooling", "NONE")),
                Integer.parseInt(p.getProperty("poolSize", "2")));
        return new Saved(image, new PlaygroundState(kernels, Integer.parseInt(p.getProperty("selected", "0")), settings),
                Boolean.parseBoolean(p.getProperty("numbers", "true")), Boolean.parseBoolean(p.getProperty("shown")));
    }
}
