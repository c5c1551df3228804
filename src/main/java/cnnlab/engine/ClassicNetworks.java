package cnnlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Well-known networks as descriptions, for the model summary and the network builder. Layer
 * sizes follow the papers as the usual single-stream re-implementations write them.
 */
public final class ClassicNetworks {
    private ClassicNetworks() {
    }

    /**
     * The Keras MNIST example (curriculum row 10): 28×28×1 → conv 32 3×3 → relu → conv 64 3×3 →
     * relu → maxpool 2 → dropout 0.25 → flatten → dense 128 → dense 10 → softmax; 1,199,882
     * parameters.
     */
    public static Network kerasMnist() {
        return new Network(new Shape(1, 28, 28), List.of(conv(32, 3, 1, 0), relu(), conv(64, 3, 1, 0), relu(),
                maxPool(2, 2), new LayerSpec.Dropout(null, 0.25), flatten(), dense(128), dense(10), softmax()));
    }

    /**
     * LeNet-5 (LeCun et al., 1998) as usually re-implemented: 32×32×1 → conv 6 5×5 → avgpool 2 →
     * conv 16 5×5 → avgpool 2 → flatten (400) → dense 120 → dense 84 → dense 10; 61,706 parameters.
     */
    public static Network leNet5() {
        return new Network(new Shape(1, 32, 32), List.of(conv(6, 5, 1, 0), relu(), avgPool(2), conv(16, 5, 1, 0), relu(),
                avgPool(2), flatten(), dense(120), relu(), dense(84), relu(), dense(10), softmax()));
    }

    /**
     * AlexNet (Krizhevsky et al., 2012), one stream: 227×227×3 → conv 96 11×11 stride 4 → maxpool
     * 3 stride 2 → conv 256 5×5 pad 2 → maxpool → conv 384, 384, 256 3×3 pad 1 → maxpool →
     * 6×6×256 = 9,216 → dense 4096 → dense 4096 → dense 1000; 62,378,344 parameters.
     */
    public static Network alexNet() {
        return new Network(new Shape(3, 227, 227), List.of(conv(96, 11, 4, 0), relu(), maxPool(3, 2),
                conv(256, 5, 1, 2), relu(), maxPool(3, 2), conv(384, 3, 1, 1), relu(), conv(384, 3, 1, 1), relu(),
                conv(256, 3, 1, 1), relu(), maxPool(3, 2), flatten(), dense(4096), relu(), new LayerSpec.Dropout(null, 0.5),
                dense(4096), relu(), new LayerSpec.Dropout(null, 0.5), dense(1000), softmax()));
    }

    /**
     * VGG-16 (Simonyan and Zisserman, 2014): 224×224×3, five blocks of 3×3 "same" convolutions
     * (64, 64 | 128, 128 | 256 ×3 | 512 ×3 | 512 ×3), each block ending in maxpool 2 → 7×7×512 =
     * 25,088 → dense 4096 → dense 4096 → dense 1000; 138,357,544 parameters.
     */
    public static Network vgg16() {
        List<LayerSpec> layers = new ArrayList<>();
        int[][] blocks = {{64, 2}, {128, 2}, {256, 3}, {512, 3}, {512, 3}};
        for (int[] block : blocks) {
            for (int i = 0; i < block[1]; i++) {
                layers.add(conv(block[0], 3, 1, 1));
                layers.add(relu());
            }
            layers.add(maxPool(2, 2));
        }
        layers.addAll(List.of(flatten(), dense(4096), relu(), dense(4096), relu(), dense(1000), softmax()));
        return new Network(new Shape(3, 224, 224), layers);
    }

    /**
     * The tiny CNN the lessons train on generated shapes in seconds: {@code size × size × 1} →
     * conv 8 3×3 → relu → maxpool 2 → conv 16 3×3 → relu → maxpool 2 → flatten → dense
     * {@code classes} → softmax.
     */
    public static Network tinyCnn(int size, int classes) {
        return new Network(new Shape(1, size, size), List.of(conv(8, 3, 1, 0), relu(), maxPool(2, 2),
                conv(16, 3, 1, 0), relu(), maxPool(2, 2), flatten(), dense(classes), softmax()));
    }

    private static LayerSpec conv(int filters, int kernel, int stride, int padding) {
        return new LayerSpec.Conv(null, filters, kernel, kernel, stride, PaddingRule.of(padding), 1, true);
    }

    private static LayerSpec maxPool(int size, int stride) {
        return new LayerSpec.Pool(null, new PoolSpec(size, stride, 0, PoolKind.MAX));
    }

    private static LayerSpec avgPool(int size) {
        return new LayerSpec.Pool(null, PoolSpec.of(size, PoolKind.AVG));
    }

    private static LayerSpec relu() {
        return new LayerSpec.Relu(null);
    }

    private static LayerSpec flatten() {
        return new LayerSpec.Flatten(null);
    }

    private static LayerSpec dense(int units) {
        return new LayerSpec.Dense(null, units, true);
    }

    private static LayerSpec softmax() {
        return new LayerSpec.Softmax(null);
    }
}
