package cnnlab.bench;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.util.concurrent.TimeUnit;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.imgproc.Imgproc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The peers of {@link ConvolutionBenchmark}, on the same sizes and kernels. Neither has a stride,
 * so they always compute every position (a stride-2 CNN Lab row is compared with these).
 * {@code ConvolveOp} runs on an 8-bit gray image (it rejects float rasters, flips the kernel and
 * clamps to 0–255) and leaves a border of kernel/2 pixels (EDGE_ZERO_FILL) or copies it (EDGE_NO_OP).
 * OpenCV's {@code filter2D} runs on CV_32F with zero padding ({@code BORDER_CONSTANT}) on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeerConvolutionBenchmark {
    @Param({"512", "1024", "2048"})
    public int size;

    @Param({"3", "5"})
    public int kernel;

    @Param({"same", "valid"})
    public String padding;

    private BufferedImage grayIn;
    private BufferedImage grayOut;
    private ConvolveOp convolveOp;
    private Mat cvIn;
    private Mat cvOut;
    private Mat cvKernel;

    @Setup
    public void setUp() {
        float[] weights = BenchInputs.blurKernel(kernel);
        float[] values = BenchInputs.values(1, size * size);

        grayIn = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) grayIn.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.round((values[i] + 1) * 127.5f);
        }
        grayOut = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        int edge = "same".equals(padding) ? ConvolveOp.EDGE_ZERO_FILL : ConvolveOp.EDGE_NO_OP;
        convolveOp = new ConvolveOp(new Kernel(kernel, kernel, weights), edge, null);

        OpenCvNatives.load();
        Core.setNumThreads(1);
        cvIn = new Mat(size, size, CvType.CV_32F);
        cvIn.put(0, 0, values);
        cvOut = new Mat(size, size, CvType.CV_32F);
        cvKernel = new Mat(kernel, kernel, CvType.CV_32F);
        cvKernel.put(0, 0, weights);
    }

    @TearDown
    public void tearDown() {
        cvIn.release();
        cvOut.release();
        cvKernel.release();
    }

    @Benchmark
    public BufferedImage convolveOp() {
        return convolveOp.filter(grayIn, grayOut);
    }

    @Benchmark
    public Mat openCvFilter2D() {
        Imgproc.filter2D(cvIn, cvOut, -1, cvKernel, new Point(-1, -1), 0, Core.BORDER_CONSTANT);
        return cvOut;
    }
}
