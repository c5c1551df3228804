package cnnlab.ui.gradients;

import cnnlab.engine.Conv2d;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolCell;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolTap;
import cnnlab.engine.PoolTrace;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.training.ConvGradients;
import cnnlab.engine.training.PoolLayer;
import cnnlab.imaging.NumberText;
import cnnlab.lesson.GradientsSetup;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.CellPalette;
import cnnlab.ui.stage.StillStageViewModel;
import cnnlab.ui.stage.TensorPictures;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Curriculum row 14: a gradient flowing back through one layer. For pooling, the student picks
 * an output cell and sees its gradient go to the winner of its window (max) or spread over the
 * window (average); for a convolution, the student picks a weight and sees its gradient as the
 * sum of the output gradient times the input cells that weight met. The gradients are the
 * engine's backward passes ({@link PoolLayer#route}, {@link ConvGradients}); the first channel
 * is shown.
 */
public final class GradientsViewModel extends StillStageViewModel {
    private final GradientsSetup setup;
    private final ReadOnlyIntegerWrapper selectedY = new ReadOnlyIntegerWrapper(this, "selectedY");
    private final ReadOnlyIntegerWrapper selectedX = new ReadOnlyIntegerWrapper(this, "selectedX");
    private final ObservableList<GradientPanel> panels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final List<PoolTrace> traces = new ArrayList<>();
    private final List<Tensor> inputGradients = new ArrayList<>();
    private final Tensor weightGradient;

    public GradientsViewModel(GradientsSetup setup, Messages messages) {
        super(messages);
        this.setup = setup;
        for (Pool2d pool : setup.pools()) {
            PoolTrace trace = pool.trace(setup.input());
            traces.add(trace);
            inputGradients.add(PoolLayer.route(trace, setup.outputGradient()));
        }
        Conv2d conv = setup.conv();
        if (conv != null) {
            inputGradients.add(ConvGradients.inputGradient(conv, setup.outputGradient(), setup.input().shape()));
            weightGradient = ConvGradients.weightGradient(conv, setup.input(), setup.outputGradient()).get(0);
        } else {
            weightGradient = null;
        }
        refresh();
    }

    @Override
    protected void languageChanged() {
        refresh();
    }

    /** True for pooling, false for a convolution. */
    public boolean pooling() {
        return setup.conv() == null;
    }

    /** The grids to show, left to right; rebuilt when the selection or the language changes. */
    public ObservableList<GradientPanel> panels() {
        return FXCollections.unmodifiableObservableList(panels);
    }

