package cnnlab.ui.network;

import cnnlab.lesson.ParameterCounterStep;
import cnnlab.timeline.Playhead;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.StageViewModel;
import java.text.NumberFormat;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The live parameter counter: an image side on a slider, and the parameters a fully connected
 * layer and a convolution need for that image, both counted by the engine's network summaries
 * ({@link ParameterCounterStep#denseNetwork}, {@link ParameterCounterStep#convNetwork}).
 */
public final class CounterViewModel implements StageViewModel {
    private final ParameterCounterStep step;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Playhead<?>> noAnimation = new ReadOnlyObjectWrapper<>(this, "playhead");
    private final IntegerProperty size = new SimpleIntegerProperty(this, "size");
    private final ReadOnlyLongWrapper dense = new ReadOnlyLongWrapper(this, "dense");
    private final ReadOnlyLongWrapper conv = new ReadOnlyLongWrapper(this, "conv");
    private final ReadOnlyStringWrapper imageText = new ReadOnlyStringWrapper(this, "imageText", "");
    private final ReadOnlyStringWrapper denseText = new ReadOnlyStringWrapper(this, "denseText", "");
    private final ReadOnlyStringWrapper convText = new ReadOnlyStringWrapper(this, "convText", "");
    private final ReadOnlyStringWrapper ratioText = new ReadOnlyStringWrapper(this, "ratioText", "");
    private final InvalidationListener languageListener = obs -> refresh();

    public CounterViewModel(ParameterCounterStep step, Messages messages) {
        this.step = step;
        this.messages = messages;
        size.set(step.size());
        size.addListener(obs -> refresh());
        messages.languageProperty().addListener(languageListener);
        refresh();
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return noAnimation.getReadOnlyProperty();
    }

    @Override
    public void dispose() {
        messages.languageProperty().removeListener(languageListener);
    }

    public int minSize() {
        return step.minSize();
    }

    public int maxSize() {
        return step.maxSize();
    }

    /** The image side; the slider writes it, clamped to the lesson's range. */
    public IntegerProperty sizeProperty() {
        return size;
    }

    public ReadOnlyLongProperty denseProperty() {
        return dense.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty convProperty() {
        return conv.getReadOnlyProperty();
    }

    /** "100 × 100 × 3 image = 30,000 inputs". */
    public ReadOnlyStringProperty imageTextProperty() {
        return imageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty denseTextProperty() {
        return denseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty convTextProperty() {
        return convText.getReadOnlyProperty();
    }

    /** How many times more the dense layer needs. */
    public ReadOnlyStringProperty ratioTextProperty() {
        return ratioText.getReadOnlyProperty();
    }

    private void refresh() {
        int side = Math.max(step.minSize(), Math.min(step.maxSize(), size.get()));
        if (side != size.get()) {
            size.set(side);
            return;
        }
        dense.set(step.denseNetwork(side).summarize().totalParams());
        conv.set(step.convNetwork(side).summarize().totalParams());
        NumberFormat grouped = NumberFormat.getIntegerInstance(messages.language().locale());
        imageText.set(messages.format("counter.image", side, step.channels(),
                grouped.format((long) side * side * step.channels())));
        denseText.set(messages.format("counter.dense", grouped.format(step.neurons()), grouped.format(dense.get())));
        convText.set(messages.format("counter.conv", step.filters(), step.kernel(), step.channels(),
                grouped.format(conv.get())));
        ratioText.set(messages.format("counter.ratio", grouped.format(Math.round((double) dense.get() / conv.get()))));
    }
}
