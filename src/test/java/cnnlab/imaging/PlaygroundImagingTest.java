package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image steps of the playground: working size, resize and binarise on small known images, big files. */
class PlaygroundImagingTest {

    /** A 4×4 gray image whose samples are 0, 17, 34, …, 255 row by row (k·17 for k = 0…15). */
    private static BufferedImage ramp() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                image.getRaster().setSample(x, y, 0, (y * 4 + x) * 17);
            }
        }
        return image;
    }

    @Test
    void resizingTheRampToTwoByTwoAveragesEachBlockExactly() {
        ImageOptions options = new WorkingSize(2).applyTo(ImageOptions.grayscale(), 4, 4);

        Tensor tensor = ImageTensors.toTensor(ramp(), options);

        // Block (0,0) holds k = 0, 1, 4, 5: mean 2.5 → 2.5·17/255 = 1/6; the other blocks add 2, 8, 10 to k.
        assertEquals(new Shape(1, 2, 2), tensor.shape());
        float[] expected = {2.5f * 17 / 255, 4.5f * 17 / 255, 10.5f * 17 / 255, 12.5f * 17 / 255};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], tensor.getFlat(i), 1e-6f, "cell " + i);
        }
    }

    @Test
    void binarisingAfterTheResizeComparesEachAverageWithTheThreshold() {
        ImageOptions options = new WorkingSize(2).applyTo(ImageOptions.grayscale(), 4, 4).binarized(0.5f);

        Tensor tensor = ImageTensors.toTensor(ramp(), options);

        // Averages 1/6, 0.3, 0.7, 5/6: the first two lie below one half.
        assertEquals(Tensor.of(new float[][] {{0, 0}, {1, 1}}), tensor);
    }

    @Test
    void binarisingAtTheFullSizeKeepsEverySampleAtOrAboveTheThreshold() {
        Tensor tensor = ImageTensors.toTensor(ramp(), ImageOptions.grayscale().binarized(136 / 255f));

        // Samples 136 (k = 8) and up become 1: the lower two rows.
        assertEquals(Tensor.of(new float[][] {{0, 0, 0, 0}, {0, 0, 0, 0}, {1, 1, 1, 1}, {1, 1, 1, 1}}), tensor);
    }

    @Test
    void workingSizesKeepTheAspectRatioOnTheLongerSide() {
        assertEquals(new Shape(1, 28, 21), new WorkingSize(28).fit(400, 300));
        assertEquals(new Shape(1, 3, 6), new WorkingSize(6).fit(100, 200));
        assertEquals(new Shape(1, 1, 64), new WorkingSize(64).fit(2, 1000));
        assertEquals(new Shape(1, 300, 200), WorkingSize.FULL.fit(300, 200));
        assertEquals(new Shape(1, 512, 256), WorkingSize.FULL.fit(10_000, 5_000));
        assertThrows(IllegalArgumentException.class, () -> new WorkingSize(WorkingSize.FULL_LIMIT + 1));
    }

    @Test
    void aLargeImageIsSubsampledWhileDecodingAndReportsItsFileSize(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("wide.png");
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 300; x++) {
            image.getRaster().setSample(x, 0, 0, x % 256);
        }
        ImageIO.write(image, "png", file.toFile());
        List<Double> progress = new ArrayList<>();

        DecodedImage decoded = ImageFiles.decodeWithin(file, 100 * 100, progress::add);

        // n = ⌈√(60000/10000)⌉ = 3: ⌈300/3⌉·⌈200/3⌉ = 100·67 = 6700 pixels; columns 0, 3, 6, … are read.
        assertEquals(3, decoded.subsampling());
        assertTrue(decoded.downscaled());
        assertEquals(300, decoded.fileWidth());
        assertEquals(200, decoded.fileHeight());
        assertEquals(100, decoded.image().getWidth());
        assertEquals(67, decoded.image().getHeight());
        assertEquals(6, decoded.image().getRaster().getSample(2, 0, 0));
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    @Test
    void aSmallImageIsDecodedWhole(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("ramp.png");
        ImageIO.write(ramp(), "png", file.toFile());

        DecodedImage decoded = ImageFiles.decodeWithin(file, 1000, p -> { });

        assertFalse(decoded.downscaled());
        assertEquals(ImageTensors.grayscale(ramp()), ImageTensors.grayscale(decoded.image()));
    }

    @Test
    void aBrokenFileIsRefusedWithItsName(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("broken.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        ImageProblem problem = assertThrows(ImageProblem.class, () -> ImageFiles.decodeWithin(file, 1000, p -> { }));

        assertTrue(problem.getMessage().startsWith(file + ": "), problem.getMessage());
    }

    @Test
    void subsamplingIsTheSmallestStepThatFits() {
        assertEquals(1, ImageFiles.subsampling(100, 100, 10_000));
        assertEquals(2, ImageFiles.subsampling(101, 100, 10_000));
        assertEquals(100, ImageFiles.subsampling(10_000, 10_000, 10_000));
    }

    @Test
    void pastedBlocksFromSpreadsheetsAndNumpyReadAlike() throws MatrixProblem {
        Tensor expected = Tensor.of(new float[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});

        assertEquals(expected, PastedMatrix.parse("1\t0\t-1\n2\t0\t-2\n1\t0\t-1\n"));
        assertEquals(expected, PastedMatrix.parse("[[1, 0, -1],\n [2, 0, -2],\n [1, 0, -1]]"));
        assertEquals(expected, PastedMatrix.parse("array([[ 1.,  0., -1.],\n       [ 2.,  0., -2.],\n       [ 1.,  0., -1.]])"));
        assertEquals(expected, PastedMatrix.parse("1 0 -1; 2 0 -2; 1 0 -1"));
        assertEquals(expected, PastedMatrix.parse("1,0,-1\r\n2,0,-2\r\n1,0,-1"));
    }

    @Test
    void aPastedWordIsRefusedWithItsPlace() {
        MatrixProblem problem = assertThrows(MatrixProblem.class, () -> PastedMatrix.parse("1 2\n3 abc"));
        assertEquals("row 2, column 2: 'abc' is not a number", problem.getMessage());
        assertThrows(MatrixProblem.class, () -> PastedMatrix.parse("1 2\n3"));
    }
}
