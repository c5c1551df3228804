package cnnlab.ui.conv;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.lesson.Control;
import cnnlab.lesson.ConvolutionLayer;
import cnnlab.lesson.ConvolutionSetup;
import cnnlab.lesson.ConvolutionStep;
import cnnlab.lesson.LessonTensors;
import cnnlab.lesson.ProblemsException;
import cnnlab.lesson.SizeFormula;
import cnnlab.lesson.StepValues;
import cnnlab.lesson.TensorSpec;
import cnnlab.timeline.Pace;
import cnnlab.timeline.Playhead;
import cnnlab.timeline.Walk;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.playground.KernelEditing;
import cnnlab.ui.playground.KernelInput;
import cnnlab.ui.playground.UndoHistory;
import cnnlab.ui.stage.ChangingValues;
import cnnlab.ui.stage.StageViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * A convolution step whose settings the student changes with its {@code controls} (stride,
 * padding, dilation, flip, ReLU, the kernel's weights), and whose output-size formula shows under
 * the stage with {@code showSizeFormula}. Every change goes through the engine again: the step
 * with the new settings is made into a {@link ConvolutionSetup}, traced into a new
 * {@link ConvolutionStageViewModel} (which {@link #stageProperty()} then holds) and its values
 * for the texts are computed with {@link StepValues#of}. A change the engine refuses, such as a
 * window larger than the padded input, keeps the previous settings and says why in one line.
 * Accepted changes can be undone.
 */
public final class ConvolutionControlsViewModel implements StageViewModel, ChangingValues, KernelEditing {
    private final ConvolutionStep step;
    private final LessonTensors tensors;
    private final Walk walk;
    private final Pace pace;
    private final Messages messages;
    private final List<Control> controls;
    private final UndoHistory<ConvolutionLayer> history = new UndoHistory<>();
    private final ReadOnlyObjectWrapper<ConvolutionLayer> layer = new ReadOnlyObjectWrapper<>(this, "layer");
    private final ReadOnlyObjectWrapper<ConvolutionStageViewModel> stage = new ReadOnlyObjectWrapper<>(this, "stage");
    private final ReadOnlyObjectWrapper<Playhead<?>> playhead = new ReadOnlyObjectWrapper<>(this, "playhead");
    private final ReadOnlyObjectWrapper<Map<String, String>> values = new ReadOnlyObjectWrapper<>(this, "values");
    private final ReadOnlyObjectWrapper<ControlBounds> bounds = new ReadOnlyObjectWrapper<>(this, "bounds");
    private final ReadOnlyObjectWrapper<Tensor> editedWeights = new ReadOnlyObjectWrapper<>(this, "editedWeights");
    private final ReadOnlyObjectWrapper<Integer> editPlane = new ReadOnlyObjectWrapper<>(this, "editPlane", 0);
    private final ReadOnlyObjectWrapper<Integer> editedKernel = new ReadOnlyObjectWrapper<>(this, "editedKernel", 0);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyStringWrapper rowsFormula = new ReadOnlyStringWrapper(this, "rowsFormula", "");
    private final ReadOnlyStringWrapper columnsFormula = new ReadOnlyStringWrapper(this, "columnsFormula", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final InvalidationListener languageListener = obs -> languageChanged();
    private ConvolutionSetup setup;
    private Supplier<String> refusalText = () -> "";
    private ConvolutionLayer gestureStart;

    /**
     * The step with its own settings on stage.
     *
     * @param walk which output cells to animate; when a change leaves one of its cells outside
     *             the new map, every cell is walked instead
     * @throws ProblemsException when the step cannot be computed (never for a validated lesson)
     * @throws IllegalArgumentException when its convolution is too big to trace
     */
    public ConvolutionControlsViewModel(ConvolutionStep step, LessonTensors tensors, Walk walk, Pace pace,
                                        Messages messages) throws ProblemsException {
        this.step = step;
        this.tensors = tensors;
        this.walk = walk;
        this.pace = pace;
        this.messages = messages;
        this.controls = step.controls() == null ? List.of() : step.controls().stream().distinct().toList();
        ConvolutionSetup first = ConvolutionSetup.of(step, tensors);
        show(step.layer(), first, stageOf(first), valuesOf(step.layer()));
        messages.languageProperty().addListener(languageListener);
    }

    /** The settings the student may change, in the order the lesson lists them; empty for none. */
    public List<Control> controls() {
        return controls;
    }

    /** True when the output-size formula shows under the stage. */
    public boolean showsFormula() {
        return step.showSizeFormula();
    }

    /** The animated convolution with the current settings; replaced after every change. */
    public ReadOnlyObjectProperty<ConvolutionStageViewModel> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The current settings: the step's own until the student changes them. */
    public ReadOnlyObjectProperty<ConvolutionLayer> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    /** The engine objects of the current settings. */
    public ConvolutionSetup setup() {
        return setup;
    }

    /** What the spinners offer for the current settings. */
    public ReadOnlyObjectProperty<ControlBounds> boundsProperty() {
        return bounds.getReadOnlyProperty();
    }

    /** True when the step's own padding is "same", which the padding control then offers as well. */
    public boolean offersSamePadding() {
        return step.padding().same();
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Map<String, String>> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** Why the last change was refused, in the current language; empty after an accepted one. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /**
     * The output-size formula of the rows with its numbers, e.g. {@code Rows: ⌊(6 + 2·1 − 1·(3 −
     * 1) − 1)/2⌋ + 1 = 3}; both axes at once when they agree. Empty without {@code showSizeFormula}.
     */
    public ReadOnlyStringProperty rowsFormulaProperty() {
        return rowsFormula.getReadOnlyProperty();
    }

    /** The formula of the columns; empty when {@link #rowsFormulaProperty()} covers both axes. */
    public ReadOnlyStringProperty columnsFormulaProperty() {
        return columnsFormula.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** How many filters the step has; the kernel control edits one at a time. */
    public int filters() {
        return setup.conv().filters().size();
    }

    /** The filter whose weights the kernel editor shows, from 0. */
    public ReadOnlyObjectProperty<Integer> editedKernelProperty() {
        return editedKernel.getReadOnlyProperty();
    }

    /** Shows filter {@code filter}'s weights in the kernel editor (clamped to the filters there are). */
    public void editKernel(int filter) {
        editedKernel.set(Math.max(0, Math.min(filter, filters() - 1)));
        editedWeights.set(setup.conv().filters().get(editedKernel.get()));
    }

    /** Shows plane {@code plane} of the edited kernel (clamped to its input channels). */
    public void setEditPlane(int plane) {
        editPlane.set(Math.max(0, Math.min(plane, setup.conv().inputChannels() - 1)));
    }

    /** The new stride; refused (and the old one kept) when the engine refuses it. */
    public Optional<String> setStride(int stride) {
        ConvolutionLayer l = layer.get();
        return change(new ConvolutionLayer(l.kernels(), l.bias(), stride, l.padding(), l.dilation(), l.flip(),
                l.relu()), "playground.stride", Integer.toString(stride), Integer.toString(l.stride()));
    }

    /** The new padding; refused (and the old one kept) when the window would no longer fit. */
    public Optional<String> setPadding(PaddingRule padding) {
        ConvolutionLayer l = layer.get();
        return change(new ConvolutionLayer(l.kernels(), l.bias(), l.stride(), padding, l.dilation(), l.flip(),
                l.relu()), "playground.padding", padding.toString(), l.padding().toString());
    }

    /** The new dilation; refused (and the old one kept) when the spread-out kernel would not fit. */
    public Optional<String> setDilation(int dilation) {
        ConvolutionLayer l = layer.get();
        return change(new ConvolutionLayer(l.kernels(), l.bias(), l.stride(), l.padding(), dilation, l.flip(),
                l.relu()), "playground.dilation", Integer.toString(dilation), Integer.toString(l.dilation()));
    }

    /** True convolution (kernel turned by 180°) or cross-correlation. */
    public Optional<String> setFlip(boolean flip) {
        ConvolutionLayer l = layer.get();
        return change(new ConvolutionLayer(l.kernels(), l.bias(), l.stride(), l.padding(), l.dilation(), flip,
                l.relu()), "playground.flip", Boolean.toString(flip), Boolean.toString(l.flip()));
    }

    /** ReLU after the convolution, or not. */
    public Optional<String> setRelu(boolean relu) {
        ConvolutionLayer l = layer.get();
        return change(new ConvolutionLayer(l.kernels(), l.bias(), l.stride(), l.padding(), l.dilation(), l.flip(),
                relu), "playground.relu", Boolean.toString(relu), Boolean.toString(l.relu()));
    }

    @Override
    public ObservableValue<Tensor> editedWeights() {
        return editedWeights.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Integer> editPlaneProperty() {
        return editPlane.getReadOnlyProperty();
    }

    @Override
    public Optional<String> typeCell(int y, int x, String text) {
        return changeKernel(KernelInput.typed(editedWeights.get(), editPlane.get(), y, x, text, messages));
    }

    @Override
    public Optional<String> paste(int top, int left, String text) {
        return changeKernel(KernelInput.pasted(editedWeights.get(), editPlane.get(), top, left, text, messages));
    }

    @Override
    public void beginGesture() {
        gestureStart = layer.get();
    }

    @Override
    public void dragCell(int y, int x, float value) {
        apply(withKernel(editedWeights.get().with(editPlane.get(), y, x, value)), "controls.kernel", "", "");
    }

    @Override
    public void endGesture() {
        if (gestureStart != null && !gestureStart.equals(layer.get())) {
            history.record(gestureStart);
            updateHistory();
        }
        gestureStart = null;
    }

    /** Back to the settings before the last change. */
    public void undo() {
        history.undo(layer.get()).ifPresent(this::restore);
    }

    /** The change the last undo took back. */
    public void redo() {
        history.redo(layer.get()).ifPresent(this::restore);
    }

    @Override
    public void dispose() {
        messages.languageProperty().removeListener(languageListener);
        stage.get().dispose();
    }

    private Optional<String> changeKernel(KernelInput input) {
        if (!input.accepted()) {
            return Optional.of(input.refusal());
        }
        return change(withKernel(input.weights()), "controls.kernel", "", "");
    }

    /** The current settings with the edited filter's weights replaced by {@code weights}, as literal numbers. */
    private ConvolutionLayer withKernel(Tensor weights) {
        ConvolutionLayer l = layer.get();
        List<TensorSpec> kernels = new ArrayList<>(l.kernels());
        kernels.set(editedKernel.get(), TensorSpec.literal(weights));
        return new ConvolutionLayer(kernels, l.bias(), l.stride(), l.padding(), l.dilation(), l.flip(), l.relu());
    }

    /** Applies {@code candidate} as one undoable change, or refuses it. */
    private Optional<String> change(ConvolutionLayer candidate, String nameKey, String value, String old) {
        ConvolutionLayer before = layer.get();
        Optional<String> refused = apply(candidate, nameKey, value, old);
        if (refused.isEmpty() && !before.equals(layer.get())) {
            history.record(before);
            updateHistory();
        }
        return refused;
    }

    /**
     * Puts {@code candidate} on stage through the engine; on a refusal the settings stay and
     * {@link #refusalProperty()} says why, naming the setting {@code nameKey} and its values.
     */
    private Optional<String> apply(ConvolutionLayer candidate, String nameKey, String value, String old) {
        if (candidate.equals(layer.get())) {
            return Optional.empty();
        }
        try {
            ConvolutionSetup next = ConvolutionSetup.of(step.withLayer(candidate), tensors);
            show(candidate, next, stageOf(next), valuesOf(candidate));
            refusalText = () -> "";
        } catch (ProblemsException e) {
            refusalText = () -> refusalOf(candidate, nameKey, value, old, e.problems().get(0).message());
        } catch (IllegalArgumentException e) { // EngineException: e.g. too big to trace
            refusalText = () -> refusalOf(candidate, nameKey, value, old, e.getMessage());
        }
        refusal.set(refusalText.get());
        return refusal.get().isEmpty() ? Optional.empty() : Optional.of(refusal.get());
    }

    private void restore(ConvolutionLayer earlier) {
        apply(earlier, "controls.kernel", "", "");
        updateHistory();
    }

    /** The new settings on stage, the playhead carried over to the same cell of the new animation. */
    private void show(ConvolutionLayer next, ConvolutionSetup nextSetup, ConvolutionStageViewModel nextStage,
                      Map<String, String> nextValues) {
        ConvolutionStageViewModel old = stage.get();
        boolean playing = old != null && old.playhead().playing();
        if (old != null) {
            carry(old.playhead(), nextStage.playhead());
        }
        setup = nextSetup;
        layer.set(next);
        bounds.set(ControlBounds.of(nextSetup.input().shape(), nextSetup.conv().spec()));
        editedKernel.set(Math.min(editedKernel.get(), filters() - 1));
        editedWeights.set(nextSetup.conv().filters().get(editedKernel.get()));
        stage.set(nextStage);
        playhead.set(nextStage.playhead());
        if (playing) {
            nextStage.playhead().play();
        }
        if (old != null) {
            old.dispose();
        }
        values.set(nextValues);
        writeFormulas();
    }

    /**
     * Puts {@code next} where {@code old} was: at the end when the old animation had ended,
     * otherwise the same distance into the same cell (counted in walking order, at most the last).
     */
    static void carry(Playhead<?> old, Playhead<?> next) {
        next.setLoop(old.loop());
        if (old.time() >= old.duration()) {
            next.end();
            return;
        }
        double[] starts = old.timeline().stepStarts();
        int cell = 0;
        while (cell + 1 < starts.length && starts[cell + 1] <= old.time()) {
            cell++;
        }
        double into = old.time() - starts[cell];
        double[] nextStarts = next.timeline().stepStarts();
        int nextCell = Math.min(cell, Math.max(0, nextStarts.length - 2));
        double end = nextCell + 1 < nextStarts.length ? nextStarts[nextCell + 1] : next.duration();
        next.seek(Math.min(nextStarts[nextCell] + into, end));
    }

    private ConvolutionStageViewModel stageOf(ConvolutionSetup s) {
        Shape output = s.conv().outputShape(s.input().shape());
        Walk cells = walk;
        try {
            cells.order(output);
        } catch (IllegalArgumentException e) { // a chosen cell is outside the changed map
            cells = Walk.all();
        }
        return new ConvolutionStageViewModel(s.input(), s.conv(), s.relu(), cells, pace, step.highlightMax(),
                messages);
    }

    private Map<String, String> valuesOf(ConvolutionLayer settings) throws ProblemsException {
        return StepValues.of(step.withLayer(settings), tensors, messages.language().code());
    }

    /** One line: the window does not fit, with its size and the padded input's, or the engine's own words. */
    private String refusalOf(ConvolutionLayer candidate, String nameKey, String value, String old, String engine) {
        String name = messages.format(nameKey);
        try {
            Shape input = setup.input().shape();
            Shape kernel = tensors.resolve(candidate.kernels().get(0)).shape();
            Padding padding = candidate.padding().resolve(input.height(), input.width(), kernel.height(),
                    kernel.width(), candidate.stride(), candidate.dilation());
            ConvSpec spec = new ConvSpec(kernel.height(), kernel.width(), candidate.stride(), padding,
                    candidate.dilation());
            int paddedHeight = input.height() + padding.top() + padding.bottom();
            int paddedWidth = input.width() + padding.left() + padding.right();
            if (spec.spanHeight() > paddedHeight || spec.spanWidth() > paddedWidth) {
                return value.isEmpty()
                        ? messages.format("controls.refused.kernelTooLarge", spec.spanHeight(), spec.spanWidth(),
                                paddedHeight, paddedWidth)
                        : messages.format("controls.refused.tooLarge", name, value, spec.spanHeight(),
                                spec.spanWidth(), paddedHeight, paddedWidth, old);
            }
        } catch (ProblemsException | IllegalArgumentException e) {
            // not a size problem: the engine's words below say what it is
        }
        return messages.format("controls.refused", name, engine);
    }

    private void writeFormulas() {
        if (!step.showSizeFormula()) {
            return;
        }
        String rows = SizeFormula.rows(setup).text();
        String columns = SizeFormula.columns(setup).text();
        if (rows.equals(columns)) {
            rowsFormula.set(messages.format("controls.formula.both", rows));
            columnsFormula.set("");
        } else {
            rowsFormula.set(messages.format("controls.formula.rows", rows));
            columnsFormula.set(messages.format("controls.formula.columns", columns));
        }
    }

    private void languageChanged() {
        try {
            values.set(valuesOf(layer.get()));
        } catch (ProblemsException e) {
            // the settings on stage were computed once already; they cannot fail now
        }
        writeFormulas();
        refusal.set(refusalText.get());
    }

    private void updateHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }
}
