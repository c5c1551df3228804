package cnnlab.bench;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.Tensor;
import java.util.Random;

/** Seeded random inputs and kernels shared by the benchmarks, so every peer sees the same numbers. */
final class BenchInputs {
    private BenchInputs() {
    }

    /** Values uniform in [−1, 1), the same for the same seed. */
    static float[] values(long seed, int count) {
        Random random = new Random(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextFloat() * 2 - 1;
        }
        return values;
    }

    /** A {@code channels × size × size} tensor of {@link #values}. */
    static Tensor image(long seed, int channels, int size) {
        float[][][] planes = new float[channels][size][size];
        float[] flat = values(seed, channels * size * size);
        int i = 0;
        for (float[][] plane : planes) {
            for (float[] row : plane) {
                System.arraycopy(flat, i, row, 0, size);
                i += size;
            }
        }
        return Tensor.of(planes);
    }

    /** A {@code k × k} kernel with positive weights summing to 1 (it keeps 8-bit peers in range). */
    static float[] blurKernel(int k) {
        float[] raw = values(k, k * k);
        float sum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = 1.5f + raw[i];
            sum += raw[i];
        }
        for (int i = 0; i < raw.length; i++) {
            raw[i] /= sum;
        }
        return raw;
    }

    /** The window of a {@code same} (Keras: output ⌈n/s⌉) or {@code valid} (no padding) convolution. */
    static ConvSpec spec(String padding, int size, int kernel, int stride) {
        Padding p = "same".equals(padding) ? Padding.same(size, size, kernel, kernel, stride, 1) : Padding.NONE;
        return new ConvSpec(kernel, kernel, stride, p, 1);
    }
}
