package cnnlab.engine.data;

import cnnlab.engine.Tensor;

/**
 * One generated picture.
 *
 * @param image  a {@code 1 × size × size} tensor with values in [0, 1] (0 background, 1 ink)
 * @param clean  the same picture before noise: the ink of the stroke alone
 * @param label  index of its class in the data set's class list
 * @param shape  the class drawn
 * @param bounds the pixels of {@code clean} with at least half ink; null for {@link ShapeClass#BLANK}
 */
public record ShapeSample(Tensor image, Tensor clean, int label, ShapeClass shape, Box bounds) {
}
