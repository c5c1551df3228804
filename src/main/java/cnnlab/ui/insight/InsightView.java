package cnnlab.ui.insight;

import cnnlab.engine.Tensor;
import cnnlab.engine.data.ShapeClass;
import cnnlab.ui.Icons;
import cnnlab.ui.grid.TensorGridView;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.TensorPictures;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What a network sees: train and stop with a progress bar; a held-out picture to explain; and
 * three tabs: the first filters, the maps of every layer, and the heat maps over the picture.
 */
public final class InsightView extends VBox {
    private static final double HEAT_SIDE = 176;

    private final InsightViewModel model;
    private final Messages messages;
    private final FlowPane filters = new FlowPane(14, 10);
    private final VBox activations = new VBox(10);
    private final HBox heatmaps = new HBox(18);

    public InsightView(InsightViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll("stage", "insight-stage");
        setSpacing(10);

        Button train = new Button();
        train.setId("insight-train");
        train.setGraphic(Icons.PLAY.create());
        train.textProperty().bind(messages.text("insight.train"));
        train.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get().active(),
                model.stateProperty()));
        train.setOnAction(e -> model.start());
        Button stop = new Button();
        stop.setId("insight-stop");
        stop.setGraphic(Icons.STOP.create());
        stop.textProperty().bind(messages.text("training.stop"));
        stop.disableProperty().bind(train.disableProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressBar bar = new ProgressBar();
        bar.setId("insight-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("insight-status");
        status.textProperty().bind(model.statusProperty());
        HBox controls = new HBox(10, train, stop, bar, status);
        controls.setAlignment(Pos.CENTER_LEFT);

        ComboBox<ShapeClass> shape = new ComboBox<>();
        shape.setId("insight-shape");
        shape.getItems().setAll(model.classes());
        shape.setCellFactory(list -> new ShapeCell());
        shape.setButtonCell(new ShapeCell());
        shape.valueProperty().bindBidirectional(model.shapeProperty());
        Button another = new Button();
        another.setId("insight-next");
        another.setGraphic(Icons.NEXT.create());
        another.textProperty().bind(messages.text("insight.another"));
        another.setOnAction(e -> model.nextPicture());
        Label prediction = new Label();
        prediction.setId("insight-prediction");
        prediction.getStyleClass().add("sum-line");
        prediction.textProperty().bind(Bindings.createStringBinding(() -> model.predictionProperty().get().isEmpty()
                ? messages.format("insight.trainFirst") : model.predictionProperty().get(),
                model.predictionProperty(), messages.languageProperty()));
        HBox chooser = new HBox(10, label("insight.picture"), shape, another, prediction);
        chooser.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane();
        tabs.setId("insight-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ScrollPane activationScroll = new ScrollPane(activations);
        activationScroll.setFitToWidth(true);
        for (InsightViewModel.Panel p : InsightViewModel.Panel.values()) {
            Node content = p == InsightViewModel.Panel.FILTERS ? filters
                    : p == InsightViewModel.Panel.ACTIVATIONS ? activationScroll : heatmaps;
            Tab tab = new Tab();
            tab.setId("insight-tab-" + p.name().toLowerCase(java.util.Locale.ROOT));
            tab.textProperty().bind(messages.text("insight.tab." + p.name().toLowerCase(java.util.Locale.ROOT)));
            tab.setContent(content);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(model.panelProperty().get().ordinal());
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                model.panelProperty().set(InsightViewModel.Panel.values()[now.intValue()]));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        model.explanationsProperty().addListener(obs -> show());
        model.pictureProperty().addListener(obs -> show());
        messages.languageProperty().addListener(obs -> show());
        show();
        getChildren().addAll(controls, chooser, tabs);
    }

    private void show() {
        Explanations shown = model.explanationsProperty().get();
        Tensor picture = model.pictureProperty().get().image();
        filters.getChildren().clear();
        activations.getChildren().clear();
        heatmaps.getChildren().clear();
        heatmaps.getChildren().add(heat("insight.heat.picture", picture, null));
        if (shown == null) {
            Label hint = label("insight.trainFirst");
            filters.getChildren().add(hint);
            activations.getChildren().add(label("insight.trainFirst"));
            heatmaps.getChildren().add(label("insight.trainFirst"));
            return;
        }
        for (int i = 0; i < shown.filters().size(); i++) {
            TensorGridView grid = grid(TensorPictures.diverging(shown.filters().get(i), 0).withMarks(java.util.List.of()),
                    30, 110);
            filters.getChildren().add(titled(messages.format("insight.filter", i + 1), grid));
        }
        for (LayerMaps layer : shown.layers()) {
            FlowPane maps = new FlowPane(4, 4);
            float scale = Math.max(Math.abs(layer.maps().max()), Math.abs(layer.maps().min()));
            double cell = Math.min(12, Math.floor(84.0 / Math.max(layer.maps().shape().height(),
                    layer.maps().shape().width())));
            for (int c = 0; c < layer.maps().shape().channels(); c++) {
                TensorGridView grid = grid(TensorPictures.diverging(layer.maps(), c, scale, java.util.List.of()), cell, 84);
                maps.getChildren().add(grid);
            }
            Label name = new Label(messages.format("insight.layer", layer.name(), layer.maps().shape().height(),
                    layer.maps().shape().width(), layer.maps().shape().channels()));
            name.setMinWidth(170);
            HBox row = new HBox(10, name, maps);
            HBox.setHgrow(maps, Priority.ALWAYS);
            activations.getChildren().add(row);
        }
        heatmaps.getChildren().addAll(heat("insight.heat.occlusion", picture, shown.occlusion()),
                heat("insight.heat.saliency", picture, shown.saliency()));
        if (shown.gradCam() != null) {
            heatmaps.getChildren().add(heat("insight.heat.gradcam", picture, shown.gradCam()));
        }
        if (shown.filters().isEmpty()) {
            filters.getChildren().add(label("insight.noConvolution"));
        }
    }

    private Node heat(String key, Tensor picture, Tensor heat) {
        HeatOverlayView view = new HeatOverlayView(HEAT_SIDE);
        view.setId(key.replace('.', '-'));
        view.show(picture, heat);
        return titled(messages.format(key), view);
    }

    private static TensorGridView grid(cnnlab.ui.grid.GridPicture picture, double cell, double side) {
        TensorGridView grid = new TensorGridView();
        grid.setSizing(cell, side, cell);
        grid.setPicture(picture);
        return grid;
    }

    private static VBox titled(String heading, Node content) {
        Label label = new Label(heading);
        label.getStyleClass().add("grid-heading");
        label.setWrapText(true);
        label.setMaxWidth(HEAT_SIDE);
        label.setMinHeight(40);
        label.setAlignment(Pos.BOTTOM_CENTER);
        VBox box = new VBox(4, label, content);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.setWrapText(true);
        return label;
    }

    /** A shape class by its name. */
    private static final class ShapeCell extends ListCell<ShapeClass> {
        @Override
        protected void updateItem(ShapeClass item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.label());
        }
    }
}
