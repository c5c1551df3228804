package cnnlab.ui.playground;

import cnnlab.engine.ConvCell;
import cnnlab.engine.ConvTap;
import cnnlab.engine.Tensor;
import cnnlab.ui.grid.CellColors;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The tensor the engine gets, in shades of grey from 0 (black) to 1 (white), one channel at a
 * time; the window of the hovered map cell is outlined on it, the cells it reads tinted.
 */
final class InputPanel extends VBox {
    /** Redraws in a new language; held here so the shared language property does not keep this view alive. */
    private final ChangeListener<Language> relabel = (obs, old, now) -> redraw();
    /** Black for 0, white for 1, clamped outside. */
    static final CellColors GRAY = v -> {
        int g = (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
        return 0xFF000000 | g << 16 | g << 8 | g;
    };
    private static final String[] CHANNEL_KEYS = {"conv.channel.red", "conv.channel.green", "conv.channel.blue"};

    private final PlaygroundViewModel model;
    private final Messages messages;
    private final Label heading = new Label();
    private final PlaneView plane = new PlaneView();
    private final ChoiceBox<Integer> channel = new ChoiceBox<>();
    private final HBox channelBox;
    private final Label empty = new Label();
    private float[] values;
    private Tensor drawn;
    private int drawnChannel;

    InputPanel(PlaygroundViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("input-panel");
        setSpacing(6);
        setAlignment(Pos.TOP_CENTER);
        heading.setId("input-heading");
        heading.getStyleClass().add("grid-heading");
        plane.setId("input-plane");
        plane.setSizing(40, 290, 56);
        channel.setId("input-channel");
        channel.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer c) {
                return c == null ? "" : messages.format(CHANNEL_KEYS[Math.min(c, 2)]);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        channel.valueProperty().addListener((obs, old, now) -> redraw());
        Label channelLabel = new Label();
        channelLabel.textProperty().bind(messages.text("playground.input.plane"));
        channelBox = new HBox(6, channelLabel, channel);
        channelBox.setAlignment(Pos.CENTER);
        channelBox.managedProperty().bind(channelBox.visibleProperty());
        empty.setId("input-empty");
        empty.getStyleClass().add("empty-stage-hint");
        empty.setWrapText(true);
        empty.textProperty().bind(messages.text("playground.noImage"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("image-progress");
        busy.progressProperty().bind(model.progressProperty());
        busy.visibleProperty().bind(model.busyProperty());
        busy.setMaxSize(64, 64);
        StackPane area = new StackPane(empty, plane, busy);
        area.setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(heading, channelBox, area);
        model.inputProperty().addListener((obs, old, now) -> redraw());
        model.hoverProperty().addListener((obs, old, now) -> redraw());
        model.showNumbersProperty().addListener((obs, old, now) -> redraw());
        messages.languageProperty().addListener(new WeakChangeListener<>(relabel));
        redraw();
    }

    /** The channel shown (0 for grayscale). */
    int shownChannel() {
        return channel.getValue() == null ? 0 : channel.getValue();
    }

    private void redraw() {
        Tensor input = model.inputProperty().get();
        empty.setVisible(input == null);
        plane.setVisible(input != null);
        channelBox.setVisible(input != null && input.shape().channels() > 1);
        if (input == null) {
            heading.setText("");
            return;
        }
        int channels = input.shape().channels();
        if (channel.getItems().size() != channels) {
            channel.getItems().setAll(java.util.stream.IntStream.range(0, channels).boxed().toList());
            channel.setValue(0);
        }
        int c = Math.min(shownChannel(), channels - 1);
        heading.setText(messages.format("playground.input", input.shape().height(), input.shape().width(), channels));
        if (input != drawn || c != drawnChannel) {
            values = input.channel(c).toArray(); // one array per plane, so hovering repaints only the marks
            drawn = input;
            drawnChannel = c;
        }
        plane.show(input.shape().height(), input.shape().width(), values, GRAY, model.showNumbersProperty().get(),
                marks(model.hoverProperty().get(), c));
    }

    /** The window of the hovered cell (dilated span) and the cells its taps read on channel {@code c}. */
    private static List<Mark> marks(CellTrace hover, int c) {
        if (hover == null) {
            return List.of();
        }
        ConvCell cell = hover.conv();
        List<Mark> marks = new ArrayList<>();
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        int right = Integer.MIN_VALUE;
        for (ConvTap tap : cell.taps()) {
            top = Math.min(top, tap.inputY());
            left = Math.min(left, tap.inputX());
            bottom = Math.max(bottom, tap.inputY());
            right = Math.max(right, tap.inputX());
        }
        marks.add(new Mark(top, left, bottom - top + 1, right - left + 1, Mark.Style.WINDOW));
        for (ConvTap tap : cell.taps()) {
            if (tap.channel() == c && !tap.padding()) {
                marks.add(Mark.cell(tap.inputY(), tap.inputX(), Mark.Style.FIELD));
            }
        }
        return marks;
    }
}
