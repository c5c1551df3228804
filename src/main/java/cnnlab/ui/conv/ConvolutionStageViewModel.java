package cnnlab.ui.conv;

import cnnlab.engine.Activations;
import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvCell;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.ConvTap;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.timeline.ConvState;
import cnnlab.timeline.ConvTimeline;
import cnnlab.timeline.Pace;
import cnnlab.timeline.Phase;
import cnnlab.timeline.Playhead;
import cnnlab.timeline.Walk;
import cnnlab.timeline.Window;
import cnnlab.ui.grid.CellColors;
import cnnlab.ui.grid.CellText;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.CaptionText;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.Carry;
import cnnlab.ui.stage.CellPalette;
import cnnlab.ui.stage.Planes;
import cnnlab.ui.stage.SlideMarks;
import cnnlab.ui.stage.StageViewModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The convolution stage: replays the engine's trace of one convolution through a
 * {@link ConvTimeline} and turns each moment into pictures for the views — the input planes with
 * the window, the kernel and its products, the output maps filling in — plus the caption, the
 * running sum and the sum travelling to its cell. Hovering an output cell seeks the same playhead
 * that playback advances; hovering an input cell marks the outputs that read it.
 */
public final class ConvolutionStageViewModel implements StageViewModel {
    /** Grid key of input channel {@code c}, for {@link Carry}: {@code "input:c"}. */
    public static final String INPUT_GRID = "input:";
    /** Grid key of the map of filter {@code f}: {@code "output:f"}. */
    public static final String OUTPUT_GRID = "output:";

    private final Messages messages;
    private final ConvTimeline timeline;
    private final Playhead<ConvState> playhead;
    private final ReadOnlyObjectWrapper<Playhead<?>> playheadProperty;
    private final Shape inputShape;
    private final Shape outputShape;
    private final ConvSpec spec;
    private final boolean relu;
    private final boolean highlightMax;
    private final float[][] inputPlanes;
    private final float[][] outputPlanes;
    private final float[][] reluPlanes;
    private final float[] planeMax;
    private final float[][][] weights;
    private final CellColors inputColors;
    private final CellColors outputColors;
    private final CellColors weightColors;
    private final CellColors productColors;
    private final float inputScale;
    private final float outputScale;
    private final List<ReadOnlyObjectWrapper<GridPicture>> inputPictures = new ArrayList<>();
    private final List<ReadOnlyObjectWrapper<GridPicture>> kernelPictures = new ArrayList<>();
    private final List<ReadOnlyObjectWrapper<GridPicture>> productPictures = new ArrayList<>();
    private final List<ReadOnlyStringWrapper> channelSums = new ArrayList<>();
    private final List<ReadOnlyObjectWrapper<GridPicture>> outputPictures = new ArrayList<>();
    private final List<ReadOnlyObjectWrapper<GridPicture>> reluPictures = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ConvState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper sumLine = new ReadOnlyStringWrapper(this, "sumLine", "");
    private final ReadOnlyStringWrapper kernelHeading = new ReadOnlyStringWrapper(this, "kernelHeading", "");
    private final ReadOnlyObjectWrapper<Carry> carry = new ReadOnlyObjectWrapper<>(this, "carry");
    private final InvalidationListener languageListener = obs -> refresh();
    private final Runnable playheadListener = this::refresh;
    private int hoverY = -1;
    private int hoverX = -1;
    private List<ConvCell> hoverReaders = List.of();
    private ConvCell productsCell;
    private float[][] productValues;

