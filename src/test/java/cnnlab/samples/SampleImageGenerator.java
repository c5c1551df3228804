package cnnlab.samples;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import javax.imageio.ImageIO;

/**
 * Generates the teaching images in {@code sample-images/}.
 *
 * <p>Every pixel is computed from geometry (pixel centres tested against shapes and line segments)
 * and written straight into the raster. Nothing goes through the Java2D renderer or a font, so the
 * output is the same on every machine; the only randomness is a {@link Random} with a fixed seed.
 *
 * <p>Run with {@code java -cp target/test-classes cnnlab.samples.SampleImageGenerator [folder]}.
 */
public final class SampleImageGenerator {

    /** The folder the images are written to when {@link #main} gets no argument. */
    public static final String DEFAULT_FOLDER = "sample-images";

    private static final int WHITE = 255;
    private static final int BLACK = 0;

    /** The curriculum's diagonal-detector example, 1 = white, 0 = black. */
    private static final String[] DIAGONAL_ROWS = {"100001", "010010", "001100", "100010", "010010", "001010"};

    private static final int LETTER_TILE = 64;
    private static final double LETTER_HALF_WIDTH = 4.0;
    private static final double DIGIT_HALF_WIDTH = 1.5;

    private static final int SCENE_WIDTH = 256;
    private static final int SCENE_HEIGHT = 192;
    private static final int HORIZON = 130;
    private static final long GRASS_SEED = 20240601L;
    private static final int GRASS_NOISE = 12;

    private SampleImageGenerator() {
    }

    /**
     * Writes every sample image as a PNG into a folder.
     *
     * @param args optional: the output folder, {@value #DEFAULT_FOLDER} if absent
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : DEFAULT_FOLDER);
        for (Path file : writeAll(folder)) {
            System.out.println(file);
        }
    }

    /**
     * Writes every sample image as a PNG into a folder, creating the folder if needed.
     *
     * @param folder the output folder
     * @return the files written, in the order of {@link #all()}
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, BufferedImage> image : all().entrySet()) {
            Path file = folder.resolve(image.getKey());
            if (!ImageIO.write(image.getValue(), "png", file.toFile())) {
                throw new IOException("no PNG writer for " + file);
            }
            written.add(file);
        }
        return written;
    }

    /**
     * Generates every sample image afresh.
     *
     * @return the images by file name (e.g. {@code diagonal-6x6.png}), in a fixed order; grayscale
     *     images are {@link BufferedImage#TYPE_BYTE_GRAY}, colour images {@link BufferedImage#TYPE_INT_RGB}
     */
    public static Map<String, BufferedImage> all() {
        Map<String, BufferedImage> images = new LinkedHashMap<>();
        images.put("diagonal-6x6.png", diagonal());
        images.put("cross-5x5.png", cross());
        images.put("checkerboard-8x8.png", checkerboard());
        images.put("stripes-vertical-16.png", verticalStripes());
        images.put("digit-7-28.png", digitSeven());
        images.put("letters-xzv-64.png", lettersXzv());
        images.put("shapes-64.png", shapes());
        images.put("scene-256.png", scene());
        return Collections.unmodifiableMap(images);
    }

    // --- binary patterns -------------------------------------------------------------------------

    /** The 6×6 diagonal-detector example of the curriculum, pixel for pixel. */
    static BufferedImage diagonal() {
        return gray(6, 6, (x, y) -> DIAGONAL_ROWS[y].charAt(x) == '1' ? WHITE : BLACK);
    }

    /** A 5×5 X: both diagonals white on black. */
    static BufferedImage cross() {
        return gray(5, 5, (x, y) -> x == y || x + y == 4 ? WHITE : BLACK);
    }

    /** 8×8 one-pixel checkerboard, top-left white. */
    static BufferedImage checkerboard() {
        return gray(8, 8, (x, y) -> (x + y) % 2 == 0 ? WHITE : BLACK);
    }

    /** 16×16 vertical stripes two pixels wide, starting with white on the left. */
    static BufferedImage verticalStripes() {
        return gray(16, 16, (x, y) -> (x / 2) % 2 == 0 ? WHITE : BLACK);
    }

    // --- strokes ---------------------------------------------------------------------------------

    /** A 28×28 MNIST-style 7: white strokes about 3 px thick with soft edges, on black. */
    static BufferedImage digitSeven() {
        double[] seven = {8, 7, 20, 7, 13, 22};
        return gray(28, 28, (x, y) -> softStroke(x, y, DIGIT_HALF_WIDTH, seven));
    }

    /** Three 64×64 tiles side by side: the letters X, Z and V as thick black strokes on white. */
    static BufferedImage lettersXzv() {
        double[][][] letters = {
            {{12, 10, 52, 54}, {52, 10, 12, 54}},
            {{12, 10, 52, 10, 12, 54, 52, 54}},
            {{10, 10, 32, 54, 54, 10}},
        };
        return gray(3 * LETTER_TILE, LETTER_TILE, (x, y) -> {
            double[][] letter = letters[x / LETTER_TILE];
            int tileX = x % LETTER_TILE;
            return onAnyPolyline(tileX, y, LETTER_HALF_WIDTH, letter) ? BLACK : WHITE;
        });
    }

    // --- shapes ----------------------------------------------------------------------------------

    /** 64×64: a filled square, a filled circle and a filled triangle, white on black. */
    static BufferedImage shapes() {
        Shape square = new Rectangle2D.Double(6, 6, 20, 20);
        Shape circle = new Ellipse2D.Double(34, 6, 22, 22);
        Shape triangle = polygon(32, 34, 54, 58, 10, 58);
        return gray(64, 64, (x, y) -> insideAny(x, y, square, circle, triangle) ? WHITE : BLACK);
    }

