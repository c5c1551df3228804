package cnnlab.ui.playground;

import cnnlab.engine.Activations;
import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.EngineException;
import cnnlab.engine.Padding;
import cnnlab.engine.PoolKind;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the filter bank through the engine's fast path: for each kernel {@link Conv2d#apply},
 * then {@link Activations#relu} and {@link Pool2d#apply} when they are on. Computes nothing itself.
 */
public final class FeatureMaps {
    private FeatureMaps() {
    }

    /** Every kernel's map of {@code input}; a kernel that does not fit gets a problem instead. */
    public static List<KernelMap> compute(Tensor input, PlaygroundState state) {
        List<KernelMap> maps = new ArrayList<>(state.kernels().size());
        for (Kernel kernel : state.kernels()) {
            maps.add(compute(input, kernel, state.settings()));
        }
        return List.copyOf(maps);
    }

    /**
     * Every kernel's map, reusing from {@code previous} (computed for {@code previousState} on the
     * same input) the maps of kernels that did not change, so an edit recomputes one map.
     */
    public static List<KernelMap> update(Tensor input, PlaygroundState state, PlaygroundState previousState,
                                         List<KernelMap> previous) {
        if (previousState == null || !previousState.settings().equals(state.settings())
                || previous.size() != previousState.kernels().size()) {
            return compute(input, state);
        }
        List<KernelMap> maps = new ArrayList<>(state.kernels().size());
        for (int i = 0; i < state.kernels().size(); i++) {
            Kernel kernel = state.kernels().get(i);
            int same = previousState.kernels().indexOf(kernel);
            maps.add(same >= 0 ? previous.get(same) : compute(input, kernel, state.settings()));
        }
        return List.copyOf(maps);
    }

    /** One kernel's map. */
    public static KernelMap compute(Tensor input, Kernel kernel, MapSettings settings) {
        try {
            Conv2d conv = convolution(input.shape(), kernel, settings);
            Tensor map = conv.apply(input);
            if (settings.relu()) {
                map = Activations.relu(map);
            }
            if (settings.pooling() == Pooling.NONE) {
                return new KernelMap(conv, map, null, map, null);
            }
            Pool2d pool = new Pool2d(PoolSpec.of(settings.poolSize(),
                    settings.pooling() == Pooling.MAX ? PoolKind.MAX : PoolKind.AVG));
            return new KernelMap(conv, map, pool, pool.apply(map), null);
        } catch (EngineException e) {
            return KernelMap.failed(e.getMessage());
        }
    }

    /** The engine's convolution for one kernel: its padding resolved for this input size. */
    public static Conv2d convolution(Shape input, Kernel kernel, MapSettings settings) {
        Shape k = kernel.shape();
        Padding padding = settings.padding().resolve(input.height(), input.width(), k.height(), k.width(),
                settings.stride(), settings.dilation());
        ConvSpec spec = new ConvSpec(k.height(), k.width(), settings.stride(), padding, settings.dilation());
        return new Conv2d(List.of(kernel.weights()), new float[] {kernel.bias()}, spec, settings.flip());
    }
}
