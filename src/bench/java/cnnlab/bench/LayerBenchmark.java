package cnnlab.bench;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A conv layer forward, {@code Conv2d(3, 8, 3, padding=1)} on a 3×512×512 input, then 2×2 max
 * pooling, all on one thread; with the parts timed alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LayerBenchmark {
    private Tensor input;
    private Conv2d conv;
    private Pool2d pool;
    private Tensor featureMaps;
    private float[] target;

    @Setup
    public void setUp() {
        input = BenchInputs.image(3, 3, 512);
        List<Tensor> filters = new ArrayList<>();
        for (int f = 0; f < 8; f++) {
            filters.add(Tensor.of(new Shape(3, 3, 3), BenchInputs.values(100 + f, 27)));
        }
        conv = new Conv2d(filters, BenchInputs.values(99, 8), ConvSpec.square(3, 1, 1, 1), false);
        pool = new Pool2d(PoolSpec.of(2, PoolKind.MAX));
        featureMaps = conv.apply(input, 1);
        target = new float[featureMaps.shape().size()];
    }

    @Benchmark
    public Tensor convThenMaxPool() {
        return pool.apply(conv.apply(input, 1), 1);
    }

    @Benchmark
    public Shape convIntoReusedBuffer() {
        return conv.applyInto(input, target, 1);
    }

    @Benchmark
    public Tensor maxPoolOnly() {
        return pool.apply(featureMaps, 1);
    }
}
