package cnnlab.ui;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Tensor;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.training.KernelLessonConfig;
import cnnlab.imaging.AtomicFiles;
import cnnlab.lesson.ConvolutionSetup;
import cnnlab.lesson.GradientsSetup;
import cnnlab.lesson.InsightStep;
import cnnlab.lesson.ShapeTraining;
import cnnlab.engine.ClassicNetworks;
import cnnlab.ui.flip.FlipComparisonView;
import cnnlab.ui.flip.FlipComparisonViewModel;
import cnnlab.ui.gradients.GradientsView;
import cnnlab.ui.gradients.GradientsViewModel;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.insight.InsightView;
import cnnlab.ui.insight.InsightViewModel;
import cnnlab.ui.network.NetworkBuilderView;
import cnnlab.ui.network.NetworkBuilderViewModel;
import cnnlab.ui.network.NetworkPresets;
import cnnlab.ui.training.KernelTrainingView;
import cnnlab.ui.training.KernelTrainingViewModel;
import cnnlab.ui.training.TrainingStages;
import cnnlab.ui.training.TrainingState;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: draws the learning stages and saves them as PNG files in the folder named by
 * {@code -Dcnnlab.screenshots=DIR}, for the README and for looking at them. Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "cnnlab.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class StageScreenshots {
    private final Messages messages = new Messages(Language.ENGLISH);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1180, 760));
        stage.show();
    }

    @Test
    void learningKernel(FxRobot robot) throws Exception {
        KernelTrainingViewModel model = new KernelTrainingViewModel(KernelLessonConfig.of(1, 0.5), 200, 0,
                TrainingStages.BACKGROUND, Platform::runLater, messages);
        show(robot, new KernelTrainingView(model, messages));
        robot.interact(model::start);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.stateProperty().get() == TrainingState.FINISHED);
        save(robot, "learning-kernel.png");
    }

    @Test
    void networkInsight(FxRobot robot) throws Exception {
        ShapeTraining training = new ShapeTraining(ClassicNetworks.tinyCnn(16, 7), ShapeClass.strokes(),
                InsightStep.DEFAULT_EPOCHS, 1, 0.01, ShapeTraining.LESSON_PICTURES_PER_CLASS);
        InsightViewModel model = new InsightViewModel(training, ShapeClass.CROSS, InsightViewModel.Panel.HEATMAPS,
                TrainingStages.BACKGROUND, Platform::runLater, messages);
        show(robot, new InsightView(model, messages));
        robot.interact(model::start);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.stateProperty().get() == TrainingState.FINISHED);
        save(robot, "network-insight.png");
        robot.interact(() -> model.panelProperty().set(InsightViewModel.Panel.ACTIVATIONS));
        robot.clickOn("#insight-tab-activations .tab-label");
        save(robot, "network-insight-activations.png");
        robot.clickOn("#insight-tab-filters .tab-label");
        save(robot, "network-insight-filters.png");
    }

    @Test
    void networkBuilder(FxRobot robot) throws Exception {
        NetworkBuilderViewModel model = NetworkPresets.standalone(messages);
        show(robot, new NetworkBuilderView(model, messages));
        robot.interact(() -> model.selectedProperty().set(2));
        save(robot, "network-builder.png");
        robot.interact(() -> {
            model.selectedProperty().set(7);
            model.move(-1);
        });
        save(robot, "network-builder-error.png");
    }

    @Test
    void gradientsAndFlip(FxRobot robot) throws Exception {
        Tensor map = Tensor.of(new float[][] {{1, 3, 2, 0}, {4, 2, 0, 1}, {0, 1, 5, 2}, {3, 0, 1, 1}});
        GradientsViewModel pooling = new GradientsViewModel(new GradientsSetup(map, List.of(
                new Pool2d(PoolSpec.of(2, PoolKind.MAX)), new Pool2d(PoolSpec.of(2, PoolKind.AVG))), null,
                Tensor.of(new float[][] {{1, -2}, {0.5f, 3}})), messages);
        show(robot, new GradientsView(pooling, messages));
        robot.interact(() -> pooling.select(0, 1));
        save(robot, "gradients-pooling.png");
        Tensor kernel = Tensor.of(new float[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}});
        Tensor input = Tensor.of(new float[][] {{1, 0, 0, 0, 0, 1}, {0, 1, 0, 0, 1, 0}, {0, 0, 1, 1, 0, 0},
            {1, 0, 0, 0, 1, 0}, {0, 1, 0, 0, 1, 0}, {0, 0, 1, 0, 1, 0}});
        Conv2d conv = new Conv2d(List.of(kernel), new float[0], new ConvSpec(3, 3, 1, Padding.NONE, 1), false);
        GradientsViewModel weights = new GradientsViewModel(new GradientsSetup(input, List.of(), conv,
                GradientsSetup.countingGradient(conv.outputShape(input.shape()))), messages);
        show(robot, new GradientsView(weights, messages));
        robot.interact(() -> weights.select(1, 2));
        save(robot, "gradients-conv.png");
        Tensor sobel = Tensor.of(new float[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
        FlipComparisonViewModel flip = new FlipComparisonViewModel(new ConvolutionSetup(input,
                new Conv2d(List.of(sobel), new float[0], new ConvSpec(3, 3, 1, Padding.NONE, 1), false), false), messages);
        show(robot, new FlipComparisonView(flip, messages));
        save(robot, "convolution-vs-correlation.png");
    }

    private void show(FxRobot robot, Parent view) {
        robot.interact(() -> {
            Scene scene = new Scene(new StackPane(view), 1180, 760);
            CnnLabApp.addStylesheet(scene);
            stage.setScene(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        PixelReader pixels = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of(System.getProperty("cnnlab.screenshots")));
        AtomicFiles.write(folder.resolve(name), out -> ImageIO.write(image, "png", out));
    }
}
