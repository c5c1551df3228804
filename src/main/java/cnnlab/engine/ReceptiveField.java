package cnnlab.engine;

import java.util.BitSet;
import java.util.List;

/**
 * Where one cell of a stack of sliding-window layers looks in the original input, per axis.
 * Computed in closed form, layer by layer, with {@code k_eff = d(k−1) + 1}:
 * <pre>
 *   size_out  = size_in + (k_eff − 1) · jump_in
 *   jump_out  = jump_in · s
 *   first_out = first_in − p_before · jump_in
 * </pre>
 * starting from {@code size = jump = 1, first = 0}. Output cell {@code i} then sees input cells
 * {@code first + i·jump … first + i·jump + size − 1} (some outside the input when there is padding;
 * with dilation some inside the span are skipped).
 *
 * @param sizeY  receptive field height in input cells
 * @param sizeX  receptive field width in input cells
 * @param jumpY  input rows between neighbouring output rows
 * @param jumpX  input columns between neighbouring output columns
 * @param firstY input row of the top edge of output row 0's field (negative inside the padding)
 * @param firstX input column of the left edge of output column 0's field
 */
public record ReceptiveField(int sizeY, int sizeX, int jumpY, int jumpX, int firstY, int firstX) {

    /** The field of a single input cell: itself. */
    public static final ReceptiveField IDENTITY = new ReceptiveField(1, 1, 1, 1, 0, 0);

    /** The field after a stack of windows (convolutions and poolings), first layer first. */
    public static ReceptiveField of(List<ConvSpec> layers) {
        ReceptiveField field = IDENTITY;
        for (ConvSpec layer : layers) {
            field = field.then(layer);
        }
        return field;
    }

    /** The field one more window further down the stack (the recurrence in the class comment). */
    public ReceptiveField then(ConvSpec layer) {
        return new ReceptiveField(
                sizeY + (layer.spanHeight() - 1) * jumpY,
                sizeX + (layer.spanWidth() - 1) * jumpX,
                jumpY * layer.stride(),
                jumpX * layer.stride(),
                firstY - layer.padding().top() * jumpY,
                firstX - layer.padding().left() * jumpX);
    }

    /** Top input row seen by output row {@code outY}: {@code first + outY·jump}. */
    public int topRow(int outY) {
        return firstY + outY * jumpY;
    }

    /** Left input column seen by output column {@code outX}. */
    public int leftColumn(int outX) {
        return firstX + outX * jumpX;
    }

    /**
     * The input rows that really feed output row {@code outY}, found by walking back through
     * every tap of every layer (no formula): bit {@code r} is set when row {@code r} of the
     * input is read, padding rows excluded. Columns work the same way with {@link #columnsBehind}.
     *
     * @param inputHeight rows of the original input
     */
    public static BitSet rowsBehind(List<ConvSpec> layers, int inputHeight, int outY) {
        return cellsBehind(layers, inputHeight, outY, true);
    }

    /** The input columns that really feed output column {@code outX}; see {@link #rowsBehind}. */
    public static BitSet columnsBehind(List<ConvSpec> layers, int inputWidth, int outX) {
        return cellsBehind(layers, inputWidth, outX, false);
    }

    private static BitSet cellsBehind(List<ConvSpec> layers, int inputSize, int out, boolean rows) {
        int[] sizes = new int[layers.size() + 1];
        sizes[0] = inputSize;
        for (int l = 0; l < layers.size(); l++) {
            ConvSpec s = layers.get(l);
            sizes[l + 1] = rows ? s.outputHeight(sizes[l]) : s.outputWidth(sizes[l]);
            EngineException.require(sizes[l + 1] > 0, "layer " + (l + 1) + " has an empty output");
        }
        EngineException.require(out >= 0 && out < sizes[layers.size()],
                "cell " + out + " is outside the last layer's " + sizes[layers.size()] + " cells");
        BitSet cells = new BitSet();
        cells.set(out);
        for (int l = layers.size() - 1; l >= 0; l--) {
            ConvSpec s = layers.get(l);
            int kernel = rows ? s.kernelHeight() : s.kernelWidth();
            int pad = rows ? s.padding().top() : s.padding().left();
            BitSet below = new BitSet();
            for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
                for (int t = 0; t < kernel; t++) {
                    int i = c * s.stride() - pad + t * s.dilation();
                    if (i >= 0 && i < sizes[l]) {
                        below.set(i);
                    }
                }
            }
            cells = below;
        }
        return cells;
    }
}
