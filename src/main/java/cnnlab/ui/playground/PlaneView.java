package cnnlab.ui.playground;

import cnnlab.ui.grid.CellColors;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.grid.TensorGridView;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One plane of values drawn to fit its space: small planes as a {@link TensorGridView} (cells,
 * numbers, marks), large ones as one pixel per cell in an image scaled without smoothing, with
 * the first mark drawn as an outline. Both report the cell under the mouse.
 */
public final class PlaneView extends Region {
    /** Planes with more rows or columns than this are drawn as pixels. */
    public static final int GRID_LIMIT = 64;

    private final TensorGridView grid = new TensorGridView();
    private final ImageView pixels = new ImageView();
    private final Rectangle outline = new Rectangle();
    private WritableImage image;
    private int[] argb = new int[0];
    private int rows;
    private int columns;
    private BiConsumer<Integer, Integer> onHover = (y, x) -> { };
    private int hoverY = -1;
    private int hoverX = -1;
    private double side = 360;
    private double preferredCell = 40;
    private List<Mark> marks = List.of();

    public PlaneView() {
        getStyleClass().add("plane-view");
        pixels.setSmooth(false);
        pixels.setPreserveRatio(true);
        outline.setFill(Color.TRANSPARENT);
        outline.setStroke(Color.web("#111827"));
        outline.setStrokeWidth(2);
        outline.setMouseTransparent(true);
        outline.setVisible(false);
        grid.setSizing(40, 360, 56);
        getChildren().addAll(grid, pixels, outline);
        pixels.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverPixel(e.getX(), e.getY()));
        pixels.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverPixel(-1, -1));
        setMinSize(40, 40);
    }

    /** The grid view used for small planes, for tests that read its picture. */
    public TensorGridView grid() {
        return grid;
    }

    /** How big the grid would like its cells, and its side at most. */
    public void setSizing(double cell, double side, double largestCell) {
        grid.setSizing(cell, side, largestCell);
        this.side = side;
        this.preferredCell = Math.min(cell, largestCell);
        requestLayout();
    }

    /** Called with the row and column under the mouse, or (−1, −1). */
    public void setOnCellHover(BiConsumer<Integer, Integer> handler) {
        onHover = handler;
        grid.setOnCellHover(handler);
    }

    public void setOnCellClick(BiConsumer<Integer, Integer> handler) {
        grid.setOnCellClick(handler);
        pixels.setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                handler.accept(cell[0], cell[1]);
            }
        });
    }

    /**
     * Shows a plane.
     *
     * @param values  row-major, {@code rows · columns} of them; not copied, never modified
     * @param colors  value → colour
     * @param numbers print values in cells large enough
     * @param marks   rectangles on top (the pixel view outlines the first)
     */
    public void show(int rows, int columns, float[] values, CellColors colors, boolean numbers, List<Mark> marks) {
        this.rows = rows;
        this.columns = columns;
        boolean small = rows <= GRID_LIMIT && columns <= GRID_LIMIT;
        grid.setVisible(small);
        pixels.setVisible(!small);
        if (small) {
            outline.setVisible(false);
            grid.setPicture(new GridPicture(rows, columns, values, 0, 0, 0, 0, null, colors, marks, numbers));
        } else {
            grid.setPicture(null);
            paint(values, colors);
            this.marks = List.copyOf(marks);
            placeOutline();
        }
        requestLayout();
    }

    /** Nothing to show. */
    public void clear() {
        rows = 0;
        columns = 0;
        grid.setPicture(null);
        pixels.setImage(null);
        outline.setVisible(false);
    }

    private void paint(float[] values, CellColors colors) {
        if (image == null || (int) image.getWidth() != columns || (int) image.getHeight() != rows) {
            image = new WritableImage(columns, rows);
            argb = new int[rows * columns];
        }
        for (int i = 0; i < values.length; i++) {
            argb[i] = colors.argb(values[i]);
        }
        image.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbInstance(), argb, 0, columns);
        pixels.setImage(image);
    }

    private void placeOutline() {
        Mark mark = marks.isEmpty() ? null : marks.get(0);
        outline.setVisible(mark != null);
        if (mark != null) {
            double cell = cell();
            outline.setX(pixels.getLayoutX() + mark.left() * cell - 1);
            outline.setY(pixels.getLayoutY() + mark.top() * cell - 1);
            outline.setWidth(mark.width() * cell + 2);
            outline.setHeight(mark.height() * cell + 2);
        }
    }

    private double cell() {
        return columns == 0 ? 0 : pixels.getFitWidth() / columns;
    }

    private int[] cellAt(double px, double py) {
        double cell = cell();
        if (cell <= 0) {
            return null;
        }
        int y = (int) Math.floor(py / cell);
        int x = (int) Math.floor(px / cell);
        return y >= 0 && y < rows && x >= 0 && x < columns ? new int[] {y, x} : null;
    }

    private void hoverPixel(double px, double py) {
        int[] cell = px < 0 ? null : cellAt(px, py);
        int y = cell == null ? -1 : cell[0];
        int x = cell == null ? -1 : cell[1];
        if (y != hoverY || x != hoverX) {
            hoverY = y;
            hoverX = x;
            onHover.accept(y, x);
        }
    }

    @Override
    protected void layoutChildren() {
        grid.resizeRelocate(0, 0, getWidth(), getHeight());
        if (columns > 0) {
            double scale = Math.min(getWidth() / columns, getHeight() / rows);
            scale = scale >= 1 ? Math.floor(scale) : scale;
            pixels.setFitWidth(columns * scale);
            pixels.setFitHeight(rows * scale);
            pixels.relocate(Math.floor((getWidth() - columns * scale) / 2), 0);
            if (pixels.isVisible()) {
                placeOutline();
            }
        }
    }

    /** Cells of {@code preferredCell} pixels, shrunk so the longer side fits in {@code side}. */
    private double preferredCellSize() {
        return Math.min(preferredCell, side / Math.max(1, Math.max(rows, columns)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return rows == 0 ? 100 : Math.ceil(columns * preferredCellSize()) + 1;
    }

    @Override
    protected double computePrefHeight(double width) {
        return rows == 0 ? 100 : Math.ceil(rows * preferredCellSize()) + 1;
    }
}
