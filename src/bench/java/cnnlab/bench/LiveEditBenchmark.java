package cnnlab.bench;

import cnnlab.engine.Conv2d;
import cnnlab.engine.Padding;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.imaging.DivergingColorMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The live-edit path without the UI: one kernel cell changed, the 512×512 feature map recomputed
 * ({@code same} padding), then colour-mapped into the ARGB pixels a view draws. Each call edits
 * the kernel again, so nothing is reused that an edit would invalidate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LiveEditBenchmark {
    private Tensor input;
    private Tensor kernel;
    private int[] pixels;
    private Tensor featureMap;
    private int edits;

    @Setup
    public void setUp() {
        input = BenchInputs.image(5, 1, 512);
        kernel = Tensor.of(Shape.of(3, 3), BenchInputs.blurKernel(3));
        pixels = new int[512 * 512];
        featureMap = edited().apply(input);
    }

    /** The current kernel with its centre cell changed, as a student's edit would. */
    private Conv2d edited() {
        edits++;
        Tensor changed = kernel.with(0, 1, 1, (edits % 20) / 10f - 1f);
        return Conv2d.of(changed, 1, Padding.same(512, 512, 3, 3, 1, 1), 1);
    }

    @Benchmark
    public int[] editRecomputeColour() {
        DivergingColorMap.BLUE_ORANGE.fill(edited().apply(input), 0, pixels);
        return pixels;
    }

    @Benchmark
    public int[] editRecomputeColourOneThread() {
        DivergingColorMap.BLUE_ORANGE.fill(edited().apply(input, 1), 0, pixels);
        return pixels;
    }

    @Benchmark
    public Tensor editRecomputeOnly() {
        return edited().apply(input);
    }

    @Benchmark
    public int[] colourOnly() {
        DivergingColorMap.BLUE_ORANGE.fill(featureMap, 0, pixels);
        return pixels;
    }
}
