package cnnlab.engine.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.ReceptiveField;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.data.ShapeSample;
import cnnlab.engine.training.Sequential;
import cnnlab.engine.training.TrainedTinyCnn;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExplainTest {

    /** The first 28 held-out pictures: four of each of the seven classes. */
    private static List<ShapeSample> pictures() {
        return TrainedTinyCnn.get().data().test().samples().subList(0, 28);
    }

    /**
     * For each picture, the mean heat per pixel inside the shape's bounding box against outside it.
     * Measured with the shared trained model: occlusion (3×3 grey patch) wins on 27 of 28 pictures,
     * saliency on 28, Grad-CAM on 23.
     */
    private static int picturesWhereTheShapeIsHotter(Function<ShapeSample, Tensor> heatMap) {
        int wins = 0;
        for (ShapeSample picture : pictures()) {
            Tensor heat = heatMap.apply(picture);
            double inside = 0;
            double outside = 0;
            int in = 0;
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    if (picture.bounds().contains(y, x)) {
                        inside += heat.get(0, y, x);
                        in++;
                    } else {
                        outside += heat.get(0, y, x);
                    }
                }
            }
            wins += inside / in > outside / (256 - in) ? 1 : 0;
        }
        return wins;
    }

    @Test
    void occlusionHeatSitsOnTheShape() {
        Sequential model = TrainedTinyCnn.get().model();
        int wins = picturesWhereTheShapeIsHotter(p -> OcclusionMap.compute(model, p.image(), p.label(), 3, 1, 0.5f));
        assertTrue(wins >= 24, "occlusion hotter on the shape in " + wins + " of 28 pictures");
    }

    @Test
    void saliencySitsOnTheShape() {
        Sequential model = TrainedTinyCnn.get().model();
        int wins = picturesWhereTheShapeIsHotter(p -> SaliencyMap.compute(model, p.image(), p.label()));
        assertTrue(wins >= 26, "saliency hotter on the shape in " + wins + " of 28 pictures");
    }

    @Test
    void gradCamIsInputSizedNonNegativeAndMostlyOnTheShape() {
        Sequential model = TrainedTinyCnn.get().model();
        ShapeSample picture = pictures().get(0);
        Tensor cam = GradCam.compute(model, picture.image(), picture.label());
        assertEquals(new Shape(1, 16, 16), cam.shape());
        assertTrue(cam.min() >= 0);
        assertEquals(new Shape(1, 5, 5), GradCam.coarse(model, picture.image(), picture.label()).shape(),
                "the last conv's ReLU output: 16 → 14 → 7 → 5");
        int wins = picturesWhereTheShapeIsHotter(p -> GradCam.compute(model, p.image(), p.label()));
        assertTrue(wins >= 18, "Grad-CAM hotter on the shape in " + wins + " of 28 pictures");
    }

    @Test
    void gradCamOfALinearReadoutIsTheWeightedSumOfTheMaps() {
        // two 1×1 filters (×1 and ×−2, after ReLU), summed by a dense layer with weights 3 and 1 per map:
        // y = Σ 3·A¹ + Σ 1·A²; α = (3, 1); L = ReLU(3·relu(x) + relu(−2x))
        Sequential model = Sequential.of(new Network(new Shape(1, 2, 3), List.of(
                new LayerSpec.Conv(null, 2, 1, 1, 1, PaddingRule.VALID, 1, false),
                new LayerSpec.Relu(null),
                new LayerSpec.Flatten(null),
                new LayerSpec.Dense(null, 1, false))), 1);
        set(model, 0, 1f, -2f);
        set(model, 1, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1);
        Tensor x = Tensor.of(new float[][] {{1, -1, 2}, {0.5f, -3, 0}});
        Tensor expected = Tensor.of(new float[][] {{3, 2, 6}, {1.5f, 6, 0}});
        assertEquals(expected, GradCam.coarse(model, x, 0));
        assertEquals(expected, GradCam.compute(model, x, 0), "a 1×1 field maps cell to pixel");
        assertEquals(1, GradCam.featureLayer(model));
    }

    @Test
    void upsamplingPutsEachCellAtTheCentreOfItsFieldAndInterpolates() {
        Tensor map = Tensor.of(new float[][] {{0, 4}, {8, 12}});
        // field of a 2×2, stride 2 window: size 2, jump 2, first 0 → centres at pixel 0.5 and 2.5
        Tensor up = Upsampling.bilinear(map, new ReceptiveField(2, 2, 2, 2, 0, 0), 4, 4);
        assertArrayEquals(new float[][] {
                {0, 1, 3, 4},
                {2, 3, 5, 6},
                {6, 7, 9, 10},
                {8, 9, 11, 12}}, up.toNested()[0]);
    }

    @Test
    void occlusionAveragesTheScoreDropOverThePatchesCoveringEachPixel() {
        // the score is the top-left pixel alone
        Sequential model = Sequential.of(new Network(new Shape(1, 4, 4), List.of(
                new LayerSpec.Flatten(null), new LayerSpec.Dense(null, 1, false))), 1);
        float[] weights = new float[16];
        weights[0] = 1;
        set(model, 0, weights);
        Tensor image = Tensor.of(new float[][] {{5, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}});
        Tensor heat = OcclusionMap.compute(model, image, 0, 2, 1, 0f);
        // a patch at (0, 0) drops the score by 5; (0, 1) is covered by patches at (0, 0) and (0, 1)
        assertArrayEquals(new float[][] {
                {5, 2.5f, 0, 0},
                {2.5f, 1.25f, 0, 0},
                {0, 0, 0, 0},
                {0, 0, 0, 0}}, heat.toNested()[0]);
        assertArrayEquals(new int[] {0, 2, 3}, OcclusionMap.placements(5, 2, 2), "the far edge is covered too");
    }

    @Test
    void saliencyIsTheAbsoluteGradientOfTheScore() {
        Sequential model = Sequential.of(new Network(new Shape(1, 1, 3), List.of(
                new LayerSpec.Flatten(null), new LayerSpec.Dense(null, 2, false))), 1);
        set(model, 0, 1, -2, 0, 4, 0.5f, -1);
        assertEquals(Tensor.of(new float[][] {{4, 0.5f, 1}}), SaliencyMap.compute(model, Tensor.of(new float[][] {{1, 1, 1}}), 1));
    }

    @Test
    void clearMessagesForMisuse() {
        Sequential dense = Sequential.of(new Network(new Shape(1, 2, 2), List.of(
                new LayerSpec.Flatten(null), new LayerSpec.Dense(null, 2, true))), 1);
        Tensor x = Tensor.zeros(Shape.of(2, 2));
        assertEquals("Grad-CAM needs a convolution layer, and this network has none",
                assertThrows(EngineException.class, () -> GradCam.compute(dense, x, 0)).getMessage());
        assertEquals("class 2 is not one of the model's 2 classes",
                assertThrows(EngineException.class, () -> SaliencyMap.compute(dense, x, 2)).getMessage());
        assertEquals("the patch must be 1 to 2 pixels, got 3",
                assertThrows(EngineException.class, () -> OcclusionMap.compute(dense, x, 0, 3, 1, 0)).getMessage());
    }

    private static void set(Sequential model, int parameter, float... values) {
        assertEquals(values.length, model.parameters().get(parameter).size());
        System.arraycopy(values, 0, model.parameters().get(parameter).values(), 0, values.length);
    }
}
