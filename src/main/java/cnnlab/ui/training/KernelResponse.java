package cnnlab.ui.training;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.Conv2d;
import cnnlab.engine.Tensor;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeSample;
import java.util.List;

/**
 * What a kernel makes of one picture: the engine's feature map {@code b + w ⋆ picture} (valid,
 * stride 1), the map the learner trains it towards.
 *
 * @param shape   the kind of picture
 * @param picture the picture
 * @param map     the kernel's feature map
 */
public record KernelResponse(ShapeClass shape, Tensor picture, Tensor map) {

    /** The response of {@code kernel} with {@code bias} to {@code sample}. */
    public static KernelResponse of(ShapeSample sample, Tensor kernel, float bias) {
        Conv2d conv = new Conv2d(List.of(kernel), new float[] {bias},
                ConvSpec.square(kernel.shape().height(), 1, 0, 1), false);
        return new KernelResponse(sample.shape(), sample.image(), conv.apply(sample.image()));
    }
}