    /**
     * @param input        the input tensor, one plane per channel
     * @param conv         the convolution; its trace drives everything
     * @param relu         true to show the map after ReLU as well
     * @param walk         which output cells to animate phase by phase
     * @param pace         how fast
     * @param highlightMax true to mark the cells holding each map's largest value, and their windows
     * @param messages     the interface texts
     * @throws cnnlab.engine.EngineException when the convolution does not fit the input or is too big to trace
     */
    public ConvolutionStageViewModel(Tensor input, Conv2d conv, boolean relu, Walk walk, Pace pace,
                                     boolean highlightMax, Messages messages) {
        this.messages = messages;
        this.timeline = new ConvTimeline(conv.trace(input), walk, pace);
        this.playhead = new Playhead<>(timeline);
        this.playheadProperty = new ReadOnlyObjectWrapper<>(this, "playhead", playhead);
        this.inputShape = input.shape();
        this.spec = conv.spec();
        this.relu = relu;
        this.highlightMax = highlightMax;
        Tensor output = conv.apply(input);
        this.outputShape = output.shape();
        this.inputPlanes = Planes.of(input);
        this.outputPlanes = Planes.of(output);
        this.reluPlanes = relu ? Planes.of(Activations.relu(output)) : null;
        this.planeMax = new float[outputShape.channels()];
        for (int f = 0; f < planeMax.length; f++) {
            planeMax[f] = output.channel(f).max();
        }
        this.weights = windowWeights();
        this.inputScale = CellPalette.scaleOf(inputPlanes);
        this.outputScale = CellPalette.scaleOf(outputPlanes);
        this.inputColors = CellPalette.diverging(inputScale);
        this.outputColors = CellPalette.diverging(outputScale);
        float weightScale = 0;
        for (float[][] filter : weights) {
            weightScale = Math.max(weightScale, CellPalette.scaleOf(filter));
        }
        this.weightColors = CellPalette.diverging(weightScale);
        this.productColors = CellPalette.diverging(largestProduct());
        for (int c = 0; c < inputShape.channels(); c++) {
            inputPictures.add(new ReadOnlyObjectWrapper<>(this, "input" + c));
            kernelPictures.add(new ReadOnlyObjectWrapper<>(this, "kernel" + c));
            productPictures.add(new ReadOnlyObjectWrapper<>(this, "products" + c));
            channelSums.add(new ReadOnlyStringWrapper(this, "channelSum" + c, ""));
        }
        for (int f = 0; f < outputShape.channels(); f++) {
            outputPictures.add(new ReadOnlyObjectWrapper<>(this, "output" + f));
            reluPictures.add(new ReadOnlyObjectWrapper<>(this, "relu" + f));
        }
        playhead.addListener(playheadListener);
        messages.languageProperty().addListener(languageListener);
        refresh();
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return playheadProperty.getReadOnlyProperty();
    }

    /** The playhead, typed, for tests and the render command. */
    public Playhead<ConvState> playhead() {
        return playhead;
    }

    @Override
    public void dispose() {
        playhead.removeListener(playheadListener);
        messages.languageProperty().removeListener(languageListener);
    }

    /** Input channels: 1 for a grey image, 3 for RGB. */
    public int inputChannels() {
        return inputShape.channels();
    }

    /** Filters, one output map each. */
    public int filters() {
        return outputShape.channels();
    }

    /** True when the maps are also shown after ReLU. */
    public boolean showsRelu() {
        return relu;
    }

    /** Rows and columns of the kernel, and the input and output sizes, for headings. */
    public ConvSpec spec() {
        return spec;
    }

    public Shape inputShape() {
        return inputShape;
    }

    public Shape outputShape() {
        return outputShape;
    }

    /** The largest |value| of the input, the colour legend's end. */
    public float inputScale() {
        return inputScale;
    }

    /** The largest |value| of all output maps, the colour legend's end. */
    public float outputScale() {
        return outputScale;
    }

    /** The output map of filter {@code f} as the engine computed it, row-major; a copy. */
    public float[] outputValues(int f) {
        return outputPlanes[f].clone();
    }

    public ReadOnlyObjectProperty<ConvState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GridPicture> inputPicture(int channel) {
        return inputPictures.get(channel).getReadOnlyProperty();
    }

    /** The weights of the current filter for one input channel, laid out as the window. */
    public ReadOnlyObjectProperty<GridPicture> kernelPicture(int channel) {
        return kernelPictures.get(channel).getReadOnlyProperty();
    }

    /** The products of the current cell for one input channel, appearing as the timeline shows them. */
    public ReadOnlyObjectProperty<GridPicture> productPicture(int channel) {
        return productPictures.get(channel).getReadOnlyProperty();
    }