    /** What the selected cell's gradient does, in a sentence with its numbers. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** The selected row: of the output gradient for pooling, of the kernel for a convolution. */
    public ReadOnlyIntegerProperty selectedYProperty() {
        return selectedY.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedXProperty() {
        return selectedX.getReadOnlyProperty();
    }

    /** ∂L/∂input per pooling kind (max first), or the convolution's; each shaped like the input. */
    public List<Tensor> inputGradients() {
        return List.copyOf(inputGradients);
    }

    /** ∂L/∂kernel of the convolution, null for pooling. */
    public Tensor weightGradient() {
        return weightGradient;
    }

    /** Picks a cell of the clickable grid; cells outside it are ignored. */
    public void select(int y, int x) {
        Shape s = selectable();
        if (y >= 0 && y < s.height() && x >= 0 && x < s.width()) {
            selectedY.set(y);
            selectedX.set(x);
            refresh();
        }
    }

    /** The next cell in reading order, back to the first after the last. */
    public void next() {
        Shape s = selectable();
        int i = (selectedY.get() * s.width() + selectedX.get() + 1) % (s.height() * s.width());
        select(i / s.width(), i % s.width());
    }

    private Shape selectable() {
        return pooling() ? setup.outputGradient().shape() : weightGradient.shape();
    }

    private void refresh() {
        List<GradientPanel> result = new ArrayList<>();
        if (pooling()) {
            poolPanels(result);
        } else {
            convPanels(result);
        }
        panels.setAll(result);
    }

    private void poolPanels(List<GradientPanel> result) {
        int y = selectedY.get();
        int x = selectedX.get();
        Tensor g = setup.outputGradient();
        float gradientScale = CellPalette.scaleOf(g.toArray());
        List<Mark> windows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (PoolTrace trace : traces) {
            PoolCell cell = trace.cell(0, y, x);
            int size = trace.spec().size();
            windows.add(new Mark(cell.windowTop(), cell.windowLeft(), size, size, Mark.Style.WINDOW));
        }
        result.add(new GradientPanel(messages().format("gradients.input"), TensorPictures.diverging(setup.input(), 0,
                CellPalette.scaleOf(setup.input().toArray()), List.of(windows.get(0))), false));
        result.add(new GradientPanel(messages().format("gradients.outputGradient"), TensorPictures.diverging(g, 0,
                gradientScale, List.of(Mark.cell(y, x, Mark.Style.FOCUS))), true));
        for (int k = 0; k < traces.size(); k++) {
            PoolTrace trace = traces.get(k);
            PoolCell cell = trace.cell(0, y, x);
            boolean max = trace.spec().kind() == PoolKind.MAX;
            List<Mark> marks = new ArrayList<>();
            marks.add(windows.get(k));
            if (max) {
                marks.add(Mark.cell(cell.winningTap().inputY(), cell.winningTap().inputX(), Mark.Style.FOCUS));
            } else {
                cell.taps().stream().filter(t -> !t.padding())
                        .forEach(t -> marks.add(Mark.cell(t.inputY(), t.inputX(), Mark.Style.FIELD)));
            }
            result.add(new GradientPanel(messages().format(max ? "gradients.inputGradient.max" : "gradients.inputGradient.avg"),
                    TensorPictures.diverging(inputGradients.get(k), 0, gradientScale, marks), false));
            float value = g.get(0, y, x);
            if (text.length() > 0) {
                text.append("\n\n");
            }
            if (max) {
                PoolTap winner = cell.winningTap();
                text.append(messages().format("gradients.caption.max", y, x, number(value), number(winner.value()),
                        winner.inputY(), winner.inputX(), cell.taps().size() - 1));
            } else {
                long real = cell.taps().stream().filter(t -> !t.padding()).count();
                text.append(messages().format("gradients.caption.avg", y, x, number(value), real, number(value / real)));
            }
        }
        caption.set(text.toString());
    }

    private void convPanels(List<GradientPanel> result) {
        int i = selectedY.get();
        int j = selectedX.get();
        Tensor g = setup.outputGradient();
        Shape out = g.shape();
        int stride = setup.conv().spec().stride();
        Mark seen = new Mark(i, j, (out.height() - 1) * stride + 1, (out.width() - 1) * stride + 1, Mark.Style.WINDOW);
        float inputScale = CellPalette.scaleOf(setup.input().toArray());
        result.add(new GradientPanel(messages().format("gradients.input"),
                TensorPictures.diverging(setup.input(), 0, inputScale, List.of(seen)), false));
        result.add(new GradientPanel(messages().format("gradients.kernel"), TensorPictures.diverging(
                setup.conv().filters().get(0), 0, CellPalette.scaleOf(setup.conv().filters().get(0).toArray()),
                List.of(Mark.cell(i, j, Mark.Style.FOCUS))), false));
        result.add(new GradientPanel(messages().format("gradients.outputGradient"),
                TensorPictures.diverging(g, 0, CellPalette.scaleOf(g.toArray()), List.of()), false));
        result.add(new GradientPanel(messages().format("gradients.weightGradient"), TensorPictures.diverging(weightGradient,
                0, CellPalette.scaleOf(weightGradient.toArray()), List.of(Mark.cell(i, j, Mark.Style.FOCUS))), true));
        result.add(new GradientPanel(messages().format("gradients.inputGradient.conv"), TensorPictures.diverging(
                inputGradients.get(0), 0, CellPalette.scaleOf(inputGradients.get(0).toArray()), List.of()), false));
        StringBuilder terms = new StringBuilder();
        int shown = 0;
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                float gv = g.get(0, y, x);
                float in = setup.input().get(0, y * stride + i, x * stride + j);
                if (gv != 0 && in != 0 && shown < 6) {
                    terms.append(terms.length() == 0 ? "" : " + ").append(number(gv)).append("·").append(number(in));
                    shown++;
                }
            }
        }
        caption.set(messages().format("gradients.caption.conv", i, j, terms.length() == 0 ? "0" : terms + (shown == 6
                ? " + …" : ""), number(weightGradient.get(0, i, j))));
    }

    private static String number(double value) {
        return NumberText.format((float) value);
    }
}
