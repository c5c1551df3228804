package cnnlab.bench;

import cnnlab.engine.Conv2d;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code Conv2d.apply}'s new output tensor costs over {@code applyInto} a reused buffer
 * (3×3 {@code same}, stride 1, one thread): the JVM zeroes every new array, and G1 places arrays
 * of half a heap region or more (2 MiB with its default regions here) outside the young
 * generation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NewTensorBenchmark {
    @Param({"512", "1024", "2048"})
    public int size;

    private Tensor input;
    private Conv2d conv;

    @Setup
    public void setUp() {
        input = BenchInputs.image(1, 1, size);
        Tensor weights = Tensor.of(Shape.of(3, 3), BenchInputs.blurKernel(3));
        conv = new Conv2d(List.of(weights), new float[0], BenchInputs.spec("same", size, 3, 1), false);
    }

    @Benchmark
    public Tensor applyNewTensorOneThread() {
        return conv.apply(input, 1);
    }
}