    /** The sum of one channel's visible products, for RGB inputs. */
    public ReadOnlyStringProperty channelSum(int channel) {
        return channelSums.get(channel).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GridPicture> outputPicture(int filter) {
        return outputPictures.get(filter).getReadOnlyProperty();
    }

    /** The map of filter {@code f} after ReLU; only meaningful when {@link #showsRelu()}. */
    public ReadOnlyObjectProperty<GridPicture> reluPicture(int filter) {
        return reluPictures.get(filter).getReadOnlyProperty();
    }

    /** What is happening, in the current language. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Bias plus the products shown so far, and the running sum. */
    public ReadOnlyStringProperty sumLineProperty() {
        return sumLine.getReadOnlyProperty();
    }

    /** "Filter 2" above the kernel, in the current language. */
    public ReadOnlyStringProperty kernelHeadingProperty() {
        return kernelHeading.getReadOnlyProperty();
    }

    /** The sum on its way to the output cell, or null when nothing travels. */
    public ReadOnlyObjectProperty<Carry> carryProperty() {
        return carry.getReadOnlyProperty();
    }

    /**
     * The mouse is over output cell (y, x) of map {@code filter}: pause and jump to the moment
     * that cell is complete, on the same timeline playback uses. (−1, −1) when it leaves.
     */
    public void hoverOutput(int filter, int y, int x) {
        if (y < 0 || x < 0) {
            return;
        }
        playhead.pause();
        playhead.seekToCell(filter, y, x);
    }

    /** The mouse is over input cell (y, x): mark every output that reads it. (−1, −1) clears. */
    public void hoverInput(int y, int x) {
        hoverY = y;
        hoverX = x;
        hoverReaders = y < 0 || x < 0 ? List.of() : timeline.inputCellReaders(y, x);
        refresh();
    }

    /** The output cells, of every filter, that read the hovered input cell. */
    public List<ConvCell> hoveredReaders() {
        return hoverReaders;
    }

    private void refresh() {
        ConvState now = playhead.state();
        state.set(now);
        ConvCell cell = now.cell();
        for (int c = 0; c < inputShape.channels(); c++) {
            inputPictures.get(c).set(inputPicture(now, c));
            kernelPictures.get(c).set(kernelPicture(now, c));
            productPictures.get(c).set(productPicture(now, c));
            channelSums.get(c).set(messages.format("conv.channelSum", c + 1,
                    CellText.format(now.channelPartials().get(c))));
        }
        for (int f = 0; f < outputShape.channels(); f++) {
            BitSet revealed = revealedIn(now, f);
            GridPicture map = new GridPicture(outputShape.height(), outputShape.width(), outputPlanes[f], 0, 0, 0, 0,
                    revealed, outputColors, outputMarks(now, f, revealed), true);
            outputPictures.get(f).set(map);
            if (relu) {
                reluPictures.get(f).set(new GridPicture(outputShape.height(), outputShape.width(), reluPlanes[f],
                        0, 0, 0, 0, revealed, outputColors, List.of(), true));
            }
        }
        caption.set(CaptionText.format(messages, now.caption()));
        sumLine.set(messages.format("conv.sum", CellText.format(cell.bias()), now.slide().visibleTerms(),
                cell.taps().size(), CellText.format(now.partialSum())));
        kernelHeading.set(messages.format("conv.kernelHeading", cell.filter() + 1,
                spec.kernelHeight(), spec.kernelWidth(), timeline.trace().flip() ? 1 : 0));
        carry.set(carryOf(now));
    }

    private GridPicture inputPicture(ConvState now, int channel) {
        List<Mark> marks = new ArrayList<>();
        ConvCell cell = now.cell();
        if (highlightMax) {
            int plane = outputShape.planeSize();
            int f = cell.filter();
            for (int i = 0; i < plane; i++) {
                if (outputPlanes[f][i] == planeMax[f] && now.slide().revealed().contains(f * plane + i)) {
                    ConvCell max = timeline.trace().cell(f, i / outputShape.width(), i % outputShape.width());
                    marks.add(new Mark(max.windowTop(), max.windowLeft(), spec.spanHeight(), spec.spanWidth(),
                            Mark.Style.FIELD));
                }
            }
        }
        marks.addAll(SlideMarks.skipped(now.slide()));
        if (hoverY >= 0) {
            marks.add(Mark.cell(hoverY, hoverX, Mark.Style.FIELD));
        }
        ConvTap current = currentTap(now);
        if (current != null && current.channel() == channel) {
            marks.add(Mark.cell(current.inputY(), current.inputX(), Mark.Style.FOCUS));
        }
        marks.add(SlideMarks.window(now.slide()));
        return new GridPicture(inputShape.height(), inputShape.width(), inputPlanes[channel], spec.padding().top(),
                spec.padding().bottom(), spec.padding().left(), spec.padding().right(), null, inputColors, marks, true);
    }

    /** The tap whose product appeared last while products come one by one, else null. */
    private static ConvTap currentTap(ConvState now) {
        int visible = now.slide().visibleTerms();
        if (now.slide().phase() != Phase.SHOW_TERMS || visible == 0 || now.allProductsVisible()) {
            return null;
        }
        return now.cell().taps().get(visible - 1);
    }

    private GridPicture kernelPicture(ConvState now, int channel) {
        List<Mark> marks = new ArrayList<>();
        ConvTap current = currentTap(now);
        if (current != null && current.channel() == channel) {
            int offset = offsetOf(now.cell(), current);
            marks.add(Mark.cell(offset / spec.kernelWidth(), offset % spec.kernelWidth(), Mark.Style.FOCUS));
        }
        return new GridPicture(spec.kernelHeight(), spec.kernelWidth(), weights[now.cell().filter()][channel],
                0, 0, 0, 0, null, weightColors, marks, true);
    }

    private GridPicture productPicture(ConvState now, int channel) {
        ConvCell cell = now.cell();
        if (cell != productsCell) {
            productsCell = cell;
            productValues = new float[inputShape.channels()][spec.kernelHeight() * spec.kernelWidth()];
            for (ConvTap tap : cell.taps()) {
                productValues[tap.channel()][offsetOf(cell, tap)] = tap.product();
            }
        }
        BitSet shown = new BitSet();
        for (ConvTap tap : now.visibleTaps()) {
            if (tap.channel() == channel) {
                shown.set(offsetOf(cell, tap));
            }
        }
        List<Mark> marks = new ArrayList<>();
        ConvTap current = currentTap(now);
        if (current != null && current.channel() == channel) {
            int offset = offsetOf(cell, current);
            marks.add(Mark.cell(offset / spec.kernelWidth(), offset % spec.kernelWidth(), Mark.Style.FOCUS));
        }
        return new GridPicture(spec.kernelHeight(), spec.kernelWidth(), productValues[channel], 0, 0, 0, 0, shown,
                productColors, marks, true);
    }

    private List<Mark> outputMarks(ConvState now, int filter, BitSet revealed) {
        List<Mark> marks = new ArrayList<>();
        if (highlightMax) {
            for (int i = revealed.nextSetBit(0); i >= 0; i = revealed.nextSetBit(i + 1)) {
                if (outputPlanes[filter][i] == planeMax[filter]) {
                    marks.add(Mark.cell(i / outputShape.width(), i % outputShape.width(), Mark.Style.HIGHLIGHT));
                }
            }
        }
        for (ConvCell reader : hoverReaders) {
            if (reader.filter() == filter) {
                marks.add(Mark.cell(reader.outY(), reader.outX(), Mark.Style.FIELD));
            }
        }
        ConvCell cell = now.cell();
        if (cell.filter() == filter) {
            marks.add(Mark.cell(cell.outY(), cell.outX(), Mark.Style.FOCUS));
        }
        return marks;
    }

    private Carry carryOf(ConvState now) {
        if (now.slide().phase() != Phase.CARRY_RESULT) {
            return null;
        }
        ConvCell cell = now.cell();
        Window w = now.slide().window();
        return new Carry(CellText.format(cell.sum()), INPUT_GRID + 0, w.top(), w.left(), w.height(), w.width(),
                OUTPUT_GRID + cell.filter(), cell.outY(), cell.outX(), now.slide().phaseProgress());
    }

    private BitSet revealedIn(ConvState now, int filter) {
        return SlideMarks.revealedIn(now.slide(), filter, outputShape.planeSize());
    }

    /** Where a tap sits in its window, row-major: {@code i·k_w + j} for window offset (i, j). */
    private int offsetOf(ConvCell cell, ConvTap tap) {
        int i = (tap.inputY() - cell.windowTop()) / spec.dilation();
        int j = (tap.inputX() - cell.windowLeft()) / spec.dilation();
        return i * spec.kernelWidth() + j;
    }

    /** Per filter and channel, the weight each window offset is multiplied by (flipped for a true convolution). */
    private float[][][] windowWeights() {
        float[][][] result = new float[outputShape.channels()][inputShape.channels()][spec.kernelHeight()
                * spec.kernelWidth()];
        for (int f = 0; f < outputShape.channels(); f++) {
            ConvCell first = timeline.trace().cell(f, 0, 0);
            for (ConvTap tap : first.taps()) {
                result[f][tap.channel()][offsetOf(first, tap)] = tap.weight();
            }
        }
        return result;
    }

    private float largestProduct() {
        float largest = 0;
        for (ConvCell cell : timeline.trace().cells()) {
            for (ConvTap tap : cell.taps()) {
                largest = Math.max(largest, Math.abs(tap.product()));
            }
        }
        return largest;
    }

}
