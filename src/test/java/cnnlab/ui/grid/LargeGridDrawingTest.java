package cnnlab.ui.grid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.ui.stage.CellPalette;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A 64×64 map drawn with a number in every cell while a 3×3 window slides over it and the
 * cells fill in one per frame, as the convolution stage does. The frame times are measured and
 * logged (this machine is shared, so no timer is asserted); the picture is checked for numbers.
 */
@ExtendWith(ApplicationExtension.class)
class LargeGridDrawingTest {
    private static final int SIDE = 64;
    private static final double CELL = TensorGridView.MIN_CELL_FOR_NUMBERS + 2;
    private static final int FRAMES = 300;
    private static final double WINDOW_WIDTH = 1000;
    private static final double WINDOW_HEIGHT = 700;

    private TensorGridView grid;
    private float[] values;

    @Start
    void start(Stage stage) {
        values = new float[SIDE * SIDE];
        Random random = new Random(7);
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round((random.nextFloat() * 2 - 1) * 90) / 10f;
        }
        grid = new TensorGridView();
        grid.setSizing(CELL, SIDE * CELL + 1, CELL);
        grid.setPicture(frame(0));
        // the headless screen is smaller than the grid, as a laptop's is: the grid scrolls
        stage.setScene(new Scene(new ScrollPane(new StackPane(grid)), WINDOW_WIDTH, WINDOW_HEIGHT));
        stage.show();
    }

    @Test
    void sixtyFourBySixtyFourMapWithNumbersDraws(FxRobot robot) {
        assertTrue(grid.showsNumbers(), "cells of " + grid.cellSize() + " px print their numbers");

        long[] nanos = new long[FRAMES];
        robot.interact(() -> {
            for (int f = 1; f <= FRAMES; f++) {
                long start = System.nanoTime();
                grid.setPicture(frame(f));
                grid.layout();
                nanos[f - 1] = System.nanoTime() - start;
            }
        });
        double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1e6;
        double worst = java.util.Arrays.stream(nanos).max().orElse(0) / 1e6;
        System.out.printf("LargeGridDrawingTest: %d frames of a %d×%d map with numbers: mean %.2f ms, worst %.2f ms%n",
                FRAMES, SIDE, SIDE, mean, worst);

        // row 0, column 0 was revealed in the first frame; the same cell without its number has fewer colours
        int withNumber = coloursIn(snapshot(robot), 0, 0);
        GridPicture last = grid.getPicture();
        robot.interact(() -> grid.setPicture(new GridPicture(last.rows(), last.columns(), last.values(), 0, 0, 0, 0,
                last.revealed(), last.colors(), last.marks(), false)));
        int withoutNumber = coloursIn(snapshot(robot), 0, 0);
        assertTrue(withNumber > withoutNumber + 2,
                "the number's glyphs add colours to the cell: " + withNumber + " vs " + withoutNumber);
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = grid.snapshot(null, null));
        return image[0];
    }

    /** Frame f: the first f cells revealed, the window on cell f. */
    private GridPicture frame(int f) {
        BitSet revealed = new BitSet(values.length);
        revealed.set(0, Math.min(values.length, f + 1));
        int y = Math.min(SIDE - 3, f / (SIDE - 2));
        int x = f % (SIDE - 2);
        return new GridPicture(SIDE, SIDE, values, 0, 0, 0, 0, revealed, CellPalette.diverging(9),
                List.of(new Mark(y, x, 3, 3, Mark.Style.WINDOW), Mark.cell(y, x, Mark.Style.FOCUS)), true);
    }

    private int coloursIn(WritableImage image, int row, int column) {
        PixelReader pixels = image.getPixelReader();
        double half = grid.cellSize() / 2 - 2;
        javafx.geometry.Point2D centre = grid.centerOf(row, column, 1, 1);
        Set<Integer> colours = new HashSet<>();
        for (int py = (int) (centre.getY() - half); py < centre.getY() + half; py++) {
            for (int px = (int) (centre.getX() - half); px < centre.getX() + half; px++) {
                colours.add(pixels.getArgb(px, py));
            }
        }
        return colours.size();
    }
}
