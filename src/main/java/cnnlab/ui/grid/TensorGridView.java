package cnnlab.ui.grid;

import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one plane of numbers as a grid of coloured cells on a canvas: the padding ring hatched
 * grey, unrevealed cells blank, values printed where a cell is large enough to read, marks on
 * top. It computes nothing: it paints the {@link GridPicture} it is given.
 */
public final class TensorGridView extends Region {
    /** Cells smaller than this many pixels show no numbers. */
    static final double MIN_CELL_FOR_NUMBERS = 18;
    private static final double MAX_CELL = 64;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<GridPicture> picture = new SimpleObjectProperty<>(this, "picture");
    private BiConsumer<Integer, Integer> onHover = (y, x) -> { };
    private BiConsumer<Integer, Integer> onClick = (y, x) -> { };

    public TensorGridView() {
        getStyleClass().add("tensor-grid");
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        picture.addListener((obs, old, now) -> requestLayout());
        picture.addListener((obs, old, now) -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e, onHover));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onHover.accept(-1, -1));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> hover(e, onClick));
        setMinSize(40, 40);
    }

    public ObjectProperty<GridPicture> pictureProperty() {
        return picture;
    }

    public void setPicture(GridPicture value) {
        picture.set(value);
    }

    /** Called with the data row and column under the mouse, or (−1, −1) when it leaves a cell. */
    public void setOnCellHover(BiConsumer<Integer, Integer> handler) {
        onHover = handler;
    }

    /** Called with the data row and column clicked. */
    public void setOnCellClick(BiConsumer<Integer, Integer> handler) {
        onClick = handler;
    }

    /** The side of one cell in pixels at the current size. */
    public double cellSize() {
        GridPicture p = picture.get();
        if (p == null) {
            return 0;
        }
        return Math.min(MAX_CELL, Math.min(getWidth() / p.drawnColumns(), getHeight() / p.drawnRows()));
    }

    @Override
    protected double computePrefWidth(double height) {
        GridPicture p = picture.get();
        return p == null ? 100 : Math.min(p.drawnColumns() * 40.0, 480);
    }

    @Override
    protected double computePrefHeight(double width) {
        GridPicture p = picture.get();
        return p == null ? 100 : Math.min(p.drawnRows() * 40.0, 480);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void hover(MouseEvent e, BiConsumer<Integer, Integer> handler) {
        GridPicture p = picture.get();
        double cell = cellSize();
        if (p == null || cell <= 0) {
            return;
        }
        int y = (int) Math.floor((e.getY() - originY(p, cell)) / cell) - p.padTop();
        int x = (int) Math.floor((e.getX() - originX(p, cell)) / cell) - p.padLeft();
        if (y >= 0 && y < p.rows() && x >= 0 && x < p.columns()) {
            handler.accept(y, x);
        } else {
            handler.accept(-1, -1);
        }
    }

    private double originX(GridPicture p, double cell) {
        return Math.floor((getWidth() - cell * p.drawnColumns()) / 2);
    }

    private double originY(GridPicture p, double cell) {
        return Math.floor((getHeight() - cell * p.drawnRows()) / 2);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        GridPicture p = picture.get();
        double cell = cellSize();
        if (p == null || cell <= 0) {
            return;
        }
        double ox = originX(p, cell);
        double oy = originY(p, cell);
        boolean numbers = p.showNumbers() && cell >= MIN_CELL_FOR_NUMBERS;
        g.setFont(Font.font(Math.min(16, cell * 0.38)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int dy = 0; dy < p.drawnRows(); dy++) {
            for (int dx = 0; dx < p.drawnColumns(); dx++) {
                int y = dy - p.padTop();
                int x = dx - p.padLeft();
                double px = ox + dx * cell;
                double py = oy + dy * cell;
                boolean padding = y < 0 || y >= p.rows() || x < 0 || x >= p.columns();
                if (padding) {
                    drawPadding(g, px, py, cell, numbers);
                } else if (p.isRevealed(y, x)) {
                    int argb = p.colors().argb(p.value(y, x));
                    g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
                    g.fillRect(px, py, cell, cell);
                    if (numbers) {
                        g.setFill(textColor(argb));
                        g.fillText(CellText.format(p.value(y, x)), px + cell / 2, py + cell / 2);
                    }
                } else {
                    g.setFill(Color.web("#f8fafc"));
                    g.fillRect(px, py, cell, cell);
                }
            }
        }
        g.setStroke(Color.web("#94a3b8"));
        g.setLineWidth(cell >= 8 ? 1 : 0);
        if (cell >= 8) {
            for (int dy = 0; dy <= p.drawnRows(); dy++) {
                g.strokeLine(ox, oy + dy * cell + 0.5, ox + p.drawnColumns() * cell, oy + dy * cell + 0.5);
            }
            for (int dx = 0; dx <= p.drawnColumns(); dx++) {
                g.strokeLine(ox + dx * cell + 0.5, oy, ox + dx * cell + 0.5, oy + p.drawnRows() * cell);
            }
        }
        for (Mark mark : p.marks()) {
            drawMark(g, mark, ox + (mark.left() + p.padLeft()) * cell, oy + (mark.top() + p.padTop()) * cell, cell);
        }
    }

    private static void drawPadding(GraphicsContext g, double px, double py, double cell, boolean numbers) {
        g.setFill(Color.web("#e2e8f0"));
        g.fillRect(px, py, cell, cell);
        g.setStroke(Color.web("#cbd5e1"));
        g.setLineWidth(1);
        g.strokeLine(px, py + cell, px + cell, py);
        if (numbers) {
            g.setFill(Color.web("#94a3b8"));
            g.fillText("0", px + cell / 2, py + cell / 2);
        }
    }

    private static void drawMark(GraphicsContext g, Mark mark, double x, double y, double cell) {
        double w = mark.width() * cell;
        double h = mark.height() * cell;
        switch (mark.style()) {
            case WINDOW -> {
                g.setStroke(Color.web("#111827"));
                g.setLineWidth(Math.max(2, cell / 10));
                g.strokeRect(x + 1, y + 1, w - 2, h - 2);
            }
            case FOCUS -> {
                g.setStroke(Color.web("#16a34a"));
                g.setLineWidth(Math.max(2, cell / 8));
                g.strokeRect(x + 2, y + 2, w - 4, h - 4);
            }
            case FIELD -> {
                g.setFill(Color.web("#facc15", 0.35));
                g.fillRect(x, y, w, h);
            }
            case SKIPPED -> {
                g.setFill(Color.web("#64748b", 0.25));
                g.fillRect(x, y, w, h);
            }
            default -> throw new IllegalStateException(mark.style().toString());
        }
    }

    /** Black on light cells, white on dark ones. */
    private static Color textColor(int argb) {
        double luma = 0.299 * ((argb >> 16) & 0xff) + 0.587 * ((argb >> 8) & 0xff) + 0.114 * (argb & 0xff);
        return luma > 140 ? Color.web("#111827") : Color.WHITE;
    }
}
