package cnnlab.engine.explain;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.training.Sequential;

/**
 * Saliency (Simonyan et al., 2014): how much a small change of each pixel would change a class
 * score, {@code S[y][x] = max_c |∂y^k/∂in[c][y][x]|} (the largest over the input channels).
 */
public final class SaliencyMap {
    private SaliencyMap() {
    }

    /**
     * The saliency of class {@code classIndex} for {@code input}, a {@code 1 × H × W} tensor of
     * values ≥ 0. Modified: the model's remembered forward pass and parameter gradients.
     */
    public static Tensor compute(Sequential model, Tensor input, int classIndex) {
        Tensor gradient = ClassScore.of(model, input, classIndex).gradients().get(0);
        Shape in = input.shape();
        float[] map = new float[in.planeSize()];
        for (int c = 0; c < in.channels(); c++) {
            for (int i = 0; i < map.length; i++) {
                map[i] = Math.max(map[i], Math.abs(gradient.getFlat(c * in.planeSize() + i)));
            }
        }
        return Tensor.of(new Shape(1, in.height(), in.width()), map);
    }
}
