package cnnlab.ui.gradients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Tensor;
import cnnlab.lesson.GradientsSetup;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientsViewModelTest {
    private static final Messages MESSAGES = new Messages(Language.ENGLISH);
    private static final Tensor MAP = Tensor.of(new float[][] {{1, 3, 2, 0}, {4, 2, 0, 1}, {0, 1, 5, 2}, {3, 0, 1, 1}});
    private static final Tensor GRADIENT = Tensor.of(new float[][] {{1, -2}, {0.5f, 3}});

    private static GradientsViewModel pooling() {
        return new GradientsViewModel(new GradientsSetup(MAP, List.of(new Pool2d(PoolSpec.of(2, PoolKind.MAX)),
                new Pool2d(PoolSpec.of(2, PoolKind.AVG))), null, GRADIENT), MESSAGES);
    }

    @Test
    void maxPoolingSendsEachGradientToTheWinnerAndAverageSpreadsIt() {
        GradientsViewModel model = pooling();
        float[][] max = new float[4][4];
        float[][] avg = new float[4][4];
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                int wy = 2 * y;
                int wx = 2 * x;
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        avg[wy + i][wx + j] += GRADIENT.get(0, y, x) / 4;
                    }
                }
                int[] winner = argmax(wy, wx);
                max[winner[0]][winner[1]] += GRADIENT.get(0, y, x);
            }
        }
        assertEquals(Tensor.of(max), model.inputGradients().get(0));
        assertEquals(Tensor.of(avg), model.inputGradients().get(1));
        assertEquals(1f, model.inputGradients().get(0).get(0, 1, 0), "the 4 of the first window wins");
    }

    @Test
    void pickingAnOutputCellMarksItsWindowAndWinner() {
        GradientsViewModel model = pooling();
        model.select(0, 1);
        GradientPanel max = model.panels().get(2);
        assertTrue(max.picture().marks().contains(new Mark(0, 2, 2, 2, Mark.Style.WINDOW)), max.picture().marks().toString());
        assertTrue(max.picture().marks().contains(Mark.cell(0, 2, Mark.Style.FOCUS)), "the 2 wins the window [2, 0; 0, 1]");
        assertEquals(4 + 1, model.panels().get(3).picture().marks().size(), "the window and its four cells");
        assertEquals("Max: the gradient -2 of output (0, 1) goes only to the winner of its window, the 2 at input (0, 2);"
                + " the other 3 cells get 0.\n\nAverage: the gradient -2 of output (0, 1) is shared by the 4 cells of its"
                + " window: -0.5 each.", model.captionProperty().get());
        model.next();
        assertEquals(1, model.selectedYProperty().get());
        assertEquals(0, model.selectedXProperty().get());
        model.select(5, 5);
        assertEquals(1, model.selectedYProperty().get(), "outside the output gradient: ignored");
    }

    @Test
    void theWeightGradientIsTheInputCorrelatedWithTheOutputGradient() {
        Tensor input = Tensor.of(new float[][] {{1, 0, 0, 0, 0, 1}, {0, 1, 0, 0, 1, 0}, {0, 0, 1, 1, 0, 0},
            {1, 0, 0, 0, 1, 0}, {0, 1, 0, 0, 1, 0}, {0, 0, 1, 0, 1, 0}});
        Tensor kernel = Tensor.of(new float[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}});
        Conv2d conv = new Conv2d(List.of(kernel), new float[0], new ConvSpec(3, 3, 1, Padding.NONE, 1), false);
        Tensor g = GradientsSetup.countingGradient(conv.outputShape(input.shape()));
        GradientsViewModel model = new GradientsViewModel(new GradientsSetup(input, List.of(), conv, g), MESSAGES);
        float[][] dw = new float[3][3];
        float[][] dx = new float[6][6];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        dw[i][j] += g.get(0, y, x) * input.get(0, y + i, x + j);
                        dx[y + i][x + j] += g.get(0, y, x) * kernel.get(0, i, j);
                    }
                }
            }
        }
        assertEquals(Tensor.of(dw), model.weightGradient());
        assertEquals(Tensor.of(dx), model.inputGradients().get(0));
        model.select(1, 2);
        assertTrue(model.panels().get(0).picture().marks().contains(new Mark(1, 2, 4, 4, Mark.Style.WINDOW)),
                "w(1, 2) met the 4×4 block of inputs starting at (1, 2)");
        assertTrue(model.captionProperty().get().startsWith("∂L/∂w(1, 2) = Σ"), model.captionProperty().get());
        assertTrue(model.captionProperty().get().contains("= " + (int) dw[1][2] + ":"), model.captionProperty().get());
    }

    /** The first largest cell of the 2×2 window at (top, left), in reading order. */
    private static int[] argmax(int top, int left) {
        int[] best = {top, left};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                if (MAP.get(0, top + i, left + j) > MAP.get(0, best[0], best[1])) {
                    best = new int[] {top + i, left + j};
                }
            }
        }
        return best;
    }
}
