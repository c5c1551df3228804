package cnnlab.bench;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.ReferenceLoops;
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
 * Single-channel float convolution with CNN Lab's engine (one and two threads, into a reused
 * buffer as a redrawn feature map would be) and with the naive reference loop, in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConvolutionBenchmark {
    @Param({"512", "1024", "2048"})
    public int size;

    @Param({"3", "5"})
    public int kernel;

    @Param({"same", "valid"})
    public String padding;

    @Param({"1", "2"})
    public int stride;

    private Tensor input;
    private Conv2d conv;
    private float[] target;
    private float[][][] nestedInput;
    private float[][][][] nestedKernel;

    @Setup
    public void setUp() {
        input = BenchInputs.image(1, 1, size);
        ConvSpec spec = BenchInputs.spec(padding, size, kernel, stride);
        Tensor weights = Tensor.of(Shape.of(kernel, kernel), BenchInputs.blurKernel(kernel));
        conv = new Conv2d(List.of(weights), new float[0], spec, false);
        target = new float[conv.outputShape(input.shape()).size()];
        nestedInput = input.toNested();
        nestedKernel = new float[][][][] {weights.toNested()};
    }

    @Benchmark
    public Shape cnnLabOneThread() {
        return conv.applyInto(input, target, 1);
    }

    @Benchmark
    public Shape cnnLabTwoThreads() {
        return conv.applyInto(input, target, 2);
    }

    @Benchmark
    public double[][][] naiveLoop() {
        Padding p = conv.spec().padding();
        return ReferenceLoops.convolve(nestedInput, nestedKernel, new float[0], stride, p.top(), p.bottom(), p.left(),
                p.right(), 1, false);
    }
}
