package cnnlab.ui.stage;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.Arrays;

/** A tensor cut into its planes, one row-major array per channel, for grid pictures. */
public final class Planes {
    private Planes() {
    }

    /** New arrays, {@code planes[c]} holding channel {@code c} row by row. */
    public static float[][] of(Tensor tensor) {
        Shape shape = tensor.shape();
        float[] all = tensor.toArray();
        float[][] planes = new float[shape.channels()][];
        for (int c = 0; c < planes.length; c++) {
            planes[c] = Arrays.copyOfRange(all, c * shape.planeSize(), (c + 1) * shape.planeSize());
        }
        return planes;
    }
}
