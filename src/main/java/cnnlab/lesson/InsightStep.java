package cnnlab.lesson;

import cnnlab.engine.Network;
import cnnlab.engine.data.ShapeClass;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a network sees (curriculum row 15): a small CNN trained in the app on the generated
 * shapes, then its filters as images, its activations layer by layer for a chosen picture, and
 * occlusion, saliency and Grad-CAM heat maps over that picture.
 *
 * @param title        a short heading, or null
 * @param text         what the student reads
 * @param network      the classifier; null for the tiny CNN on 16×16 pictures
 * @param epochs       passes over the training pictures (default 4)
 * @param seed         seeds the pictures, the starting weights and the order (default 1)
 * @param learningRate Adam's step size (default 0.01)
 * @param shape        the kind of picture shown first, one of {@link #SHAPES}; null for the first
 * @param view         the panel open first, one of {@link #VIEWS}; null for {@code heatmaps}
 */
public record InsightStep(Text title,
                          @JsonProperty(required = true) Text text,
                          Network network,
                          int epochs,
                          long seed,
                          double learningRate,
                          String shape,
                          String view) implements Step {
    /** The panels: the first layer's filters, the maps of each layer, and the three heat maps. */
    public static final List<String> VIEWS = List.of("filters", "activations", "heatmaps");
    /** The picture kinds by name: {@code diagonal-down}, {@code diagonal-up}, {@code vertical}, … */
    public static final List<String> SHAPES = Arrays.stream(ShapeClass.values()).map(InsightStep::word).toList();
    /** Defaults when the lesson leaves them out. */
    public static final int DEFAULT_EPOCHS = 4;
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    /** Side of the pictures of the default network. */
    public static final int DEFAULT_SIZE = 16;

    /** The lesson word of a shape class, e.g. {@code diagonal-down}. */
    public static String word(ShapeClass shape) {
        return shape.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The shape class of a lesson word from {@link #SHAPES}. */
    public static ShapeClass shapeClass(String word) {
        return ShapeClass.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
