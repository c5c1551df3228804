package cnnlab.ui.flip;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvCell;
import cnnlab.engine.ConvTap;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.imaging.NumberText;
import cnnlab.lesson.ConvolutionSetup;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.CellPalette;
import cnnlab.ui.stage.StillStageViewModel;
import cnnlab.ui.stage.TensorPictures;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Curriculum row 12, convolution against cross-correlation: the kernel as written, the kernel
 * turned by 180° that a true convolution multiplies the window with, and both outputs side by
 * side, all from the engine ({@link Conv2d} without and with {@code flip}; the turned kernel is
 * read off the engine's trace of the first cell). A picked output cell marks its window and
 * gives both sums. The first filter and input channel are shown.
 */
public final class FlipComparisonViewModel extends StillStageViewModel {
    private final Tensor input;
    private final Conv2d correlation;
    private final Conv2d convolution;
    private final Tensor crossOutput;
    private final Tensor convOutput;
    private final Tensor turnedKernel;
    private final ReadOnlyObjectWrapper<GridPicture> inputPicture = new ReadOnlyObjectWrapper<>(this, "input");
    private final ReadOnlyObjectWrapper<GridPicture> crossPicture = new ReadOnlyObjectWrapper<>(this, "cross");
    private final ReadOnlyObjectWrapper<GridPicture> convPicture = new ReadOnlyObjectWrapper<>(this, "conv");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private int selectedY;
    private int selectedX;

    /** @param setup the lesson's convolution; its own flip setting does not matter here */
    public FlipComparisonViewModel(ConvolutionSetup setup, Messages messages) {
        super(messages);
        this.input = setup.input();
        Conv2d conv = setup.conv();
        this.correlation = new Conv2d(conv.filters(), conv.bias(), conv.spec(), false);
        this.convolution = new Conv2d(conv.filters(), conv.bias(), conv.spec(), true);
        this.crossOutput = correlation.apply(input);
        this.convOutput = convolution.apply(input);
        this.turnedKernel = applied(convolution.traceCell(input, 0, 0, 0));
        int first = firstDifference();
        select(first / crossOutput.shape().width(), first % crossOutput.shape().width());
    }

    @Override
    protected void languageChanged() {
        select(selectedY, selectedX);
    }

    /** The first kernel as the lesson writes it. */
    public Tensor kernel() {
        return correlation.filters().get(0);
    }

    /** The weights a true convolution multiplies the window with, cell by cell: the kernel turned by 180°. */
    public Tensor turnedKernel() {
        return turnedKernel;
    }

    /** Cross-correlation (what deep-learning libraries compute). */
    public Tensor crossOutput() {
        return crossOutput;
    }

    /** True convolution. */
    public Tensor convOutput() {
        return convOutput;
    }

    /** True when both outputs are equal, as for a kernel that looks the same turned by 180°. */
    public boolean same() {
        return crossOutput.equals(convOutput);
    }

    public ReadOnlyObjectProperty<GridPicture> inputPictureProperty() {
        return inputPicture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GridPicture> crossPictureProperty() {
        return crossPicture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GridPicture> convPictureProperty() {
        return convPicture.getReadOnlyProperty();
    }

    /** Both sums of the picked cell. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Whether the two outputs agree, and why. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Picks output cell (y, x) of the first map; cells outside the output are ignored. */
    public void select(int y, int x) {
        Shape out = crossOutput.shape();
        if (!out.contains(y, x)) {
            return;
        }
        selectedY = y;
        selectedX = x;
        ConvCell cross = correlation.traceCell(input, 0, y, x);
        ConvCell conv = convolution.traceCell(input, 0, y, x);
        int spanY = correlation.spec().spanHeight();
        int spanX = correlation.spec().spanWidth();
        float inputScale = CellPalette.scaleOf(TensorPictures.plane(input, 0));
        float outputScale = CellPalette.scaleOf(TensorPictures.plane(crossOutput, 0), TensorPictures.plane(convOutput, 0));
        inputPicture.set(TensorPictures.diverging(input, 0, inputScale,
                List.of(new Mark(cross.windowTop(), cross.windowLeft(), spanY, spanX, Mark.Style.WINDOW))));
        crossPicture.set(TensorPictures.diverging(crossOutput, 0, outputScale, List.of(Mark.cell(y, x, Mark.Style.FOCUS))));
        convPicture.set(TensorPictures.diverging(convOutput, 0, outputScale, List.of(Mark.cell(y, x, Mark.Style.FOCUS))));
        caption.set(messages().format("flip.caption", y, x, NumberText.format(cross.sum()), NumberText.format(conv.sum())));
        verdict.set(messages().format(same() ? "flip.same" : "flip.different"));
    }

    /** Index in the first map of the first cell where the two outputs differ; 0 when none does. */
    private int firstDifference() {
        int size = crossOutput.shape().planeSize();
        for (int i = 0; i < size; i++) {
            if (crossOutput.getFlat(i) != convOutput.getFlat(i)) {
                return i;
            }
        }
        return 0;
    }

    /** The weight each window cell was multiplied by, as a {@code C × k_h × k_w} tensor, from a traced cell. */
    private static Tensor applied(ConvCell cell) {
        List<ConvTap> taps = cell.taps();
        int channels = taps.stream().mapToInt(ConvTap::channel).max().orElse(0) + 1;
        int kh = taps.stream().mapToInt(ConvTap::kernelY).max().orElse(0) + 1;
        int kw = taps.stream().mapToInt(ConvTap::kernelX).max().orElse(0) + 1;
        float[] weights = new float[channels * kh * kw];
        int i = 0;
        for (ConvTap tap : taps) {
            weights[i++] = tap.weight();
        }
        return Tensor.of(new Shape(channels, kh, kw), weights);
    }
}
