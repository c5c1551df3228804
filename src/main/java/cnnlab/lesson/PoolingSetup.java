package cnnlab.lesson;

import cnnlab.engine.EngineException;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * A pooling step made into engine objects: the map that is pooled (the input, or the output of
 * the step's convolution) and one {@link Pool2d} per kind shown (max first when both).
 *
 * @param convolution the convolution before pooling, or null
 * @param map         the map the pooling windows slide over
 * @param pools       one or two poolings: max, avg, or max then avg
 */
public record PoolingSetup(ConvolutionSetup convolution, Tensor map, List<Pool2d> pools) {
    public PoolingSetup {
        pools = List.copyOf(pools);
    }

    /** The pooled maps, in the order of {@link #pools}. */
    public List<Tensor> outputs() {
        return pools.stream().map(pool -> pool.apply(map)).toList();
    }

    /**
     * The engine objects of a pooling step.
     *
     * @throws ProblemsException when the step cannot be computed (never for a validated lesson)
     */
    public static PoolingSetup of(PoolingStep step, LessonTensors tensors) throws ProblemsException {
        Problems problems = new Problems("<step>");
        PoolingSetup setup = build(step, "", tensors, problems);
        problems.throwIfErrors();
        return setup;
    }

    /** Builds the setup, reporting problems at fields below {@code path}; null after a problem. */
    static PoolingSetup build(PoolingStep step, String path, LessonTensors tensors, Problems problems) {
        Tensor input = tensors.resolve(step.input(), SourceNode.join(path, "input"), problems);
        ConvolutionSetup convolution = step.convolution() == null ? null : ConvolutionSetup.build(input,
                step.convolution(), SourceNode.join(path, "convolution"), tensors, problems);
        if (input == null || step.convolution() != null && convolution == null) {
            return null;
        }
        Tensor map = convolution == null ? input : convolution.output();
        List<Pool2d> pools = new ArrayList<>();
        List<PoolKind> kinds = step.kind() == PoolChoice.BOTH ? List.of(PoolKind.MAX, PoolKind.AVG)
                : List.of(step.kind() == PoolChoice.AVG ? PoolKind.AVG : PoolKind.MAX);
        try {
            for (PoolKind kind : kinds) {
                pools.add(new Pool2d(new PoolSpec(step.size(), step.stride(), step.padding(), kind)));
            }
        } catch (EngineException e) {
            problems.error(SourceNode.join(path, "padding"), e.getMessage());
            return null;
        }
        try {
            pools.get(0).outputShape(map.shape());
        } catch (EngineException e) {
            problems.error(SourceNode.join(path, "size"), e.getMessage());
            return null;
        }
        return new PoolingSetup(convolution, map, pools);
    }
}
