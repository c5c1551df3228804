package cnnlab.engine.explain;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSummary;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.training.ConvLayer;
import cnnlab.engine.training.Layer;
import cnnlab.engine.training.ReluLayer;
import cnnlab.engine.training.Sequential;
import java.util.List;

/**
 * Grad-CAM (Selvaraju et al., 2017) on the last convolution: with {@code A^k} the {@code k}-th
 * feature map of that layer (after its ReLU when one follows directly) and {@code y^c} the
 * class score,
 * <pre>
 *   α_k = (1/Z) Σ_ij ∂y^c/∂A^k_ij        (Z = cells per map: the mean gradient)
 *   L   = ReLU( Σ_k α_k · A^k )
 * </pre>
 * {@link #coarse} returns {@code L} at the layer's resolution; {@link #compute} stretches it to
 * the input size with {@link Upsampling#bilinear}, each cell placed at the centre of its
 * receptive field.
 */
public final class GradCam {
    private GradCam() {
    }

    /**
     * The Grad-CAM map of class {@code classIndex}, {@code 1 × H × W} like the input.
     * Modified: the model's remembered forward pass and parameter gradients.
     *
     * @throws EngineException when the model has no convolution
     */
    public static Tensor compute(Sequential model, Tensor input, int classIndex) {
        int layer = featureLayer(model);
        LayerSummary summary = model.network().summarize().layers().get(layer);
        return Upsampling.bilinear(coarse(model, input, classIndex), summary.field(), input.shape().height(),
                input.shape().width());
    }

    /** {@code L} at the resolution of the feature layer, {@code 1 × h × w}. Modified: as {@link #compute}. */
    public static Tensor coarse(Sequential model, Tensor input, int classIndex) {
        int layer = featureLayer(model);
        Tensor maps = model.activations(input).get(layer);
        Tensor gradient = ClassScore.of(model, input, classIndex).gradients().get(layer + 1);
        Shape s = maps.shape();
        float[] cam = new float[s.planeSize()];
        for (int k = 0; k < s.channels(); k++) {
            double alpha = 0;
            for (int i = 0; i < s.planeSize(); i++) {
                alpha += gradient.getFlat(k * s.planeSize() + i);
            }
            alpha /= s.planeSize();
            for (int i = 0; i < cam.length; i++) {
                cam[i] += (float) (alpha * maps.getFlat(k * s.planeSize() + i));
            }
        }
        for (int i = 0; i < cam.length; i++) {
            cam[i] = Math.max(0f, cam[i]);
        }
        return Tensor.of(new Shape(1, s.height(), s.width()), cam);
    }

    /** Index of the layer whose output is {@code A}: the last convolution, or the ReLU right after it. */
    public static int featureLayer(Sequential model) {
        List<Layer> layers = model.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof ConvLayer) {
                return i + 1 < layers.size() && layers.get(i + 1) instanceof ReluLayer ? i + 1 : i;
            }
        }
        throw new EngineException("Grad-CAM needs a convolution layer, and this network has none");
    }
}
