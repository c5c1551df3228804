package cnnlab.engine.explain;

import cnnlab.engine.EngineException;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.training.Sequential;

/**
 * Occlusion sensitivity (Zeiler and Fergus, 2014): cover part of the image with a patch of one
 * value and see how much a class score falls. A {@code k × k} patch filled with {@code fill}
 * (in every channel) is placed at rows and columns {@code 0, s, 2s, …} and, so the far edges
 * are covered too, at {@code H − k} and {@code W − k}. For every pixel,
 * <pre>
 *   heat[y][x] = mean over the placements P that cover (y, x) of ( y^c(image) − y^c(image with P) )
 * </pre>
 * Positive heat: hiding that pixel lowered the score, so the network relied on it.
 */
public final class OcclusionMap {
    private OcclusionMap() {
    }

    /**
     * The occlusion heat map of class {@code classIndex}, a {@code 1 × H × W} tensor.
     * Modified: the model's remembered forward pass. Not modified: {@code input}.
     *
     * @param patch  side {@code k} of the patch, 1 to the smaller image side
     * @param stride step {@code s} between placements, at least 1
     * @param fill   the patch value, e.g. 0.5 for mid grey on [0, 1] images
     */
    public static Tensor compute(Sequential model, Tensor input, int classIndex, int patch, int stride, float fill) {
        Shape in = input.shape();
        EngineException.require(patch >= 1 && patch <= Math.min(in.height(), in.width()),
                "the patch must be 1 to " + Math.min(in.height(), in.width()) + " pixels, got " + patch);
        EngineException.require(stride >= 1, "the stride must be at least 1, got " + stride);
        double base = ClassScore.scoreOf(model, input, classIndex);
        double[] drop = new double[in.planeSize()];
        int[] covers = new int[in.planeSize()];
        float[] pixels = input.toArray();
        for (int top : placements(in.height(), patch, stride)) {
            for (int left : placements(in.width(), patch, stride)) {
                float[] occluded = pixels.clone();
                for (int c = 0; c < in.channels(); c++) {
                    for (int y = top; y < top + patch; y++) {
                        for (int x = left; x < left + patch; x++) {
                            occluded[in.index(c, y, x)] = fill;
                        }
                    }
                }
                double fall = base - ClassScore.scoreOf(model, Tensor.of(in, occluded), classIndex);
                for (int y = top; y < top + patch; y++) {
                    for (int x = left; x < left + patch; x++) {
                        drop[y * in.width() + x] += fall;
                        covers[y * in.width() + x]++;
                    }
                }
            }
        }
        float[] heat = new float[in.planeSize()];
        for (int i = 0; i < heat.length; i++) {
            heat[i] = (float) (drop[i] / covers[i]);
        }
        return Tensor.of(new Shape(1, in.height(), in.width()), heat);
    }

    /** Start positions 0, s, 2s, … ≤ n − k, plus n − k itself. */
    static int[] placements(int n, int patch, int stride) {
        int last = n - patch;
        int count = last / stride + 1;
        boolean extra = last % stride != 0;
        int[] starts = new int[count + (extra ? 1 : 0)];
        for (int i = 0; i < count; i++) {
            starts[i] = i * stride;
        }
        if (extra) {
            starts[count] = last;
        }
        return starts;
    }
}
