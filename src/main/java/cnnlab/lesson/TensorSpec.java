package cnnlab.lesson;

import cnnlab.engine.Tensor;
import cnnlab.imaging.NumberText;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * How a lesson describes a tensor (an input or a kernel). {@link LessonTensors} turns it into an
 * engine {@link cnnlab.engine.Tensor}. In JSON it is one of:
 * <ul>
 *   <li>rows {@code [[1, 0], [0, 1]]}: one channel;</li>
 *   <li>planes {@code [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]}: one 2-D block per channel;</li>
 *   <li>a generator {@code {"generate": "checkerboard", "height": 8, "width": 8}};</li>
 *   <li>an image {@code {"image": "../sample-images/diagonal-6x6.png", "size": [6, 6], "mode": "binary"}};</li>
 *   <li>a named kernel {@code {"preset": "sobel-x"}}.</li>
 * </ul>
 */
public sealed interface TensorSpec {

    /**
     * {@code tensor} as literal numbers: rows for one channel, planes for several. Each value is
     * written as {@link NumberText#format} writes it, so a typed 0.1 stays 0.1, not 0.10000000149.
     */
    static TensorSpec literal(Tensor tensor) {
        List<List<List<Double>>> planes = new ArrayList<>();
        for (float[][] plane : tensor.toNested()) {
            List<List<Double>> rows = new ArrayList<>();
            for (float[] row : plane) {
                List<Double> values = new ArrayList<>(row.length);
                for (float v : row) {
                    values.add(Double.parseDouble(NumberText.format(v)));
                }
                rows.add(values);
            }
            planes.add(rows);
        }
        return planes.size() == 1 ? new Rows(planes.get(0)) : new Planes(planes);
    }

    /**
     * One channel written as rows of numbers.
     *
     * @param rows rows of equal length
     */
    record Rows(List<List<Double>> rows) implements TensorSpec {
        public Rows {
            rows = rows.stream().map(List::copyOf).toList();
        }

        @JsonValue
        List<List<Double>> json() {
            return rows;
        }
    }

    /**
     * Several channels, each written as rows.
     *
     * @param planes planes[channel][row][column]
     */
    record Planes(List<List<List<Double>>> planes) implements TensorSpec {
        public Planes {
            planes = planes.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
        }

        @JsonValue
        List<List<List<Double>>> json() {
            return planes;
        }
    }

    /**
     * A pattern made by code ({@link TensorGenerators} lists the names and what they draw).
     *
     * @param generate the generator's name, e.g. {@code checkerboard}
     * @param height   rows; null for the generator's own size
     * @param width    columns; null for the generator's own size
     * @param channels channels (each a copy of the pattern, or independent random numbers); null for 1
     * @param seed     the seed of {@code random}; null otherwise
     * @param digit    the digit 0–9 of {@code digit}; null otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Generated(@JsonProperty(required = true) String generate, Integer height, Integer width,
                     Integer channels, Long seed, Integer digit) implements TensorSpec {
    }

    /**
     * An image file, converted to numbers from 0 (black) to 1 (white).
     *
     * @param image     path relative to the lesson file, e.g. {@code ../sample-images/cross-5x5.png}
     * @param size      {@code [height, width]} to resize to; null keeps the image's size
     * @param mode      {@code grayscale} (one channel), {@code binary} (0 or 1) or {@code rgb} (three channels); null for grayscale
     * @param threshold for {@code binary}: values at or above it become 1; null for 0.5
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Image(@JsonProperty(required = true) String image, List<Integer> size, String mode, Double threshold)
            implements TensorSpec {
        public Image {
            size = size == null ? null : List.copyOf(size);
        }
    }

    /**
     * A named kernel from {@link KernelPresets}, e.g. {@code sobel-x}.
     *
     * @param preset the kernel's name
     */
    record Preset(@JsonProperty(required = true) String preset) implements TensorSpec {
    }
}
