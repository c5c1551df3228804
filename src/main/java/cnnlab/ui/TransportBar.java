package cnnlab.ui;

import cnnlab.ui.i18n.Messages;
import cnnlab.ui.player.TransportViewModel;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * Restart, one cell back, play/pause, one cell forward, to the end, a scrubber over the whole
 * step and the speed; shown only while the step on stage is animated.
 */
final class TransportBar extends HBox {
    private boolean updatingScrubber;

    TransportBar(TransportViewModel model, Messages messages) {
        getStyleClass().add("transport-bar");
        setId("transport-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Button restart = Controls.iconButton("restart", Icons.RESTART, messages, "transport.restart.tip", model::restart);
        Button back = Controls.iconButton("cell-back", Icons.STEP_BACKWARD, messages, "transport.back.tip",
                model::previousCell);
        Button play = Controls.iconButton("play-pause", Icons.PLAY, messages, "transport.play.tip",
                model::togglePlaying);
        play.getStyleClass().add("play-button");
        Button forward = Controls.iconButton("cell-forward", Icons.STEP_FORWARD, messages, "transport.forward.tip",
                model::nextCell);
        Button end = Controls.iconButton("to-end", Icons.SKIP_TO_END, messages, "transport.end.tip", model::end);
        model.playingProperty().addListener((obs, was, playing) ->
                play.setGraphic((playing ? Icons.PAUSE : Icons.PLAY).create()));

        Slider scrubber = new Slider(0, 1, 0);
        scrubber.setId("scrubber");
        scrubber.setFocusTraversable(false);
        Controls.tooltip(scrubber, messages, "transport.scrubber.tip");
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        model.durationProperty().addListener((obs, old, now) -> follow(() -> scrubber.setMax(now.doubleValue())));
        model.timeProperty().addListener((obs, old, now) -> follow(() -> scrubber.setValue(now.doubleValue())));
        scrubber.valueProperty().addListener((obs, old, now) -> {
            if (!updatingScrubber) {
                model.pause();
                model.seek(now.doubleValue());
            }
        });
        Label time = new Label();
        time.setId("transport-time");
        time.getStyleClass().add("transport-time");
        time.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> seconds(model.timeProperty().get()) + " / " + seconds(model.durationProperty().get()),
                model.timeProperty(), model.durationProperty()));

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speed");
        speed.setFocusTraversable(false);
        speed.getItems().setAll(TransportViewModel.RATES);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double rate) {
                return rate == null ? "" : String.format(Locale.ROOT, "%s×", rate % 1 == 0
                        ? Integer.toString(rate.intValue()) : Double.toString(rate));
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", ""));
            }
        });
        speed.setValue(model.rateProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setRate(now);
            }
        });
        Controls.tooltip(speed, messages, "transport.speed.tip");
        Label speedIcon = new Label();
        speedIcon.setGraphic(Icons.SPEED.create());

        getChildren().addAll(restart, back, play, forward, end, scrubber, time, speedIcon, speed);
        visibleProperty().bind(model.animatedProperty());
        managedProperty().bind(model.animatedProperty());
    }

    /** Moves the scrubber to follow the model without taking the move for the user's. */
    private void follow(Runnable update) {
        updatingScrubber = true;
        try {
            update.run();
        } finally {
            updatingScrubber = false;
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }
}
