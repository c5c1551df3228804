package cnnlab.ui.playground;

import cnnlab.engine.ConvCell;
import cnnlab.engine.EngineException;
import cnnlab.engine.PoolCell;
import cnnlab.engine.PoolTap;
import cnnlab.engine.Tensor;
import cnnlab.imaging.DecodedImage;
import cnnlab.imaging.FeatureMapPng;
import cnnlab.imaging.ImageFiles;
import cnnlab.imaging.ImageProblem;
import cnnlab.imaging.ImageTensors;
import cnnlab.imaging.MatrixCsv;
import cnnlab.imaging.NumberText;
import cnnlab.lesson.PlaygroundExport;
import cnnlab.timeline.Playhead;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.StageViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/**
 * The kernel playground: an input tensor (from an image file, or fixed by a lesson step), a bank
 * of kernels, and each kernel's feature map recomputed by the engine after every edit. Every
 * edit of the kernels or the map settings can be undone. Image files are decoded and converted
 * on {@code background}; results come back on {@code ui}, and a newer request overrides an
 * older one still running.
 */
public final class PlaygroundViewModel implements StageViewModel, KernelEditing {
    /** Larger images are shrunk while decoding, so a 10,000 × 10,000 photo never fills the memory. */
    static final long MAX_DECODE_PIXELS = 2048L * 2048;

    private final Messages messages;
    private final PlaygroundStore store;
    private final Executor background;
    private final Executor ui;
    private final boolean fixedInput;
    private final UndoHistory<PlaygroundState> history = new UndoHistory<>();
    private final Random random = new Random();

