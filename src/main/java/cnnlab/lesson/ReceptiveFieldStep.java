package cnnlab.lesson;

import cnnlab.engine.LayerSummary;
import cnnlab.engine.Network;
import cnnlab.engine.NetworkSummary;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stack of layers drawn as grids; a cell of a deep layer lights up the input cells it sees.
 *
 * @param title   a short heading, or null
 * @param text    what the student reads
 * @param network the input size and the layers (conv and pooling windows matter; relu etc. pass through)
 * @param focus   the cell lit at the start; null for the centre cell of the last layer
 */
public record ReceptiveFieldStep(Text title,
                                 @JsonProperty(required = true) Text text,
                                 @JsonProperty(required = true) Network network,
                                 Focus focus) implements Step {

    /** The focus cell to start with: {@code focus}, or the centre cell of the last layer with a map. */
    public Focus startFocus() {
        return focus != null ? focus : centreOfLastMap(network.summarize());
    }

    /** The centre cell of the last layer that still has a map, or null when no layer has one. */
    static Focus centreOfLastMap(NetworkSummary summary) {
        List<LayerSummary> rows = summary.layers();
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).spatial()) {
                List<Integer> shape = rows.get(i).outputShape();
                return new Focus(i, shape.get(1) / 2, shape.get(2) / 2);
            }
        }
        return null;
    }
}
