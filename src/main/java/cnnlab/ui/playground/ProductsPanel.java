package cnnlab.ui.playground;

import cnnlab.engine.ConvCell;
import cnnlab.engine.ConvTap;
import cnnlab.engine.PoolCell;
import cnnlab.ui.grid.CellText;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.TensorGridView;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.CellPalette;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * How the hovered map cell is computed, read from the engine's trace: each weight times the
 * input under it (one grid per channel), the bias and the sum; for a pooled map, the pooling
 * window first.
 */
final class ProductsPanel extends VBox {
    /** Redraws in a new language; held here so the shared language property does not keep this view alive. */
    private final ChangeListener<Language> relabel = (obs, old, now) -> redraw();
    private final PlaygroundViewModel model;
    private final Messages messages;
    private final Label cellLine = new Label();
    private final Label poolLine = new Label();
    private final VBox grids = new VBox(4);
    private final Label sumLine = new Label();

    ProductsPanel(PlaygroundViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("products-panel");
        getStyleClass().add("products-panel");
        setSpacing(4);
        cellLine.setId("products-cell");
        cellLine.getStyleClass().add("grid-heading");
        cellLine.setWrapText(true);
        poolLine.setWrapText(true);
        poolLine.managedProperty().bind(poolLine.visibleProperty());
        sumLine.setId("products-sum");
        sumLine.getStyleClass().add("sum-line");
        sumLine.setWrapText(true);
        getChildren().addAll(cellLine, poolLine, grids, sumLine);
        model.hoverProperty().addListener((obs, old, now) -> redraw());
        messages.languageProperty().addListener(new WeakChangeListener<>(relabel));
        redraw();
    }

    private void redraw() {
        CellTrace hover = model.hoverProperty().get();
        if (hover == null) {
            cellLine.setText(messages.format("playground.products.hint"));
            poolLine.setVisible(false);
            grids.getChildren().clear();
            sumLine.setText("");
            return;
        }
        ConvCell cell = hover.conv();
        cellLine.setText(messages.format("playground.products.cell", hover.kernel() + 1, hover.y(), hover.x(),
                CellText.format(hover.value())));
        PoolCell pool = hover.pool();
        poolLine.setVisible(pool != null);
        if (pool != null) {
            boolean max = pool.winner() >= 0;
            poolLine.setText(messages.format("playground.products.pool", max ? 0 : 1, pool.taps().size(),
                    cell.outY(), cell.outX()));
        }
        int kh = 0;
        int kw = 0;
        int channels = 0;
        for (ConvTap tap : cell.taps()) {
            kh = Math.max(kh, tap.kernelY() + 1);
            kw = Math.max(kw, tap.kernelX() + 1);
            channels = Math.max(channels, tap.channel() + 1);
        }
        float[][] products = new float[channels][kh * kw];
        for (ConvTap tap : cell.taps()) {
            products[tap.channel()][tap.kernelY() * kw + tap.kernelX()] = tap.product();
        }
        float scale = CellPalette.scaleOf(products);
        grids.getChildren().clear();
        for (int c = 0; c < channels; c++) {
            if (channels > 1) {
                grids.getChildren().add(new Label(messages.format("playground.products.channel", c + 1)));
            }
            TensorGridView grid = new TensorGridView();
            grid.setId("products-grid-" + c);
            grid.setSizing(34, channels > 1 ? 150 : 230, 44);
            grid.setPicture(GridPicture.plain(kh, kw, products[c], CellPalette.diverging(scale)));
            grids.getChildren().add(grid);
        }
        sumLine.setText(messages.format("playground.products.sum", CellText.format(cell.bias()), cell.taps().size(),
                CellText.format(cell.sum())));
    }
}
