package cnnlab.ui.network;

import cnnlab.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The parameter counter: a slider for the image side and the two counts, updating as it moves. */
public final class CounterView extends VBox {

    public CounterView(CounterViewModel model, Messages messages) {
        getStyleClass().addAll("stage", "counter-stage");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(760);
        Slider size = new Slider(model.minSize(), model.maxSize(), model.sizeProperty().get());
        size.setId("counter-size");
        size.setBlockIncrement(1);
        size.setMajorTickUnit(Math.max(1, (model.maxSize() - model.minSize()) / 4.0));
        size.setShowTickLabels(true);
        size.setShowTickMarks(true);
        size.valueProperty().addListener((obs, old, now) -> model.sizeProperty().set((int) Math.round(now.doubleValue())));
        model.sizeProperty().addListener((obs, old, now) -> size.setValue(now.intValue()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text("counter.size.tip"));
        size.setTooltip(tip);
        getChildren().addAll(label("counter-image", model.imageTextProperty(), "counter-image"), size,
                label("counter-dense", model.denseTextProperty(), "counter-dense"),
                label("counter-conv", model.convTextProperty(), "counter-conv"),
                label("counter-ratio", model.ratioTextProperty(), "sum-line"));
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
