package cnnlab.engine;

import java.util.Arrays;

/**
 * For one input channel and one strip of columns, the rows a sliding window reads, prepared once
 * per padded row: for every kernel column {@code j}, a row
 * {@code tap[j][x] = padded[row][first + x + j·d]} for {@code x < tapWidth} (the window moved one
 * column at a time; {@link ConvRows} keeps every {@code s}-th result).
 * With these shifted copies the convolution's inner loop reads every array at the same index,
 * the form the JIT turns into SIMD code. A ring holds the rows of one window height, so each
 * input row is prepared once.
 */
final class TapRows {
    private final float[] source;
    private final int planeOffset;
    private final int height;
    private final int width;
    private final Padding padding;
    private final int dilation;
    private final int firstColumn;
    private final int tapWidth;
    private final float[][][] ring;
    private final int[] heldRow;

    /**
     * @param source      the input tensor's values (channel-height-width order); not modified
     * @param planeOffset where this channel's plane starts in {@code source}
     * @param firstColumn the padded column of the strip's first window position
     * @param tapWidth    values per tap row: window positions in the strip at stride 1
     */
    TapRows(float[] source, int planeOffset, int height, int width, ConvSpec spec, int firstColumn, int tapWidth) {
        this.source = source;
        this.planeOffset = planeOffset;
        this.height = height;
        this.width = width;
        this.padding = spec.padding();
        this.dilation = spec.dilation();
        this.firstColumn = firstColumn;
        this.tapWidth = tapWidth;
        int paddedWidth = tapWidth + spec.spanWidth() - 1;
        Budget.checkElements((long) spec.spanHeight() * (paddedWidth + (long) spec.kernelWidth() * tapWidth),
                "the convolution's row buffers");
        this.ring = new float[spec.spanHeight()][spec.kernelWidth()][];
        for (float[][] taps : ring) {
            taps[0] = new float[paddedWidth];
            for (int j = 1; j < taps.length; j++) {
                taps[j] = new float[tapWidth];
            }
        }
        this.heldRow = new int[ring.length];
        Arrays.fill(heldRow, Integer.MIN_VALUE);
    }

    /**
     * The tap rows of padded row {@code paddedRow}, one per kernel column; the first is the padded
     * row itself. Read-only for the caller and valid until the ring comes round to this slot again.
     */
    float[][] row(int paddedRow) {
        int slot = paddedRow % ring.length;
        float[][] taps = ring[slot];
        if (heldRow[slot] != paddedRow) {
            fill(taps, paddedRow - padding.top());
            heldRow[slot] = paddedRow;
        }
        return taps;
    }

    private void fill(float[][] taps, int inputRow) {
        float[] padded = taps[0];
        if (inputRow < 0 || inputRow >= height) {
            for (float[] tap : taps) {
                Arrays.fill(tap, 0f);
            }
            return;
        }
        // padded[i] is input column firstColumn + i − left; zero outside 0 … width − 1
        int shift = firstColumn - padding.left();
        int from = Math.min(padded.length, Math.max(0, -shift));
        int to = Math.max(from, Math.min(padded.length, width - shift));
        Arrays.fill(padded, 0, from, 0f);
        System.arraycopy(source, planeOffset + inputRow * width + shift + from, padded, from, to - from);
        Arrays.fill(padded, to, padded.length, 0f);
        for (int j = 1; j < taps.length; j++) {
            System.arraycopy(padded, j * dilation, taps[j], 0, tapWidth);
        }
    }
}
