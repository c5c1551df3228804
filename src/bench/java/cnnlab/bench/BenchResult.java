package cnnlab.bench;

import java.util.Arrays;
import java.util.Map;

/**
 * One benchmark's outcome as JMH recorded it.
 *
 * @param benchmark   the class's simple name and method, e.g. {@code ConvolutionBenchmark.naiveLoop}
 * @param params      the {@code @Param} values
 * @param iterationsMs the mean time of each measurement iteration, in milliseconds
 */
record BenchResult(String benchmark, Map<String, String> params, double[] iterationsMs) {

    /** The median of the iteration means: robust to one iteration disturbed by another process. */
    double medianMs() {
        double[] sorted = iterationsMs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** True when this is {@code method} of a class whose simple name is {@code className}. */
    boolean is(String className, String method) {
        return benchmark.equals(className + "." + method);
    }

    /** The identity used when later runs replace earlier ones: benchmark plus parameters. */
    String key() {
        return benchmark + new java.util.TreeMap<>(params);
    }
}
