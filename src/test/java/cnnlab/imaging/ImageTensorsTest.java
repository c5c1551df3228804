package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageTensorsTest {

    private static final float EXACT = 1e-7f;

    /** Red, green / blue, a dark gray-blue; 2×2 opaque. */
    private static BufferedImage fourColours() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 0, 0x00FF00);
        image.setRGB(0, 1, 0x0000FF);
        image.setRGB(1, 1, 0x0A141E);
        return image;
    }

    @Test
    void grayscaleIsTheBt601LumaOfEachPixel() {
        Tensor gray = ImageTensors.grayscale(fourColours());

        assertEquals(new Shape(1, 2, 2), gray.shape());
        assertEquals(0.299f, gray.get(0, 0, 0), EXACT);
        assertEquals(0.587f, gray.get(0, 0, 1), EXACT);
        assertEquals(0.114f, gray.get(0, 1, 0), EXACT);
        assertEquals((0.299f * 10 + 0.587f * 20 + 0.114f * 30) / 255f, gray.get(0, 1, 1), EXACT);
    }

    @Test
    void rgbKeepsTheThreeChannelsScaledToOne() {
        Tensor rgb = ImageTensors.rgb(fourColours());

        assertEquals(new Shape(3, 2, 2), rgb.shape());
        assertEquals(Tensor.of(new float[][][] {
            {{1, 0}, {0, 10 / 255f}},
            {{0, 1}, {0, 20 / 255f}},
            {{0, 0}, {1, 30 / 255f}}}), rgb);
    }

    @Test
    void grayImagesKeepTheirSampleValuesExactly() {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 0);
        image.getRaster().setSample(1, 0, 0, 128);
        image.getRaster().setSample(2, 0, 0, 255);

        Tensor gray = ImageTensors.grayscale(image);

        assertEquals(Tensor.of(new float[][] {{0, 128 / 255f, 1}}), gray);
        // getRGB would colour-convert the gray and change the middle value; we must not.
        assertNotEquals(128, image.getRGB(1, 0) & 0xFF);
        assertEquals(Tensor.stack(java.util.List.of(gray, gray, gray)), ImageTensors.rgb(image));
    }

    @Test
    void sixteenBitGrayIsScaledByItsOwnMaximum() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSample(0, 0, 0, 65535);
        image.getRaster().setSample(1, 0, 0, 13107);

        assertEquals(Tensor.of(new float[][] {{1, 0.2f}}), ImageTensors.grayscale(image));
    }

    @Test
    void transparentPixelsAreCompositedOverBlack() {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00FFFFFF);
        image.setRGB(1, 0, 0xFFFFFFFF);
        image.setRGB(2, 0, 0x80FFFFFF);

        Tensor gray = ImageTensors.grayscale(image);

        assertEquals(0f, gray.get(0, 0, 0));
        assertEquals(1f, gray.get(0, 0, 1));
        assertEquals(128 / 255f, gray.get(0, 0, 2), EXACT);
    }

    @Test
    void optionsResizeThenBinarize() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
        int[] samples = {255, 255, 0, 255, 255, 0, 0, 0};
        image.getRaster().setSamples(0, 0, 4, 2, 0, samples);

        Tensor averaged = ImageTensors.toTensor(image, ImageOptions.grayscale().resizedTo(1, 2));
        Tensor binary = ImageTensors.toTensor(image, ImageOptions.grayscale().resizedTo(1, 2).binarized(0.5f));

        assertEquals(Tensor.of(new float[][] {{0.75f, 0.25f}}), averaged);
        assertEquals(Tensor.of(new float[][] {{1, 0}}), binary);
    }

    @Test
    void binarizeMakesZerosAndOnesAtTheThreshold() {
        Tensor values = Tensor.of(new float[][] {{0.2f, 0.5f, 0.7f, -1f}});

        assertEquals(Tensor.of(new float[][] {{0, 1, 1, 0}}), ImageTensors.binarize(values, 0.5f));
    }
}
