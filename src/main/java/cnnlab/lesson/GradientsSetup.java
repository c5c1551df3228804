package cnnlab.lesson;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.EngineException;
import cnnlab.engine.Padding;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * A gradients step made into engine objects: the input, the pooling (one or two kinds) or the
 * convolution, and the gradient arriving at the output.
 *
 * @param input          the layer's input
 * @param pools          max and/or average pooling, max first; empty for a convolution
 * @param conv           the convolution; null for pooling
 * @param outputGradient {@code ∂L/∂out}, shaped like the output
 */
public record GradientsSetup(Tensor input, List<Pool2d> pools, Conv2d conv, Tensor outputGradient) {
    public GradientsSetup {
        pools = List.copyOf(pools);
    }

    /**
     * The engine objects of a gradients step.
     *
     * @throws ProblemsException when the step cannot be computed (never for a validated lesson)
     */
    public static GradientsSetup of(GradientsStep step, LessonTensors tensors) throws ProblemsException {
        Problems problems = new Problems("<step>");
        GradientsSetup setup = build(step, "", tensors, problems);
        problems.throwIfErrors();
        return setup;
    }

    /** The default output gradient: {@code 1, 2, 3, …} in reading order, so each value can be followed back. */
    public static Tensor countingGradient(Shape shape) {
        float[] values = new float[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        return Tensor.of(shape, values);
    }

    /** Builds the setup, reporting problems at fields below {@code path}; null after a problem. */
    static GradientsSetup build(GradientsStep step, String path, LessonTensors tensors, Problems problems) {
        int before = problems.errorCount();
        Tensor input = tensors.resolve(step.input(), SourceNode.join(path, "input"), problems);
        Tensor kernel = step.kernel() == null ? null
                : tensors.resolve(step.kernel(), SourceNode.join(path, "kernel"), problems);
        Tensor gradient = step.outputGradient() == null ? null
                : tensors.resolve(step.outputGradient(), SourceNode.join(path, "outputGradient"), problems);
        if (step.pooling() && step.kernel() != null) {
            problems.error(SourceNode.join(path, "kernel"), "a pooling layer has no kernel; use \"layer\":"
                    + " \"convolution\" to follow a gradient through a kernel");
        }
        if (!step.pooling() && step.kernel() == null) {
            problems.error(SourceNode.join(path, "layer"), "a convolution needs a \"kernel\"");
        }
        if (!step.pooling() && step.kind() != null) {
            problems.error(SourceNode.join(path, "kind"), "\"kind\" is for pooling; a convolution has one kind");
        }
        if (input == null || problems.errorCount() > before) {
            return null;
        }
        List<Pool2d> pools = new ArrayList<>();
        Conv2d conv = null;
        Shape output;
        try {
            if (step.pooling()) {
                PoolChoice choice = step.kind() == null ? PoolChoice.BOTH : step.kind();
                for (PoolKind kind : choice == PoolChoice.BOTH ? List.of(PoolKind.MAX, PoolKind.AVG)
                        : List.of(choice == PoolChoice.AVG ? PoolKind.AVG : PoolKind.MAX)) {
                    pools.add(new Pool2d(new PoolSpec(step.size(), step.stride(), 0, kind)));
                }
                output = pools.get(0).outputShape(input.shape());
            } else {
                conv = new Conv2d(List.of(kernel), new float[0], new ConvSpec(kernel.shape().height(),
                        kernel.shape().width(), step.stride(), Padding.NONE, 1), false);
                output = conv.outputShape(input.shape());
            }
        } catch (EngineException e) {
            problems.error(SourceNode.join(path, step.pooling() ? "size" : "kernel"), e.getMessage());
            return null;
        }
        if (gradient == null) {
            gradient = countingGradient(output);
        } else if (!gradient.shape().equals(output)) {
            problems.error(SourceNode.join(path, "outputGradient"), "the output gradient must have the output's shape, "
                    + output.height() + "×" + output.width() + (output.channels() > 1 ? " in " + output.channels()
                    + " maps" : "") + ", but it is " + gradient.shape().height() + "×" + gradient.shape().width()
                    + (gradient.shape().channels() > 1 ? " in " + gradient.shape().channels() + " maps" : ""));
            return null;
        }
        return new GradientsSetup(input, pools, conv, gradient);
    }
}
