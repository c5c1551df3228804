package cnnlab.engine.data;

import cnnlab.engine.EngineException;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small grayscale pictures of lines and shapes, drawn by code from a seed: the same arguments
 * always give the same pictures, and nothing is downloaded.
 *
 * <p>Each picture: pick a half-extent {@code r} uniformly in {@code [minScale, maxScale]·size},
 * a centre shifted from the middle by up to {@code maxShift·size} on each axis (less if the
 * shape would leave the image), then for every pixel centre at distance {@code δ} from the
 * shape's centre line, ink {@code = clamp(w/2 + 1/2 − δ, 0, 1)} for stroke width {@code w}
 * (a one-pixel soft edge), plus Gaussian noise of deviation {@code noise}, clamped to [0, 1].
 * A {@link ShapeStyle#crisp() crisp} style rounds {@code r} to whole pixels and the centre to a
 * pixel centre, and inks exactly the pixels with {@code δ ≤ w/2}.
 *
 * <p>Samples are interleaved by class: sample {@code k·n + j} is the {@code k}-th picture of
 * class {@code j} (of {@code n}). All randomness comes from one {@link Random} seeded with the
 * seed, consumed in sample order.
 *
 * @param classNames the class names, in label order
 * @param samples    the pictures
 */
public record ShapeDataset(List<String> classNames, List<ShapeSample> samples) implements LabelledImages {

    public ShapeDataset {
        classNames = List.copyOf(classNames);
        samples = List.copyOf(samples);
    }

    /**
     * {@code countPerClass} pictures of each class in {@link ShapeStyle#of(int) the default style}.
     *
     * @param size image side, e.g. 16 or 28
     * @throws EngineException when a count or the size is out of range
     */
    public static ShapeDataset generate(List<ShapeClass> classes, int countPerClass, int size, long seed) {
        return generate(classes, countPerClass, ShapeStyle.of(size), seed);
    }

    /** {@code countPerClass} pictures of each class drawn as {@code style} says (class comment). */
    public static ShapeDataset generate(List<ShapeClass> classes, int countPerClass, ShapeStyle style, long seed) {
        EngineException.require(!classes.isEmpty(), "a data set needs at least one class");
        EngineException.require(countPerClass >= 1, "count per class must be at least 1, got " + countPerClass);
        EngineException.require((long) classes.size() * countPerClass * style.size() * style.size() <= 50_000_000L,
                "that many pictures would not fit in memory; ask for fewer");
        Random random = new Random(seed);
        List<ShapeSample> samples = new ArrayList<>(classes.size() * countPerClass);
        for (int k = 0; k < countPerClass; k++) {
            for (int label = 0; label < classes.size(); label++) {
                samples.add(draw(classes.get(label), label, style, random));
            }
        }
        return new ShapeDataset(classes.stream().map(ShapeClass::label).toList(), samples);
    }

    /** One picture of {@code shape} (class comment). Modified: random. */
    public static ShapeSample draw(ShapeClass shape, int label, ShapeStyle style, Random random) {
        int n = style.size();
        double r = (style.minScale() + random.nextDouble() * (style.maxScale() - style.minScale())) * n;
        if (style.crisp()) {
            r = Math.max(1, Math.round(r));
        }
        double room = Math.max(0, n / 2.0 - 1 - r);
        double shift = Math.min(style.maxShift() * n, room);
        double cx = n / 2.0 + (random.nextDouble() * 2 - 1) * shift;
        double cy = n / 2.0 + (random.nextDouble() * 2 - 1) * shift;
        if (style.crisp()) {
            cx = Math.floor(cx) + 0.5;
            cy = Math.floor(cy) + 0.5;
        }
        float[] clean = new float[n * n];
        float[] pixels = new float[n * n];
        int top = n;
        int left = n;
        int bottom = -1;
        int right = -1;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double distance = shape.distance(x + 0.5, y + 0.5, cx, cy, r);
                double ink = style.crisp() ? (distance <= style.strokeWidth() / 2 ? 1 : 0)
                        : clamp(style.strokeWidth() / 2 + 0.5 - distance);
                clean[y * n + x] = (float) ink;
                if (ink >= 0.5) {
                    top = Math.min(top, y);
                    left = Math.min(left, x);
                    bottom = Math.max(bottom, y);
                    right = Math.max(right, x);
                }
                pixels[y * n + x] = (float) clamp(ink + random.nextGaussian() * style.noise());
            }
        }
        Box bounds = bottom < 0 ? null : new Box(top, left, bottom, right);
        Shape shapeOfImage = new Shape(1, n, n);
        return new ShapeSample(Tensor.of(shapeOfImage, pixels), Tensor.of(shapeOfImage, clean), label, shape, bounds);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    public int size() {
        return samples.size();
    }

    @Override
    public Tensor image(int i) {
        return samples.get(i).image();
    }

    @Override
    public int label(int i) {
        return samples.get(i).label();
    }

    /** The image shape, {@code 1 × size × size}. */
    public Shape imageShape() {
        return samples.get(0).image().shape();
    }

    /**
     * Splits into a training and a test part with the same classes: of each class, the last
     * {@code round(testFraction · count)} pictures go to the test part, the rest stay in order.
     *
     * @throws EngineException when the fraction is outside [0, 1)
     */
    public Split split(double testFraction) {
        EngineException.require(testFraction >= 0 && testFraction < 1,
                "the test fraction must be in [0, 1), got " + testFraction);
        int classes = classNames.size();
        int rounds = samples.size() / classes;
        int trainRounds = rounds - (int) Math.round(testFraction * rounds);
        return new Split(new ShapeDataset(classNames, samples.subList(0, trainRounds * classes)),
                new ShapeDataset(classNames, samples.subList(trainRounds * classes, samples.size())));
    }

    /**
     * A data set cut in two.
     *
     * @param train the pictures to learn from
     * @param test  the held-out pictures
     */
    public record Split(ShapeDataset train, ShapeDataset test) {
    }
}
