package cnnlab.engine.training;

import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolCell;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.PoolTap;
import cnnlab.engine.PoolTrace;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * Max or average pooling. The forward pass is {@link Pool2d#apply}; the backward pass takes the
 * engine's {@link Pool2d#trace} of the same input and routes each gradient through exactly the
 * window and winner the engine used:
 * <pre>
 *   max:     ∂L/∂in[c][winner] += g[c][y][x]            (only the first largest real cell; ties as in Pool2d)
 *   average: ∂L/∂in[c][u][v]   += g[c][y][x] / n        for each of the n real (non-padding) cells
 * </pre>
 * Cells in several windows add up what each window sends.
 */
public final class PoolLayer extends LayerBase {
    private final Pool2d pool;
    private Tensor input;

    /** @throws cnnlab.engine.EngineException when the window does not fit the input */
    public PoolLayer(String name, PoolSpec spec, Shape input) {
        super(name, input, new Pool2d(spec).outputShape(input));
        this.pool = new Pool2d(spec);
    }

    public PoolSpec spec() {
        return pool.spec();
    }

    /** {@link Pool2d#apply}. Modified: the remembered input. */
    @Override
    public Tensor forward(Tensor input) {
        checkInput(input);
        this.input = input;
        return pool.apply(input);
    }

    /** Routes {@code ∂L/∂out} back as the class comment says; returns {@code ∂L/∂in}. */
    @Override
    public Tensor backward(Tensor outputGradient) {
        checkGradient(outputGradient, input);
        return route(pool.trace(input), outputGradient);
    }

    /**
     * The input gradient of a pooling given its trace: max pooling sends each value to the
     * winning cell only, average pooling spreads it evenly over the real cells it counted.
     * Not modified: the arguments.
     */
    public static Tensor route(PoolTrace trace, Tensor outputGradient) {
        Shape in = trace.input();
        float[] dx = new float[in.size()];
        boolean max = trace.spec().kind() == PoolKind.MAX;
        for (int i = 0; i < trace.cells().size(); i++) {
            PoolCell cell = trace.cells().get(i);
            float g = outputGradient.getFlat(i);
            if (max) {
                PoolTap winner = cell.winningTap();
                dx[in.index(cell.channel(), winner.inputY(), winner.inputX())] += g;
                continue;
            }
            int real = 0;
            for (PoolTap tap : cell.taps()) {
                real += tap.padding() ? 0 : 1;
            }
            for (PoolTap tap : cell.taps()) {
                if (!tap.padding()) {
                    dx[in.index(cell.channel(), tap.inputY(), tap.inputX())] += g / real;
                }
            }
        }
        return Tensor.of(in, dx);
    }
}
