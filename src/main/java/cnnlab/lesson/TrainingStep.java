package cnnlab.lesson;

import cnnlab.engine.Network;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Training a network on a generated data set while the student watches: on {@code diagonals}
 * a single 3×3 kernel learning the diagonal detector, on {@code shapes} a small classifier
 * ({@link TrainingSetup}).
 *
 * @param title        a short heading, or null
 * @param text         what the student reads
 * @param network      the network to train
 * @param dataset      the generated data set's name, one of {@link TrainingStep#DATASETS}
 * @param epochs       passes over the data set
 * @param seed         the seed of the starting weights and the data set
 * @param learningRate the step size of each update
 */
public record TrainingStep(Text title,
                           @JsonProperty(required = true) Text text,
                           @JsonProperty(required = true) Network network,
                           @JsonProperty(required = true) String dataset,
                           @JsonProperty(required = true) int epochs,
                           long seed,
                           @JsonProperty(required = true) double learningRate) implements Step {
    /** The generated data sets issue 6 names: diagonal lines both ways, and small shapes. */
    public static final List<String> DATASETS = List.of("diagonals", "shapes");
}
