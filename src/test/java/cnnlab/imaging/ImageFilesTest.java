package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageFilesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("sample-images");

    /** The curriculum's diagonal-detector input (lesson 3). */
    private static final float[][] CURRICULUM_DIAGONAL = {
        {1, 0, 0, 0, 0, 1},
        {0, 1, 0, 0, 1, 0},
        {0, 0, 1, 1, 0, 0},
        {1, 0, 0, 0, 1, 0},
        {0, 1, 0, 0, 1, 0},
        {0, 0, 1, 0, 1, 0},
    };

    @TempDir
    Path temp;

    @Test
    void committedDiagonalSampleReadsAsTheCurriculumMatrix() throws ImageProblem {
        Tensor diagonal = ImageFiles.read(SAMPLES.resolve("diagonal-6x6.png"), ImageOptions.grayscale());

        assertEquals(Tensor.of(CURRICULUM_DIAGONAL), diagonal);
    }

    @Test
    void rgbSampleHasThreeChannels() throws ImageProblem {
        Tensor scene = ImageFiles.read(SAMPLES.resolve("scene-256.png"), ImageOptions.rgb().resizedTo(24, 32));

        assertEquals(new Shape(3, 24, 32), scene.shape());
        assertTrue(scene.min() >= 0 && scene.max() <= 1, scene.min() + ".." + scene.max());
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "bmp", "gif"})
    void losslessFormatsReadBackTheExactPixels(String format) throws IOException, ImageProblem {
        // RGB with gray colours and at least 5 rows: the JDK's GIF writer mangles TYPE_BYTE_GRAY
        // images, and its interlaced GIFs of fewer than 5 rows read back with black rows.
        int[] grays = {0, 51, 102, 153, 204, 255};
        BufferedImage image = new BufferedImage(6, 6, BufferedImage.TYPE_INT_RGB);
        float[][] expected = new float[6][6];
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) {
                int gray = grays[(x + 2 * y) % 6];
                image.setRGB(x, y, gray * 0x010101);
                expected[y][x] = gray / 255f;
            }
        }
        Path file = temp.resolve("gray." + format);
        assertTrue(ImageIO.write(image, format, file.toFile()));

        Tensor tensor = ImageFiles.read(file, ImageOptions.grayscale());

        assertEquals(Tensor.of(expected), tensor);
    }

    @Test
    void jpegReadsCloseToItsPixels() throws IOException, ImageProblem {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, x < 8 ? 0x000000 : 0xFFFFFF);
            }
        }
        Path file = temp.resolve("halves.jpg");
        assertTrue(ImageIO.write(image, "jpeg", file.toFile()));

        Tensor tensor = ImageFiles.read(file, ImageOptions.grayscale().binarized(0.5f));

        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertEquals(x < 8 ? 0f : 1f, tensor.get(0, y, x), "(" + y + ", " + x + ")");
            }
        }
    }

    @Test
    void textFileNamedPngIsNotAnImage() throws IOException {
        Path file = temp.resolve("notes.png");
        Files.writeString(file, "1,0,1\n0,1,0\n");

        assertEquals(file + ": is not an image; expected a PNG, JPEG, BMP or GIF image", problem(file));
    }

    @Test
    void truncatedPngIsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(SAMPLES.resolve("digit-7-28.png"));
        Path file = temp.resolve("cut.png");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        String message = problem(file);

        assertTrue(message.startsWith(file + ": is damaged or truncated ("), message);
    }

    @Test
    void garbledImageDataIsDamaged() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("digit-7-28.png"));
        for (int i = 60; i < bytes.length - 20; i++) {
            bytes[i] = (byte) (bytes[i] * 31 + 7);
        }
        Path file = temp.resolve("garbled.png");
        Files.write(file, bytes);

        assertTrue(problem(file).startsWith(file + ": is damaged or truncated ("), problem(file));
    }

    @Test
    void headerClaimingAHugeImageIsRefusedBeforeDecoding() throws IOException {
        Path file = temp.resolve("bomb.png");
        Files.write(file, pngHeaderOnly(100_000, 100_000));

        assertEquals(file + ": its header says 100000×100000 pixels, more than the 67108864 values CNN Lab reads; "
                + "use a smaller image", problem(file));
    }

    @Test
    void budgetCountsTheChannelsAsked() throws IOException {
        Path file = temp.resolve("wide.png");
        Files.write(file, pngHeaderOnly(5000, 5000));

        ImageProblem rgb = assertThrows(ImageProblem.class, () -> ImageFiles.read(file, ImageOptions.rgb()));
        ImageProblem gray = assertThrows(ImageProblem.class, () -> ImageFiles.read(file, ImageOptions.grayscale()));

        assertTrue(rgb.getMessage().contains("5000×5000 pixels × 3 channels, more than"), rgb.getMessage());
        // 25 M gray values fit the budget, so the header passes and the missing pixel data is reported.
        assertTrue(gray.getMessage().contains("damaged or truncated"), gray.getMessage());
    }

    @Test
    void missingEmptyAndFolderAreNamed() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.png"));

        assertEquals(temp.resolve("nope.png") + ": no such file", problem(temp.resolve("nope.png")));
        assertEquals(empty + ": is empty; expected a PNG, JPEG, BMP or GIF image", problem(empty));
        assertEquals(temp + ": is a folder, not an image file", problem(temp));
    }

    @Test
    void imageExtensionsAreRecognisedInAnyCase() {
        assertTrue(ImageFiles.hasImageExtension(Path.of("a/b/Photo.JPEG")));
        assertTrue(ImageFiles.hasImageExtension(Path.of("x.gif")));
        assertFalse(ImageFiles.hasImageExtension(Path.of("x.csv")));
        assertFalse(ImageFiles.hasImageExtension(Path.of("png")));
    }

    private static String problem(Path file) {
        ImageProblem problem = assertThrows(ImageProblem.class, () -> ImageFiles.read(file, ImageOptions.grayscale()));
        assertEquals(file, problem.file());
        assertFalse(problem.getMessage().contains("\n"), problem.getMessage());
        return problem.getMessage();
    }

    /** A PNG signature, an IHDR for an 8-bit gray image of the given size, and IEND; no pixels. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(typeBytes);
        png.write(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
