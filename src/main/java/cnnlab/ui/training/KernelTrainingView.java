package cnnlab.ui.training;

import cnnlab.engine.Tensor;
import cnnlab.ui.Icons;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.LabeledGrid;
import cnnlab.ui.stage.TensorPictures;
import cnnlab.ui.stage.WholeNumberConverter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Learning a kernel: play, pause and stop, the seed and the learning rate; the kernel beside the
 * diagonal detector it should approach; the loss curve; and what the kernel makes of a "\" and a
 * "/" picture, all moving as training runs.
 */
public final class KernelTrainingView extends VBox {
    private static final double[] RATES = {0.05, 0.1, 0.2, 0.5, 1.0, 1.5};

    public KernelTrainingView(KernelTrainingViewModel model, Messages messages) {
        getStyleClass().addAll("stage", "training-stage");
        setSpacing(12);

        Button play = new Button();
        play.setId("train-start");
        play.graphicProperty().bind(Bindings.createObjectBinding(() -> model.stateProperty().get()
                == TrainingState.RUNNING ? Icons.PAUSE.create() : Icons.PLAY.create(), model.stateProperty()));
        play.textProperty().bind(Bindings.createStringBinding(() -> messages.format(
                model.stateProperty().get() == TrainingState.RUNNING ? "training.pause" : "training.start"),
                model.stateProperty(), messages.languageProperty()));
        play.setOnAction(e -> {
            if (model.stateProperty().get() == TrainingState.RUNNING) {
                model.pause();
            } else {
                model.start();
            }
        });
        play.setTooltip(tip(messages, "training.start.tip"));
        Button stop = new Button();
        stop.setId("train-stop");
        stop.setGraphic(Icons.STOP.create());
        stop.textProperty().bind(messages.text("training.stop"));
        stop.setTooltip(tip(messages, "training.stop.tip"));
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.stateProperty().get().active(),
                model.stateProperty()));
        stop.setOnAction(e -> model.stop());

        SpinnerValueFactory.IntegerSpinnerValueFactory seeds = new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                9999, (int) model.seedProperty().get());
        seeds.setConverter(new WholeNumberConverter(seeds, null));
        Spinner<Integer> seed = new Spinner<>(seeds);
        seed.setId("train-seed");
        seed.setEditable(true);
        seed.setPrefWidth(90);
        seed.valueProperty().addListener((obs, old, now) -> model.seedProperty().set(now));
        seed.setTooltip(tip(messages, "training.seed.tip"));
        Spinner<Double> rate = new Spinner<>(new RateFactory(RATES, model.learningRateProperty().get()));
        rate.setId("train-rate");
        rate.setPrefWidth(90);
        rate.valueProperty().addListener((obs, old, now) -> model.learningRateProperty().set(now));
        rate.setTooltip(tip(messages, "training.rate.tip"));
        seed.disableProperty().bind(stop.disableProperty().not());
        rate.disableProperty().bind(stop.disableProperty().not());
        HBox controls = new HBox(10, play, stop, label(messages.text("training.seed")), seed,
                label(messages.text("training.rate")), rate);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("train-status");
        status.getStyleClass().add("sum-line");
        status.textProperty().bind(model.statusProperty());

        LabeledGrid kernel = new LabeledGrid(messages.text("training.kernel"),
                Bindings.createObjectBinding(() -> kernelPicture(model.kernelProperty().get()), model.kernelProperty()));
        kernel.setId("train-kernel");
        LabeledGrid goal = new LabeledGrid(messages.text("training.goal"),
                new ReadOnlyObjectWrapper<>(kernelPicture(model.goal())));
        for (LabeledGrid grid : List.of(kernel, goal)) {
            grid.grid().setSizing(52, 170, 60);
        }
        Label bias = new Label();
        bias.setId("train-bias");
        bias.textProperty().bind(Bindings.createStringBinding(() -> messages.format("training.bias",
                model.biasProperty().get()), model.biasProperty(), messages.languageProperty()));
        kernel.getChildren().add(bias);
        VBox curve = new VBox(4, label(messages.text("training.loss")), new LossCurveView(model.losses()));
        HBox.setHgrow(curve, Priority.ALWAYS);
        HBox top = new HBox(24, kernel, goal, curve);

        HBox responses = new HBox(18);
        for (int i = 0; i < 2; i++) {
            int index = i;
            ObservableValue<KernelResponse> response = Bindings.createObjectBinding(
                    () -> model.responsesProperty().get().get(index), model.responsesProperty());
            LabeledGrid picture = new LabeledGrid(messages.text(i == 0 ? "training.pictureDown" : "training.pictureUp"),
                    Bindings.createObjectBinding(() -> TensorPictures.grey(response.getValue().picture(), 0), response));
            LabeledGrid map = new LabeledGrid(messages.text("training.map"),
                    Bindings.createObjectBinding(() -> TensorPictures.diverging(response.getValue().map(), 0, 1f, List.of()),
                            response));
            picture.grid().setSizing(14, 150, 14);
            map.grid().setSizing(18, 150, 18);
            responses.getChildren().addAll(picture, map);
        }
        getChildren().addAll(controls, status, top, label(messages.text("training.responses")), responses);
    }

    /** A kernel in colours scaled to its own largest weight, so its pattern shows however small the weights are. */
    private static GridPicture kernelPicture(Tensor kernel) {
        return TensorPictures.diverging(kernel, 0);
    }

    private static Label label(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        return label;
    }

    private static Tooltip tip(Messages messages, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text(key));
        return tip;
    }
}
