package cnnlab.engine.training;

import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Shape;
import java.util.List;

/** Networks the training tests share. */
final class ModelFixtures {
    private ModelFixtures() {
    }

    /**
     * conv 8 3×3 → relu → maxpool 2 → conv 16 3×3 → relu → maxpool 2 → flatten → dense → softmax,
     * for {@code size × size} grayscale images and {@code classes} classes.
     */
    static Network tinyCnn(int size, int classes) {
        return new Network(new Shape(1, size, size), List.of(
                new LayerSpec.Conv(null, 8, 3, 3, 1, PaddingRule.VALID, 1, true),
                new LayerSpec.Relu(null),
                new LayerSpec.Pool(null, PoolSpec.of(2, PoolKind.MAX)),
                new LayerSpec.Conv(null, 16, 3, 3, 1, PaddingRule.VALID, 1, true),
                new LayerSpec.Relu(null),
                new LayerSpec.Pool(null, PoolSpec.of(2, PoolKind.MAX)),
                new LayerSpec.Flatten(null),
                new LayerSpec.Dense(null, classes, true),
                new LayerSpec.Softmax(null)));
    }
}
