package cnnlab.lesson;

import cnnlab.engine.EngineException;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Patterns made by code for {@code {"generate": NAME, ...}}. Every pattern is 1 on the drawn
 * cells and 0 elsewhere, except {@code ramp} (0 on the left to 1 on the right) and
 * {@code random} (uniform in [−1, 1], two decimals, from {@code seed}). With {@code channels}
 * the pattern is repeated in every channel ({@code random} draws every channel anew).
 */
public final class TensorGenerators {

    /** One generator: its default size, whether the size may change, and the pattern. */
    private record Generator(int height, int width, boolean resizable, Pattern pattern) {
    }

    /** The value of cell (y, x) of an {@code h × w} pattern. */
    private interface Pattern {
        double at(int y, int x, int h, int w);
    }

    /** Largest height or width a generator draws; lessons show small tensors. */
    static final int MAX_SIDE = 1024;
    /** Most channels a generator draws. */
    static final int MAX_CHANNELS = 64;

    private static final Map<String, Generator> GENERATORS = new LinkedHashMap<>();
    /** A 5×7 bitmap font for {@code digit}: seven rows of five cells per digit. */
    private static final String[][] DIGITS = {
        {"01110", "10001", "10011", "10101", "11001", "10001", "01110"},
        {"00100", "01100", "00100", "00100", "00100", "00100", "01110"},
        {"01110", "10001", "00001", "00010", "00100", "01000", "11111"},
        {"11111", "00010", "00100", "00010", "00001", "10001", "01110"},
        {"00010", "00110", "01010", "10010", "11111", "00010", "00010"},
        {"11111", "10000", "11110", "00001", "00001", "10001", "01110"},
        {"00110", "01000", "10000", "11110", "10001", "10001", "01110"},
        {"11111", "00001", "00010", "00100", "01000", "01000", "01000"},
        {"01110", "10001", "10001", "01110", "10001", "10001", "01110"},
        {"01110", "10001", "10001", "01111", "00001", "00010", "01100"}};

    static {
        GENERATORS.put("checkerboard", new Generator(8, 8, true, (y, x, h, w) -> (y + x) % 2 == 0 ? 1 : 0));
        GENERATORS.put("diagonal", new Generator(6, 6, true, (y, x, h, w) -> x == onDiagonal(y, h, w) ? 1 : 0));
        GENERATORS.put("antidiagonal", new Generator(6, 6, true,
                (y, x, h, w) -> w - 1 - x == onDiagonal(y, h, w) ? 1 : 0));
        GENERATORS.put("cross", new Generator(5, 5, true,
                (y, x, h, w) -> x == onDiagonal(y, h, w) || w - 1 - x == onDiagonal(y, h, w) ? 1 : 0));
        GENERATORS.put("vertical-line", new Generator(5, 5, true, (y, x, h, w) -> x == w / 2 ? 1 : 0));
        GENERATORS.put("horizontal-line", new Generator(5, 5, true, (y, x, h, w) -> y == h / 2 ? 1 : 0));
        GENERATORS.put("ramp", new Generator(5, 5, true, (y, x, h, w) -> w == 1 ? 0 : (double) x / (w - 1)));
        GENERATORS.put("digit", new Generator(7, 5, false, null));
        GENERATORS.put("random", new Generator(3, 3, true, null));
    }

    private TensorGenerators() {
    }

    /** Every generator name, in the order messages list them. */
    public static List<String> names() {
        return List.copyOf(GENERATORS.keySet());
    }

    private static void tooLarge(Integer value, int max, String path, Problems problems) {
        if (value != null && value > max) {
            problems.error(path, "at most " + max + " here, but this is " + value);
        }
    }

    /** The column of the corner-to-corner diagonal in row {@code y}. */
    private static int onDiagonal(int y, int h, int w) {
        return h == 1 ? 0 : (int) Math.round((double) y * (w - 1) / (h - 1));
    }

    /**
     * Makes the tensor, or reports at {@code path} (the generator object) why it cannot.
     *
     * @return the tensor, or null after a problem
     */
    static Tensor generate(TensorSpec.Generated spec, String path, Problems problems) {
        Generator generator = GENERATORS.get(spec.generate());
        if (generator == null) {
            problems.error(path + ".generate", "unknown generator \"" + spec.generate() + "\""
                    + FieldNames.didYouMean(spec.generate(), GENERATORS.keySet()) + "; known generators: " + String.join(", ", GENERATORS.keySet()));
            return null;
        }
        int before = problems.errorCount();
        boolean random = spec.generate().equals("random");
        boolean digit = spec.generate().equals("digit");
        if (!generator.resizable() && (spec.height() != null || spec.width() != null)) {
            problems.error(path, "\"" + spec.generate() + "\" is always " + generator.height() + "×"
                    + generator.width() + "; leave out height and width");
        }
        tooLarge(spec.height(), MAX_SIDE, path + ".height", problems);
        tooLarge(spec.width(), MAX_SIDE, path + ".width", problems);
        tooLarge(spec.channels(), MAX_CHANNELS, path + ".channels", problems);
        if (random != (spec.seed() != null)) {
            problems.error(path, random ? "\"random\" needs a \"seed\" (any whole number) so every run shows"
                    + " the same numbers" : "\"seed\" only applies to \"random\"");
        }
        if (digit != (spec.digit() != null)) {
            problems.error(path, digit ? "\"digit\" needs \"digit\": 0 to 9" : "\"digit\" only applies to"
                    + " \"generate\": \"digit\"");
        }
        if (digit && spec.digit() != null && spec.digit() > 9) {
            problems.error(path + ".digit", "a digit is 0 to 9, but this is " + spec.digit());
        }
        if (problems.errorCount() != before) {
            return null;
        }
        int h = spec.height() != null ? spec.height() : generator.height();
        int w = spec.width() != null ? spec.width() : generator.width();
        int channels = spec.channels() != null ? spec.channels() : 1;
        try {
            Shape shape = new Shape(channels, h, w);
            float[] values = new float[shape.size()];
            Random numbers = random ? new Random(spec.seed()) : null;
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        double v = random ? Math.round((numbers.nextDouble() * 2 - 1) * 100) / 100.0
                                : digit ? DIGITS[spec.digit()][y].charAt(x) - '0'
                                : generator.pattern().at(y, x, h, w);
                        values[shape.index(c, y, x)] = (float) v;
                    }
                }
            }
            return Tensor.of(shape, values);
        } catch (EngineException e) {
            problems.error(path, e.getMessage());
            return null;
        }
    }
}
