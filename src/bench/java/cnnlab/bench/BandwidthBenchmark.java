package cnnlab.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * This machine's memory bandwidth on 2048×2048 float arrays (16 MiB each, the size of a 2048²
 * map): a copy moves 2 arrays, a STREAM-style triad {@code a = b + s·c} 3. The report turns the
 * times into GB/s, the limit a 2048² convolution's effective GB/s is read against.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BandwidthBenchmark {
    /** Floats per array: 2048². */
    public static final int FLOATS = 2048 * 2048;

    private float[] a;
    private float[] b;
    private float[] c;
    private ExecutorService second;

    @Setup
    public void setUp() {
        a = new float[FLOATS];
        b = BenchInputs.values(7, FLOATS);
        c = BenchInputs.values(8, FLOATS);
        second = Executors.newSingleThreadExecutor();
    }

    @TearDown
    public void tearDown() {
        second.shutdownNow();
    }

    @Benchmark
    public float[] copyOneThread() {
        System.arraycopy(b, 0, a, 0, FLOATS);
        return a;
    }

    @Benchmark
    public float[] triadOneThread() {
        triad(0, FLOATS);
        return a;
    }

    @Benchmark
    public float[] copyTwoThreads() throws InterruptedException, ExecutionException {
        Future<?> other = second.submit(() -> System.arraycopy(b, FLOATS / 2, a, FLOATS / 2, FLOATS / 2));
        System.arraycopy(b, 0, a, 0, FLOATS / 2);
        other.get();
        return a;
    }

    @Benchmark
    public float[] triadTwoThreads() throws InterruptedException, ExecutionException {
        Future<?> other = second.submit(() -> triad(FLOATS / 2, FLOATS));
        triad(0, FLOATS / 2);
        other.get();
        return a;
    }

    private void triad(int from, int to) {
        float s = 3f;
        float[] x = a;
        float[] y = b;
        float[] z = c;
        for (int i = from; i < to; i++) {
            x[i] = y[i] + s * z[i];
        }
    }
}
