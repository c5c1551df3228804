package cnnlab.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.app.CliRun;
import cnnlab.app.cli.TensorOutput;
import cnnlab.engine.Conv2d;
import cnnlab.engine.Padding;
import cnnlab.engine.Tensor;
import cnnlab.imaging.DivergingColorMap;
import cnnlab.imaging.InlineMatrix;
import cnnlab.imaging.MatrixCsv;
import cnnlab.imaging.NumberText;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvolveCommandTest {

    private static final String DIAGONAL_MAP =
            "{\"shape\":[1,4,4],\"values\":[[[3,-1,-3,-1],[-3,1,0,-3],[-3,-3,0,1],[3,-2,-2,-1]]]}\n";

    @TempDir
    Path temp;

    private String diagonal;

    @BeforeEach
    void writeInputs() throws IOException {
        diagonal = CurriculumFiles.diagonalCsv(temp).toString();
    }

    private CliRun run(String... args) {
        return CliRun.of(temp, args);
    }

    @Test
    void diagonalDetectorGivesTheCurriculumMap() {
        assertEquals(DIAGONAL_MAP,
                run("convolve", "--input", diagonal, "--kernel", CurriculumFiles.DIAGONAL_KERNEL, "--json").ok());
    }

    @Test
    void theCommittedPngGivesTheSameMap() {
        assertEquals(DIAGONAL_MAP, run("convolve", "--input", CurriculumFiles.DIAGONAL_PNG.toString(),
                "--kernel", CurriculumFiles.DIAGONAL_KERNEL, "--json").ok());
    }

    @Test
    void strideTwoGivesTheCurriculumTwoByTwo() {
        assertEquals("{\"shape\":[1,2,2],\"values\":[[[3,-3],[-3,0]]]}\n", run("convolve", "--input", diagonal,
                "--kernel", CurriculumFiles.DIAGONAL_KERNEL, "--stride", "2", "--json").ok());
    }

    @Test
    void withoutJsonTheMapIsAnAlignedGrid() {
        assertEquals(" 3  -1  -3  -1\n-3   1   0  -3\n-3  -3   0   1\n 3  -2  -2  -1\n",
                run("convolve", "--input", diagonal, "--kernel", CurriculumFiles.DIAGONAL_KERNEL).ok());
    }

    @Test
    void kernelMayBeACsvFile() throws IOException {
        Path kernel = Files.writeString(temp.resolve("filter-a.csv"), "1,-1,-1\n-1,1,-1\n-1,-1,1\n");

        assertEquals(DIAGONAL_MAP, run("convolve", "--input", diagonal, "--kernel", kernel.toString(), "--json").ok());
    }

    @Test
    void reluClipsTheNegativesAndBiasShiftsEveryValue() {
        assertEquals("{\"shape\":[1,4,4],\"values\":[[[3,0,0,0],[0,1,0,0],[0,0,0,1],[3,0,0,0]]]}\n",
                run("convolve", "--input", diagonal, "--kernel", CurriculumFiles.DIAGONAL_KERNEL, "--relu", "--json").ok());
        assertEquals("{\"shape\":[1,4,4],\"values\":[[[2.5,-1.5,-3.5,-1.5],[-3.5,0.5,-0.5,-3.5],"
                + "[-3.5,-3.5,-0.5,0.5],[2.5,-2.5,-2.5,-1.5]]]}\n", run("convolve", "--input", diagonal,
                "--kernel", CurriculumFiles.DIAGONAL_KERNEL, "--bias", "-0.5", "--json").ok());
    }

    @Test
    void flipConvolvesWithTheKernelTurnedByHalfATurn() {
        String flipped = run("convolve", "--input", diagonal, "--kernel", "1,2;3,4", "--flip", "--json").ok();
        String turnedByHand = run("convolve", "--input", diagonal, "--kernel", "4,3;2,1", "--json").ok();

        assertEquals(turnedByHand, flipped);
        assertNotEquals(run("convolve", "--input", diagonal, "--kernel", "1,2;3,4", "--json").ok(), flipped);
    }

    @Test
    void paddingDilationAndStrideMatchTheEngine() throws Exception {
        Tensor input = MatrixCsv.read(Path.of(diagonal));
        Tensor kernel = InlineMatrix.parse(CurriculumFiles.DIAGONAL_KERNEL);

        assertEquals(TensorOutput.json(Conv2d.of(kernel, 1, Padding.uniform(2), 2).apply(input)) + "\n",
                run("convolve", "--input", diagonal, "--kernel", CurriculumFiles.DIAGONAL_KERNEL,
                        "--padding", "2", "--dilation", "2", "--json").ok());
        assertEquals(TensorOutput.json(Conv2d.of(kernel, 1, Padding.NONE, 1).apply(input)) + "\n",
                run("convolve", "--input", diagonal, "--kernel", CurriculumFiles.DIAGONAL_KERNEL,
                        "--padding", "valid", "--json").ok());
    }

    @Test
    void samePaddingKeepsCeilOfSizeOverStride() {
        assertTrue(run("convolve", "--input", diagonal, "--kernel", CurriculumFiles.DIAGONAL_KERNEL,
                "--padding", "same", "--json").ok().startsWith("{\"shape\":[1,6,6],"));
        assertTrue(run("convolve", "--input", diagonal, "--kernel", "1,1;1,1", "--stride", "4",
                "--padding", "same", "--json").ok().startsWith("{\"shape\":[1,2,2],"));
    }

    @Test
    void rgbAppliesTheKernelToEveryChannelAndAddsTheSums() throws IOException {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 0, 0x33FF66);
        Path file = temp.resolve("two.png");
        ImageIO.write(image, "png", file.toFile());

        String rgb = run("convolve", "--input", file.toString(), "--kernel", "2", "--rgb", "--json").ok();
        String gray = run("convolve", "--input", file.toString(), "--kernel", "1", "--json").ok();

        // One filter of three planes: bias, then red, green and blue products, in the engine's order.
        float second = 0f;
        second += 2 * (0x33 / 255f);
        second += 2 * 1f;
        second += 2 * (0x66 / 255f);
        assertEquals("{\"shape\":[1,1,2],\"values\":[[[2," + NumberText.format(second) + "]]]}\n", rgb);
        assertTrue(gray.startsWith("{\"shape\":[1,1,2],\"values\":[[[0.299,"), gray);
        assertEquals("cnn-lab convolve: --rgb needs an image (.png, .jpg, .jpeg, .bmp or .gif); " + diagonal
                + " is read as CSV, which has one channel (see 'cnn-lab convolve --help')",
                run("convolve", "--input", diagonal, "--kernel", "1", "--rgb").badInput());
    }

    @Test
    void outWritesADivergingColourPngOfTheMap() throws IOException {
        Path png = temp.resolve("map.png");

        run("convolve", "--input", diagonal, "--kernel", CurriculumFiles.DIAGONAL_KERNEL, "--out", png.toString()).ok();

        BufferedImage image = ImageIO.read(png.toFile());
        int cell = image.getWidth() / 4;
        assertEquals(4 * cell, image.getHeight());
        assertTrue(cell >= 8, "cells should be visible blocks, got " + cell + " px");
        int positive = image.getRGB(cell / 2, cell / 2);            // the 3 at (0, 0)
        int negative = image.getRGB(2 * cell + cell / 2, cell / 2); // the -3 at (0, 2)
        int zero = image.getRGB(2 * cell + cell / 2, cell + cell / 2);
        assertNotEquals(positive, negative);
        assertEquals(DivergingColorMap.BLUE_ORANGE.neutral(), zero);
        assertTrue((negative & 0xFF) > ((negative >> 16) & 0xFF), "negative cells are blue");
        assertTrue(((positive >> 16) & 0xFF) > (positive & 0xFF), "positive cells are orange");
    }
}
