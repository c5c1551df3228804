package cnnlab.ui.playground;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything undo and redo step through: the kernels, which one is being edited, and how the
 * maps are computed. Immutable; the {@code with…} methods return changed copies.
 *
 * @param kernels  the filter bank, at least one
 * @param selected the kernel the editor shows
 * @param settings stride, padding, dilation, flip, ReLU, pooling
 */
public record PlaygroundState(List<Kernel> kernels, int selected, MapSettings settings) {

    public PlaygroundState {
        kernels = List.copyOf(kernels);
        if (kernels.isEmpty()) {
            throw new IllegalArgumentException("the bank needs at least one kernel");
        }
        selected = Math.max(0, Math.min(selected, kernels.size() - 1));
    }

    /** The kernel the editor shows. */
    public Kernel selectedKernel() {
        return kernels.get(selected);
    }

    /** The same state with kernel {@code index} replaced. */
    public PlaygroundState withKernel(int index, Kernel kernel) {
        List<Kernel> changed = new ArrayList<>(kernels);
        changed.set(index, kernel);
        return new PlaygroundState(changed, selected, settings);
    }

    /** A kernel added at the end and selected. */
    public PlaygroundState withAdded(Kernel kernel) {
        List<Kernel> changed = new ArrayList<>(kernels);
        changed.add(kernel);
        return new PlaygroundState(changed, changed.size() - 1, settings);
    }

    /** Kernel {@code index} removed (the last one stays). */
    public PlaygroundState withRemoved(int index) {
        if (kernels.size() == 1) {
            return this;
        }
        List<Kernel> changed = new ArrayList<>(kernels);
        changed.remove(index);
        return new PlaygroundState(changed, Math.min(selected, changed.size() - 1), settings);
    }

    public PlaygroundState withSelected(int index) {
        return new PlaygroundState(kernels, index, settings);
    }

    public PlaygroundState withSettings(MapSettings value) {
        return new PlaygroundState(kernels, selected, value);
    }

    /** Every kernel's weights with {@code channels} planes ({@link KernelTransforms#withChannels}). */
    public PlaygroundState withChannels(int channels) {
        return new PlaygroundState(kernels.stream()
                .map(k -> k.withWeights(KernelTransforms.withChannels(k.weights(), channels))).toList(),
                selected, settings);
    }
}