    /**
     * A 256×192 colour landscape with plenty of edges: sky gradient, sun, two mountain ranges, a
     * house with a roof, window and door, and grass with a little fixed-seed noise.
     */
    static BufferedImage scene() {
        int[] grassNoise = noise(SCENE_WIDTH * SCENE_HEIGHT, GRASS_SEED, GRASS_NOISE);
        Layer[] layers = sceneLayers();
        BufferedImage image = new BufferedImage(SCENE_WIDTH, SCENE_HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SCENE_HEIGHT; y++) {
            for (int x = 0; x < SCENE_WIDTH; x++) {
                Color colour = topLayerColour(layers, x, y);
                if (colour == null) {
                    colour = y < HORIZON ? sky(y) : grass(y, grassNoise[y * SCENE_WIDTH + x]);
                }
                image.setRGB(x, y, colour.getRGB());
            }
        }
        return image;
    }

    /** One flat-coloured shape of the scene. */
    private record Layer(Shape shape, Color colour) {
    }

    /** The scene's shapes, front first; sky and grass fill whatever none of them covers. */
    private static Layer[] sceneLayers() {
        Color windowFrame = new Color(70, 45, 25);
        return new Layer[] {
            new Layer(new Rectangle2D.Double(77, 122, 2, 16), windowFrame),
            new Layer(new Rectangle2D.Double(70, 129, 16, 2), windowFrame),
            new Layer(new Rectangle2D.Double(70, 122, 16, 16), new Color(180, 220, 250)),
            new Layer(new Rectangle2D.Double(98, 132, 14, 28), new Color(110, 65, 30)),
            new Layer(polygon(52, 112, 90, 80, 128, 112), new Color(160, 45, 35)),
            new Layer(new Rectangle2D.Double(60, 112, 60, 48), new Color(225, 195, 150)),
            new Layer(polygon(0, HORIZON, 0, 100, 40, 78, 80, 104, 130, 70, 190, 112, 256, 90, 256, HORIZON),
                    new Color(70, 95, 80)),
            new Layer(polygon(0, HORIZON, 0, 80, 60, 40, 110, 76, 160, 30, 215, 84, 256, 60, 256, HORIZON),
                    new Color(125, 135, 165)),
            new Layer(new Ellipse2D.Double(196, 14, 36, 36), new Color(255, 215, 70)),
        };
    }

    private static Color topLayerColour(Layer[] layers, int x, int y) {
        for (Layer layer : layers) {
            if (insideAny(x, y, layer.shape())) {
                return layer.colour();
            }
        }
        return null;
    }

    /** Deep blue at the top, pale blue at the horizon. */
    private static Color sky(int y) {
        double t = y / (double) HORIZON;
        return new Color(mix(40, 175, t), mix(90, 215, t), mix(180, 245, t));
    }

    /** Light green at the horizon, darker towards the bottom, plus a little noise. */
    private static Color grass(int y, int noise) {
        double t = (y - HORIZON) / (double) (SCENE_HEIGHT - HORIZON);
        return new Color(clamp(mix(110, 50, t) + noise), clamp(mix(170, 115, t) + noise), clamp(mix(80, 40, t) + noise));
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A TYPE_BYTE_GRAY image whose sample at (x, y) is {@code value.applyAsInt(x, y)}. */
    private static BufferedImage gray(int width, int height, IntBinaryOperator value) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, value.applyAsInt(x, y));
            }
        }
        return image;
    }

    /** Whether the centre of pixel (x, y) lies inside any of the shapes. */
    private static boolean insideAny(int x, int y, Shape... shapes) {
        for (Shape shape : shapes) {
            if (shape.contains(x + 0.5, y + 0.5)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the centre of pixel (x, y) is within {@code halfWidth} of any of the polylines. */
    private static boolean onAnyPolyline(int x, int y, double halfWidth, double[][] polylines) {
        for (double[] polyline : polylines) {
            if (distanceToPolyline(x + 0.5, y + 0.5, polyline) <= halfWidth) {
                return true;
            }
        }
        return false;
    }

    /**
     * White for a pixel centre well inside a stroke of the given half width, black well outside,
     * and a linear ramp over the one pixel across the stroke's edge, like an anti-aliased pen.
     */
    private static int softStroke(int x, int y, double halfWidth, double[] polyline) {
        double distance = distanceToPolyline(x + 0.5, y + 0.5, polyline);
        double coverage = Math.max(0, Math.min(1, halfWidth + 0.5 - distance));
        return (int) Math.round(coverage * WHITE);
    }

    /** The distance from a point to a polyline given as x0, y0, x1, y1, .... */
    private static double distanceToPolyline(double px, double py, double[] points) {
        double nearest = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 3 < points.length; i += 2) {
            double distance = Line2D.ptSegDist(points[i], points[i + 1], points[i + 2], points[i + 3], px, py);
            nearest = Math.min(nearest, distance);
        }
        return nearest;
    }

    /** A closed polygon through the points x0, y0, x1, y1, .... */
    private static Shape polygon(double... points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** {@code count} values uniformly in [-amplitude, amplitude] from a fixed seed. */
    private static int[] noise(int count, long seed, int amplitude) {
        Random random = new Random(seed);
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextInt(2 * amplitude + 1) - amplitude;
        }
        return values;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
