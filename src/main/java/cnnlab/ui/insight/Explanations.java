package cnnlab.ui.insight;

import cnnlab.engine.Tensor;
import cnnlab.engine.explain.GradCam;
import cnnlab.engine.explain.OcclusionMap;
import cnnlab.engine.explain.SaliencyMap;
import cnnlab.engine.training.ConvLayer;
import cnnlab.engine.training.Layer;
import cnnlab.engine.training.Sequential;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the insight stage shows about one picture, computed by the engine with a trained
 * model: the class probabilities, the first convolution's filters, every layer's maps, and the
 * occlusion, saliency and Grad-CAM heat maps of one class.
 *
 * @param probabilities the model's output, one probability per class
 * @param filters       the first convolution's filters, {@code C × k × k} each; empty without a convolution
 * @param layers        the maps of every layer before flatten, first layer first
 * @param occlusion     the fall of the class score when a grey patch covers each pixel
 * @param saliency      {@code |∂score/∂pixel|}
 * @param gradCam       Grad-CAM of the last convolution, stretched over the picture; null without a convolution
 */
public record Explanations(float[] probabilities, List<Tensor> filters, List<LayerMaps> layers, Tensor occlusion,
                           Tensor saliency, Tensor gradCam) {
    /** Grey of the occluding patch, halfway between background (0) and ink (1). */
    public static final float PATCH_GREY = 0.5f;

    /** The side of the occluding patch on pictures of {@code side} pixels: a fifth, at least 1. */
    public static int patchSide(int side) {
        return Math.max(1, Math.round(side / 5f));
    }

    /**
     * Computes everything for {@code picture} and class {@code classIndex}. The occluding patch
     * is a fifth of the picture side (3 pixels on 16) and moves one pixel at a time.
     * Modified: the model's remembered forward pass and its parameter gradients.
     */
    public static Explanations of(Sequential model, Tensor picture, int classIndex) {
        Tensor output = model.forward(picture);
        List<Tensor> outputs = model.activations(picture);
        List<LayerMaps> layers = new ArrayList<>();
        List<Tensor> filters = List.of();
        for (int i = 0; i < model.layers().size(); i++) {
            Layer layer = model.layers().get(i);
            if (layer instanceof ConvLayer conv && filters.isEmpty()) {
                filters = conv.filters();
            }
            if (layer.outputShape().height() > 1 || layer.outputShape().width() > 1) {
                layers.add(new LayerMaps(layer.name(), outputs.get(i)));
            }
        }
        int side = Math.min(picture.shape().height(), picture.shape().width());
        Tensor occlusion = OcclusionMap.compute(model, picture, classIndex, patchSide(side), 1, PATCH_GREY);
        Tensor saliency = SaliencyMap.compute(model, picture, classIndex);
        Tensor gradCam = filters.isEmpty() ? null : GradCam.compute(model, picture, classIndex);
        return new Explanations(output.toArray(), filters, layers, occlusion, saliency, gradCam);
    }
}
