package cnnlab.timeline;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.LayerSummary;
import cnnlab.engine.Network;
import cnnlab.engine.ReceptiveField;
import java.util.ArrayList;
import java.util.List;

/**
 * The receptive field of one cell growing back through a stack of sliding windows: the layer
 * just below the focus lights up first, then the one below it, down to the input, one layer per
 * {@code secondsPerLayer}. Which cells light up comes from the engine's walk back through every
 * tap ({@link ReceptiveField#rowsBehind}, {@link ReceptiveField#columnsBehind}); the caption's
 * size and jump come from the closed form ({@link ReceptiveField#of}). Immutable.
 */
public final class FieldTimeline implements Timeline<FieldState> {
    private final int focusLayer;
    private final int focusY;
    private final int focusX;
    private final double secondsPerLayer;
    private final List<FieldState.LitLayer> lit;

    /**
     * @param windows         the window of each layer, first layer first (layer {@code l} is the
     *                        output of {@code windows.get(l − 1)}; layer 0 is the input)
     * @param inputHeight     rows of the input
     * @param inputWidth      columns of the input
     * @param focusLayer      the layer of the chosen cell, from 1 to {@code windows.size()}
     * @param focusY          row of the chosen cell on that layer
     * @param focusX          column of the chosen cell on that layer
     * @param secondsPerLayer time for one layer to light up, more than 0
     * @throws IllegalArgumentException when a layer is empty or the focus is outside the stack
     */
    public FieldTimeline(List<ConvSpec> windows, int inputHeight, int inputWidth, int focusLayer, int focusY,
                         int focusX, double secondsPerLayer) {
        Pace.requirePositive(secondsPerLayer, "seconds per layer");
        if (focusLayer < 1 || focusLayer > windows.size()) {
            throw new IllegalArgumentException("the focus layer must be between 1 and " + windows.size()
                    + ", got " + focusLayer);
        }
        int[] heights = new int[focusLayer + 1];
        int[] widths = new int[focusLayer + 1];
        heights[0] = inputHeight;
        widths[0] = inputWidth;
        for (int l = 1; l <= focusLayer; l++) {
            heights[l] = windows.get(l - 1).outputHeight(heights[l - 1]);
            widths[l] = windows.get(l - 1).outputWidth(widths[l - 1]);
            if (heights[l] < 1 || widths[l] < 1) {
                throw new IllegalArgumentException("layer " + l + " is empty: its window does not fit the "
                        + heights[l - 1] + "×" + widths[l - 1] + " layer before it");
            }
        }
        if (focusY < 0 || focusY >= heights[focusLayer] || focusX < 0 || focusX >= widths[focusLayer]) {
            throw new IllegalArgumentException("cell (" + focusY + ", " + focusX + ") is outside layer " + focusLayer
                    + " (" + heights[focusLayer] + "×" + widths[focusLayer] + ")");
        }
        this.focusLayer = focusLayer;
        this.focusY = focusY;
        this.focusX = focusX;
        this.secondsPerLayer = secondsPerLayer;
        List<FieldState.LitLayer> layers = new ArrayList<>(focusLayer);
        for (int l = focusLayer - 1; l >= 0; l--) {
            List<ConvSpec> between = windows.subList(l, focusLayer);
            layers.add(new FieldState.LitLayer(l, ReceptiveField.rowsBehind(between, heights[l], focusY),
                    ReceptiveField.columnsBehind(between, widths[l], focusX), ReceptiveField.of(between)));
        }
        this.lit = List.copyOf(layers);
    }

    /**
     * The window of every layer of {@code network} up to its first flatten or dense layer, as
     * {@link FieldTimeline} takes them: convolutions and poolings with their own windows, and
     * element-wise layers (ReLU, dropout, softmax) as a 1×1 window, so layer numbers stay those
     * of the network.
     *
     * @throws cnnlab.engine.EngineException naming the layer that cannot follow its input
     */
    public static List<ConvSpec> windowsOf(Network network) {
        List<LayerSummary> summary = network.summarize().layers();
        List<ConvSpec> windows = new ArrayList<>();
        int height = network.input().height();
        int width = network.input().width();
        for (int i = 0; i < network.layers().size() && summary.get(i).spatial(); i++) {
            LayerSpec layer = network.layers().get(i);
            if (layer instanceof LayerSpec.Conv conv) {
                windows.add(conv.window(height, width));
            } else if (layer instanceof LayerSpec.Pool pool) {
                windows.add(pool.spec().window());
            } else {
                windows.add(ConvSpec.square(1, 1, 0, 1));
            }
            height = summary.get(i).outputShape().get(1);
            width = summary.get(i).outputShape().get(2);
        }
        return List.copyOf(windows);
    }

    @Override
    public double duration() {
        return lit.size() * secondsPerLayer;
    }

    @Override
    public double[] stepStarts() {
        double[] starts = new double[lit.size() + 1];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i * secondsPerLayer;
        }
        return starts;
    }

    /** At time {@code t}: the layers lit so far, one more every {@code secondsPerLayer}. */
    @Override
    public FieldState stateAt(double t) {
        double time = Math.min(Math.max(t, 0), duration());
        int step = Math.min(lit.size() - 1, (int) (time / secondsPerLayer));
        // the last step whose start (computed as in stepStarts) is not after time
        while (step + 1 < lit.size() && (step + 1) * secondsPerLayer <= time) {
            step++;
        }
        while (step > 0 && step * secondsPerLayer > time) {
            step--;
        }
        double progress = Math.min(1, (time - step * secondsPerLayer) / secondsPerLayer);
        FieldState.LitLayer growing = lit.get(step);
        ReceptiveField field = growing.field();
        Caption caption = new Caption("field.layer", List.of(growing.layer(), focusLayer, field.sizeY(),
                field.sizeX(), field.jumpY(), field.jumpX(), growing.cellCount()));
        return new FieldState(time, focusLayer, focusY, focusX, lit.subList(0, step + 1), progress, caption);
    }

    /** Every earlier layer lit: the still picture for a click or hover on the focus cell. */
    public FieldState complete() {
        return stateAt(duration());
    }
}
