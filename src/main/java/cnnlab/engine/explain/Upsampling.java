package cnnlab.engine.explain;

import cnnlab.engine.ReceptiveField;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * Stretches a coarse single-channel map of some layer back over the input image, placing each
 * map cell where it looks. Map cell {@code i} sits at the centre of its receptive field,
 * {@code c(i) = first + i·jump + (size − 1)/2} (per axis, {@link ReceptiveField}); an input pixel
 * {@code p} reads the map at {@code u = (p − c(0)) / jump}, interpolated bilinearly between the
 * neighbouring cells and clamped to the first and last cell beyond the outermost centres.
 */
public final class Upsampling {
    private Upsampling() {
    }

    /**
     * A {@code 1 × height × width} tensor from the {@code 1 × h × w} {@code map} (formula in the
     * class comment). Not modified: {@code map}.
     */
    public static Tensor bilinear(Tensor map, ReceptiveField field, int height, int width) {
        Shape m = map.shape();
        float[] out = new float[height * width];
        for (int y = 0; y < height; y++) {
            double u = clamp((y - centre(field.firstY(), field.sizeY())) / field.jumpY(), m.height() - 1);
            int y0 = (int) Math.floor(u);
            int y1 = Math.min(y0 + 1, m.height() - 1);
            double fy = u - y0;
            for (int x = 0; x < width; x++) {
                double v = clamp((x - centre(field.firstX(), field.sizeX())) / field.jumpX(), m.width() - 1);
                int x0 = (int) Math.floor(v);
                int x1 = Math.min(x0 + 1, m.width() - 1);
                double fx = v - x0;
                double top = map.get(0, y0, x0) * (1 - fx) + map.get(0, y0, x1) * fx;
                double bottom = map.get(0, y1, x0) * (1 - fx) + map.get(0, y1, x1) * fx;
                out[y * width + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return Tensor.of(new Shape(1, height, width), out);
    }

    private static double centre(int first, int size) {
        return first + (size - 1) / 2.0;
    }

    private static double clamp(double u, int last) {
        return Math.max(0, Math.min(last, u));
    }
}
