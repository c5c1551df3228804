package cnnlab.ui.stage;

import cnnlab.engine.Tensor;
import cnnlab.ui.grid.CellColors;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.Mark;
import java.util.Arrays;
import java.util.List;

/** Grid pictures of one channel of an engine tensor, for stages that show tensors as they are. */
public final class TensorPictures {
    private TensorPictures() {
    }

    /** The values of channel {@code c}, row-major (a copy). */
    public static float[] plane(Tensor tensor, int c) {
        int size = tensor.shape().planeSize();
        return Arrays.copyOfRange(tensor.toArray(), c * size, (c + 1) * size);
    }

    /**
     * Channel {@code c} in the app's diverging colours, {@code ±scale} the strongest; numbers
     * printed where they fit.
     */
    public static GridPicture diverging(Tensor tensor, int c, float scale, List<Mark> marks) {
        return picture(tensor, c, CellPalette.diverging(scale > 0 ? scale : 1), marks, true);
    }

    /** Channel {@code c} in diverging colours scaled to its own largest magnitude. */
    public static GridPicture diverging(Tensor tensor, int c) {
        float[] values = plane(tensor, c);
        return picture(tensor, c, CellPalette.diverging(Math.max(CellPalette.scaleOf(values), 1e-6f)), List.of(), true);
    }

    /** Channel {@code c} of an image with values in [0, 1] as grey levels, black 0 to white 1, without numbers. */
    public static GridPicture grey(Tensor tensor, int c) {
        return picture(tensor, c, TensorPictures::greyLevel, List.of(), false);
    }

    private static GridPicture picture(Tensor tensor, int c, CellColors colors, List<Mark> marks, boolean numbers) {
        return new GridPicture(tensor.shape().height(), tensor.shape().width(), plane(tensor, c), 0, 0, 0, 0, null,
                colors, marks, numbers);
    }

    private static int greyLevel(float value) {
        int level = Math.round(255 * Math.max(0f, Math.min(1f, value)));
        return 0xff000000 | level << 16 | level << 8 | level;
    }
}