    private final ReadOnlyObjectWrapper<PlaygroundState> state;
    private ObjectBinding<Tensor> editedWeights;
    private final ReadOnlyObjectWrapper<Tensor> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final ReadOnlyObjectWrapper<List<KernelMap>> maps = new ReadOnlyObjectWrapper<>(this, "maps", List.of());
    private final ReadOnlyObjectWrapper<CellTrace> hover = new ReadOnlyObjectWrapper<>(this, "hover");
    private final ReadOnlyObjectWrapper<ImageSetup> image = new ReadOnlyObjectWrapper<>(this, "image", ImageSetup.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final BooleanProperty showNumbers = new SimpleBooleanProperty(this, "showNumbers", true);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyObjectWrapper<Playhead<?>> playhead = new ReadOnlyObjectWrapper<>(this, "playhead");
    private final ReadOnlyObjectWrapper<Integer> editPlane = new ReadOnlyObjectWrapper<>(this, "editPlane", 0);

    private DecodedImage decoded;
    private int request;
    private PlaygroundState gestureStart;
    /** The input and state the current maps were computed for. */
    private Tensor computedInput;
    private PlaygroundState computedState;

    /**
     * The playground of the window: it remembers itself in {@code store} and reopens the image saved there.
     *
     * @param background runs decoding and conversion (e.g. a single daemon thread)
     * @param ui         runs results on the UI thread (e.g. {@code Platform::runLater})
     */
    public PlaygroundViewModel(Messages messages, PlaygroundStore store, Executor background, Executor ui) {
        this.messages = messages;
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.fixedInput = false;
        Optional<PlaygroundStore.Saved> saved = store.load();
        state = new ReadOnlyObjectWrapper<>(this, "state", saved.map(PlaygroundStore.Saved::state).orElse(starter()));
        saved.ifPresent(s -> {
            showNumbers.set(s.numbers());
            shown.set(s.shown());
        });
        showNumbers.addListener((obs, old, now) -> save());
        shown.addListener((obs, old, now) -> save());
        ImageSetup setup = saved.map(PlaygroundStore.Saved::image).orElse(ImageSetup.NONE);
        image.set(setup);
        if (setup.file() != null) {
            openImage(setup.file());
        }
    }

    /**
     * The playground of a lesson step: a fixed input, the step's kernels, nothing remembered.
     */
    public PlaygroundViewModel(Messages messages, Tensor fixed, PlaygroundState start) {
        this.messages = messages;
        this.store = PlaygroundStore.none();
        this.background = Runnable::run;
        this.ui = Runnable::run;
        this.fixedInput = true;
        state = new ReadOnlyObjectWrapper<>(this, "state", start.withChannels(fixed.shape().channels()));
        input.set(fixed);
        recompute();
    }

    /** Sobel x and Sobel y, the first edges students look for. */
    static PlaygroundState starter() {
        return new PlaygroundState(List.of(Kernel.of(KernelTransforms.preset("sobel-x", 1, new Random(0))),
                Kernel.of(KernelTransforms.preset("sobel-y", 1, new Random(0)))), 0, MapSettings.DEFAULTS);
    }

    public Messages messages() {
        return messages;
    }

    /** True for a lesson step's playground, whose input cannot be replaced. */
    public boolean fixedInput() {
        return fixedInput;
    }

    public ReadOnlyObjectProperty<PlaygroundState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PlaygroundState state() {
        return state.get();
    }

    /** The selected kernel's weights. */
    @Override
    public ObservableValue<Tensor> editedWeights() {
        if (editedWeights == null) {
            editedWeights = Bindings.createObjectBinding(() -> state().selectedKernel().weights(), state);
        }
        return editedWeights;
    }

    /** The tensor the engine convolves, or null before an image is open. */
    public ReadOnlyObjectProperty<Tensor> inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** One map per kernel, in bank order. */
    public ReadOnlyObjectProperty<List<KernelMap>> mapsProperty() {
        return maps.getReadOnlyProperty();
    }

    /** The map cell under the mouse and its computation, or null. */
    public ReadOnlyObjectProperty<CellTrace> hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImageSetup> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The last thing worth telling: an image read, a problem, a file saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Decoding progress from 0 to 1 while {@link #busyProperty()} is true. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Numbers printed in cells large enough to hold them. */
    public BooleanProperty showNumbersProperty() {
        return showNumbers;
    }

    /** True while the window shows the playground instead of the lessons; remembered. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The channel of the selected kernel the editor shows (0 for grayscale). */
    @Override
    public ReadOnlyObjectProperty<Integer> editPlaneProperty() {
        return editPlane.getReadOnlyProperty();
    }

    public void setEditPlane(int plane) {
        editPlane.set(Math.max(0, Math.min(plane, state().selectedKernel().shape().channels() - 1)));
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    // ---- kernel edits, each one undoable ----

    @Override
    public Optional<String> typeCell(int y, int x, String text) {
        return edited(KernelInput.typed(state().selectedKernel().weights(), editPlane.get(), y, x, text, messages));
    }

    /** Sets one weight of the selected kernel (plane {@link #editPlaneProperty()}). */
    public void setCell(int y, int x, float value) {
        editSelected(w -> w.with(editPlane.get(), y, x, value));
    }

    @Override
    public void beginGesture() {
        gestureStart = state();
    }

    @Override
    public void dragCell(int y, int x, float value) {
        Kernel k = state().selectedKernel();
        show(state().withKernel(state().selected(), k.withWeights(k.weights().with(editPlane.get(), y, x, value))));
    }

    @Override
    public void endGesture() {
        if (gestureStart != null && !gestureStart.equals(state())) {
            history.record(gestureStart);
            updateHistory();
            save();
        }
        gestureStart = null;
    }

    /**
     * Pastes a block of numbers (spreadsheet or NumPy text) into the selected kernel with its
     * top-left at (top, left); a kernel smaller than the block grows to fit it (up to 7×7).
     *
     * @return empty when pasted; otherwise why not, and nothing changes
     */
    @Override
    public Optional<String> paste(int top, int left, String text) {
        return edited(KernelInput.pasted(state().selectedKernel().weights(), editPlane.get(), top, left, text,
                messages));
    }

    /** Applies accepted input to the selected kernel, as one undoable edit; a refusal changes nothing. */
    private Optional<String> edited(KernelInput input) {
        if (!input.accepted()) {
            return Optional.of(input.refusal());
        }
        editSelected(w -> input.weights());
        return Optional.empty();
    }

    /** Replaces the selected kernel's weights with a preset ({@link KernelTransforms#presetNames()}). */
    public void applyPreset(String name) {
        int channels = channels();
        editSelected(w -> KernelTransforms.preset(name, channels, random));
    }

    public void normalize() {
        editSelected(KernelTransforms::normalize);
    }

    public void flip() {
        editSelected(KernelTransforms::flip);
    }

    public void transpose() {
        editSelected(KernelTransforms::transpose);
    }

    public void scale(float factor) {
        editSelected(w -> KernelTransforms.scale(w, factor));
    }

    public void clear() {
        editSelected(KernelTransforms::clear);
    }

    /** The selected kernel on a {@code height × width} grid (1 to 7 each). */
    public void resize(int height, int width) {
        editSelected(w -> KernelTransforms.resize(w, height, width));
    }

    /**
     * Sets the selected kernel's bias from typed text.
     *
     * @return empty when set; otherwise the refusal
     */
    public Optional<String> typeBias(String text) {
        try {
            float bias = NumberText.parse(text.strip());
            edit(s -> s.withKernel(s.selected(), s.selectedKernel().withBias(bias)));
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(messages.format("playground.cell.notNumber", text.strip(),
                    NumberText.format(state().selectedKernel().bias())));
        }
    }

    /** Adds a kernel (a copy of the identity preset) and selects it. */
    public void addKernel() {
        int channels = channels();
        edit(s -> s.withAdded(Kernel.of(KernelTransforms.preset("identity", channels, random))));
    }

    public void removeKernel(int index) {
        edit(s -> s.withRemoved(index));
    }

    public void select(int index) {
        edit(s -> s.withSelected(index));
        editPlane.set(Math.min(editPlane.get(), state().selectedKernel().shape().channels() - 1));
    }

    /** New map settings (stride, padding, dilation, flip, ReLU, pooling). */
    public void setSettings(MapSettings settings) {
        edit(s -> s.withSettings(settings));
    }

    public void undo() {
        history.undo(state()).ifPresent(this::restore);
    }

    public void redo() {
        history.redo(state()).ifPresent(this::restore);
    }

    private void restore(PlaygroundState restored) {
        show(restored.withChannels(channels()));
        updateHistory();
        save();
    }

    private void editSelected(UnaryOperator<Tensor> change) {
        edit(s -> s.withKernel(s.selected(), s.selectedKernel().withWeights(change.apply(s.selectedKernel().weights()))));
    }

    private void edit(UnaryOperator<PlaygroundState> change) {
        PlaygroundState before = state();
        PlaygroundState after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        history.record(before);
        show(after);
        updateHistory();
        save();
    }

    private void show(PlaygroundState next) {
        state.set(next);
        recompute();
    }

    private void updateHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private int channels() {
        return input.get() == null ? state().selectedKernel().shape().channels() : input.get().shape().channels();
    }

    /** Runs every kernel through the engine on the current input. */
    private void recompute() {
        Tensor in = input.get();
        boolean sameInput = in != null && in == computedInput;
        maps.set(in == null ? List.of()
                : FeatureMaps.update(in, state(), sameInput ? computedState : null, maps.get()));
        computedInput = in;
        computedState = state();
        CellTrace old = hover.get();
        hover.set(old == null ? null : trace(old.kernel(), old.y(), old.x()));
    }

    // ---- hover ----

    /** Shows how cell (y, x) of kernel {@code kernel}'s shown map is computed; (−1, −1) clears it. */
    public void hover(int kernel, int y, int x) {
        hover.set(y < 0 || x < 0 ? null : trace(kernel, y, x));
    }

    private CellTrace trace(int kernel, int y, int x) {
        List<KernelMap> all = maps.get();
        if (kernel < 0 || kernel >= all.size() || !all.get(kernel).ok()) {
            return null;
        }
        KernelMap map = all.get(kernel);
        if (!map.shown().shape().contains(y, x)) {
            return null;
        }
        try {
            int convY = y;
            int convX = x;
            PoolCell pool = null;
            if (map.pool() != null) {
                pool = map.pool().traceCell(map.beforePool(), 0, y, x);
                PoolTap source = pool.winner() >= 0 ? pool.winningTap()
                        : pool.taps().stream().filter(t -> !t.padding()).findFirst().orElse(pool.taps().get(0));
                convY = source.inputY();
                convX = source.inputX();
            }
            ConvCell conv = map.conv().traceCell(input.get(), 0, convY, convX);
            return new CellTrace(kernel, y, x, map.shown().get(0, y, x), conv, pool);
        } catch (EngineException e) {
            return null;
        }
    }

    // ---- the image ----

    /** Reads an image file in the background and makes it the input; a problem keeps the old input. */
    public void openImage(Path file) {
        if (fixedInput) {
            return;
        }
        int ticket = ++request;
        busy.set(true);
        progress.set(0);
        status.set(messages.format("playground.status.loading", file.getFileName()));
        ImageSetup setup = image.get().withFile(file);
        background.execute(() -> {
            try {
                DecodedImage read = ImageFiles.decodeWithin(file, MAX_DECODE_PIXELS,
                        p -> ui.execute(() -> progressOf(ticket, p)));
                Tensor tensor = convert(read, setup);
                ui.execute(() -> accept(ticket, read, setup, tensor));
            } catch (ImageProblem | RuntimeException e) {
                ui.execute(() -> refuse(ticket, e.getMessage()));
            }
        });
    }

    /** Grayscale or RGB, working size, binarising: converted again in the background from the decoded image. */
    public void setImageSetup(ImageSetup setup) {
        if (fixedInput || setup.equals(image.get())) {
            return;
        }
        DecodedImage read = decoded;
        if (read == null) {
            image.set(setup);
            save();
            return;
        }
        int ticket = ++request;
        busy.set(true);
        background.execute(() -> {
            try {
                Tensor tensor = convert(read, setup);
                ui.execute(() -> accept(ticket, read, setup, tensor));
            } catch (RuntimeException e) {
                ui.execute(() -> refuse(ticket, e.getMessage()));
            }
        });
    }

    private static Tensor convert(DecodedImage read, ImageSetup setup) {
        return ImageTensors.toTensor(read.image(), setup.options(read.image().getHeight(), read.image().getWidth()));
    }

    private void progressOf(int ticket, double fraction) {
        if (ticket == request) {
            progress.set(fraction);
        }
    }

    private void accept(int ticket, DecodedImage read, ImageSetup setup, Tensor tensor) {
        if (ticket != request) {
            return;
        }
        decoded = read;
        image.set(setup);
        input.set(tensor);
        state.set(state().withChannels(tensor.shape().channels()));
        setEditPlane(editPlane.get());
        busy.set(false);
        progress.set(1);
        String name = setup.file().getFileName().toString();
        status.set(read.downscaled()
                ? messages.format("playground.status.downscaled", name, read.fileWidth(), read.fileHeight(),
                        read.subsampling(), tensor.shape().width(), tensor.shape().height())
                : messages.format("playground.status.loaded", name, read.fileWidth(), read.fileHeight(),
                        tensor.shape().width(), tensor.shape().height()));
        recompute();
        save();
    }

    private void refuse(int ticket, String problem) {
        if (ticket != request) {
            return;
        }
        busy.set(false);
        progress.set(1);
        status.set(messages.format("playground.status.problem", problem));
    }

    // ---- exports ----

    /** Saves the selected kernel's map as a colour-mapped PNG. */
    public void exportMapPng(Path file) {
        selectedMap().ifPresentOrElse(map -> saving(file, () -> FeatureMapPng.write(map.shown(), file,
                FeatureMapPng.suggestedCellScale(map.shown().shape()))), this::reportNoMap);
    }

    /** Saves the selected kernel's map values as CSV. */
    public void exportMapCsv(Path file) {
        selectedMap().ifPresentOrElse(map -> saving(file, () -> MatrixCsv.write(map.shown(), 0, file)),
                this::reportNoMap);
    }

    /** Saves plane {@code channel} of the input tensor as CSV. */
    public void exportInputCsv(Path file, int channel) {
        Tensor in = input.get();
        if (in == null) {
            reportNoMap();
            return;
        }
        saving(file, () -> MatrixCsv.write(in, Math.min(channel, in.shape().channels() - 1), file));
    }

    /** Saves the whole setup as a lesson with one playground step ({@link PlaygroundExport}). */
    public void exportLesson(Path file) {
        Tensor in = input.get();
        if (in == null) {
            reportNoMap();
            return;
        }
        ImageSetup setup = image.get();
        PlaygroundExport.ImageSource source = fixedInput || setup.file() == null ? null
                : new PlaygroundExport.ImageSource(setup.file(), in.shape().height(), in.shape().width(),
                        in.shape().channels() == 3, setup.threshold());
        PlaygroundState s = state();
        PlaygroundExport.Setup export = new PlaygroundExport.Setup(source, in,
                s.kernels().stream().map(Kernel::weights).toList(), s.settings().stride(), s.settings().padding(),
                s.settings().relu());
        saving(file, () -> PlaygroundExport.write(export, file));
    }

    private Optional<KernelMap> selectedMap() {
        List<KernelMap> all = maps.get();
        int selected = state().selected();
        return selected < all.size() && all.get(selected).ok() ? Optional.of(all.get(selected)) : Optional.empty();
    }

    private void reportNoMap() {
        status.set(messages.format("playground.status.nothing"));
    }

    /** Something that writes a file. */
    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    private void saving(Path file, Writing writing) {
        try {
            writing.run();
            status.set(messages.format("playground.status.saved", file));
        } catch (IOException | RuntimeException e) {
            status.set(messages.format("playground.status.notSaved", file, e.getMessage()));
        }
    }

    /** Remembers the playground; a failure is told in the status line, the edit stays. */
    private void save() {
        if (fixedInput) {
            return;
        }
        try {
            store.save(new PlaygroundStore.Saved(image.get(), state(), showNumbers.get(), shown.get()));
        } catch (IOException | RuntimeException e) {
            status.set(messages.format("playground.status.notRemembered", e.getMessage()));
        }
    }
}
