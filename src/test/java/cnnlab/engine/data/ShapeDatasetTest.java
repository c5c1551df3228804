package cnnlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.EngineException;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeDatasetTest {

    @Test
    void theSameSeedGivesTheSamePicturesAndAnotherSeedOthers() {
        ShapeDataset a = ShapeDataset.generate(ShapeClass.strokes(), 5, 16, 42);
        ShapeDataset b = ShapeDataset.generate(ShapeClass.strokes(), 5, 16, 42);
        ShapeDataset c = ShapeDataset.generate(ShapeClass.strokes(), 5, 16, 43);
        assertEquals(a, b);
        assertNotEquals(a.image(0), c.image(0));
    }

    @Test
    void samplesAreInterleavedByClassWithTheirNames() {
        List<ShapeClass> classes = List.of(ShapeClass.CIRCLE, ShapeClass.VERTICAL, ShapeClass.BLANK);
        ShapeDataset data = ShapeDataset.generate(classes, 4, 16, 1);
        assertEquals(List.of("circle", "vertical", "blank"), data.classNames());
        assertEquals(12, data.size());
        for (int i = 0; i < data.size(); i++) {
            assertEquals(i % 3, data.label(i));
            assertEquals(classes.get(i % 3), data.samples().get(i).shape());
        }
    }

    @Test
    void picturesAreGrayscaleInTheUnitRangeAtBothSizes() {
        for (int size : new int[] {16, 28}) {
            ShapeDataset data = ShapeDataset.generate(List.of(ShapeClass.values()), 3, size, 5);
            assertEquals(new Shape(1, size, size), data.imageShape());
            for (ShapeSample sample : data.samples()) {
                assertTrue(sample.image().min() >= 0 && sample.image().max() <= 1, sample.shape() + " out of [0, 1]");
            }
        }
    }

    @Test
    void boundsHoldEveryHalfInkedPixelAndTouchTheStrokeOnAllFourSides() {
        ShapeDataset data = ShapeDataset.generate(ShapeClass.strokes(), 10, 16, 9);
        for (ShapeSample sample : data.samples()) {
            Box box = sample.bounds();
            Tensor clean = sample.clean();
            boolean top = false;
            boolean bottom = false;
            boolean left = false;
            boolean right = false;
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    if (clean.get(0, y, x) >= 0.5f) {
                        assertTrue(box.contains(y, x), sample.shape() + " ink outside " + box);
                        top |= y == box.top();
                        bottom |= y == box.bottom();
                        left |= x == box.left();
                        right |= x == box.right();
                    }
                }
            }
            assertTrue(top && bottom && left && right, sample.shape() + " box " + box + " is larger than its ink");
            assertTrue(box.area() < 16 * 16, "a shape fills only part of the picture");
        }
    }

    @Test
    void aBlankPictureHasNoStrokeAndNoBounds() {
        ShapeSample blank = ShapeDataset.generate(List.of(ShapeClass.BLANK), 1, 16, 3).samples().get(0);
        assertNull(blank.bounds());
        assertEquals(0f, blank.clean().max());
        assertTrue(blank.image().max() > 0, "noise is still there");
    }

    @Test
    void crispDiagonalsRunThroughPixelCentresLikeTheCurriculumImage() {
        ShapeStyle style = ShapeStyle.crisp(12);
        java.util.Random random = new java.util.Random(4);
        for (int n = 0; n < 20; n++) {
            ShapeSample down = ShapeDataset.draw(ShapeClass.DIAGONAL_DOWN, 0, style, random);
            Box box = down.bounds();
            assertEquals(box.bottom() - box.top(), box.right() - box.left(), "a 45° stroke");
            for (int y = 0; y < 12; y++) {
                for (int x = 0; x < 12; x++) {
                    boolean onDiagonal = box.contains(y, x) && y - box.top() == x - box.left();
                    assertEquals(onDiagonal ? 1f : 0f, down.clean().get(0, y, x), "pixel (" + y + ", " + x + ")");
                }
            }
        }
    }

    @Test
    void splitKeepsTheClassesAndHoldsOutTheLastPicturesOfEach() {
        ShapeDataset data = ShapeDataset.generate(ShapeClass.strokes(), 20, 16, 11);
        ShapeDataset.Split split = data.split(0.25);
        assertEquals(7 * 15, split.train().size());
        assertEquals(7 * 5, split.test().size());
        assertEquals(data.samples().subList(0, 105), split.train().samples());
        assertEquals(data.samples().subList(105, 140), split.test().samples());
        for (int label = 0; label < 7; label++) {
            int l = label;
            assertEquals(5, split.test().samples().stream().filter(s -> s.label() == l).count());
        }
    }

    @Test
    void refusesSizesAndCountsItCannotDraw() {
        assertThrows(EngineException.class, () -> ShapeDataset.generate(ShapeClass.strokes(), 0, 16, 1));
        assertThrows(EngineException.class, () -> ShapeDataset.generate(ShapeClass.strokes(), 1, 4, 1));
        assertThrows(EngineException.class, () -> ShapeDataset.generate(List.of(), 1, 16, 1));
        assertThrows(EngineException.class, () -> ShapeDataset.generate(ShapeClass.strokes(), 4, 16, 1).split(1));
    }
}
