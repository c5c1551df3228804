package cnnlab.ui.grid;

import java.util.BitSet;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
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
 * Draws one plane of numbers as a grid of coloured cells: the padding ring hatched grey,
 * unrevealed cells blank, values printed where a cell is large enough to read, marks on top. It
 * computes nothing: it paints the {@link GridPicture} it is given.
 *
 * <p>Cells and marks live on two stacked canvases. A new picture whose cells look the same only
 * repaints the marks; one that only reveals more cells repaints just those cells; so a 64×64 map
 * with a window sliding over it stays smooth.
 */
public final class TensorGridView extends Region {
    /** Cells smaller than this many pixels show no numbers. */
    static final double MIN_CELL_FOR_NUMBERS = 18;
    private static final double DEFAULT_PREFERRED_CELL = 40;
    private static final double DEFAULT_MAX_SIDE = 480;
    private static final Color GRID_LINE = Color.web("#94a3b8");
    private static final Color HIDDEN_CELL = Color.web("#f8fafc");
    private static final Color PADDING_CELL = Color.web("#e2e8f0");
    private static final Color PADDING_HATCH = Color.web("#cbd5e1");
    private static final Color PADDING_TEXT = Color.web("#94a3b8");

    private final Canvas cells = new Canvas();
    private final Canvas marks = new Canvas();
    private final ObjectProperty<GridPicture> picture = new SimpleObjectProperty<>(this, "picture");
    private GridPicture drawnCells;
    private GridPicture drawnMarks;
    private double drawnCellSize;
    private double preferredCell = DEFAULT_PREFERRED_CELL;
    private double maxSide = DEFAULT_MAX_SIDE;
    private double maxCell = 64;
    private BiConsumer<Integer, Integer> onHover = (y, x) -> { };
    private BiConsumer<Integer, Integer> onClick = (y, x) -> { };
    private int hoverY = -1;
    private int hoverX = -1;

    public TensorGridView() {
        getStyleClass().add("tensor-grid");
        marks.setMouseTransparent(true);
        getChildren().addAll(cells, marks);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        picture.addListener((obs, old, now) -> {
            if (old == null || now == null || old.drawnRows() != now.drawnRows()
                    || old.drawnColumns() != now.drawnColumns()) {
                requestLayout();
            }
            draw();
        });
        cells.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e));
        cells.addEventHandler(MouseEvent.MOUSE_EXITED, e -> leave());
        cells.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                onClick.accept(cell[0], cell[1]);
            }
        });
        setMinSize(24, 24);
    }

    public ObjectProperty<GridPicture> pictureProperty() {
        return picture;
    }

    public GridPicture getPicture() {
        return picture.get();
    }

    public void setPicture(GridPicture value) {
        picture.set(value);
    }

    /**
     * How big the grid would like to be: {@code cell} pixels a cell, at most {@code side} pixels
     * a side, cells never larger than {@code largestCell}.
     */
    public void setSizing(double cell, double side, double largestCell) {
        preferredCell = cell;
        maxSide = side;
        maxCell = largestCell;
        requestLayout();
    }

    /** Called with the data row and column under the mouse, or (−1, −1) when it leaves the data cells. */
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
        double fit = Math.min(maxCell, Math.min((getWidth() - 1) / p.drawnColumns(), (getHeight() - 1) / p.drawnRows()));
        return fit >= 4 ? Math.floor(fit) : Math.max(0, fit);
    }

    /**
     * The centre of the rectangle {@code height × width} cells at data row {@code y}, column
     * {@code x} (fractional allowed), in this view's coordinates.
     */
    public Point2D centerOf(double y, double x, double height, double width) {
        GridPicture p = picture.get();
        double cell = cellSize();
        if (p == null) {
            return new Point2D(getWidth() / 2, getHeight() / 2);
        }
        return new Point2D(originX(p, cell) + (x + p.padLeft() + width / 2) * cell,
                originY(p, cell) + (y + p.padTop() + height / 2) * cell);
    }

    /** True when the cell (y, x) would print its number at the current size. */
    public boolean showsNumbers() {
        GridPicture p = picture.get();
        return p != null && p.showNumbers() && cellSize() >= MIN_CELL_FOR_NUMBERS;
    }

    @Override
    protected double computePrefWidth(double height) {
        GridPicture p = picture.get();
        return p == null ? 100 : Math.min(p.drawnColumns() * preferredCell, maxSide);
    }

    @Override
    protected double computePrefHeight(double width) {
        GridPicture p = picture.get();
        return p == null ? 100 : Math.min(p.drawnRows() * preferredCell, maxSide);
    }

    @Override
    protected void layoutChildren() {
        if (cells.getWidth() != getWidth() || cells.getHeight() != getHeight()) {
            cells.setWidth(getWidth());
            cells.setHeight(getHeight());
            marks.setWidth(getWidth());
            marks.setHeight(getHeight());
            drawnCells = null;
            drawnMarks = null;
        }
        draw();
    }

    private void hover(MouseEvent e) {
        int[] cell = cellAt(e.getX(), e.getY());
        int y = cell == null ? -1 : cell[0];
        int x = cell == null ? -1 : cell[1];
        if (y != hoverY || x != hoverX) {
            hoverY = y;
            hoverX = x;
            onHover.accept(y, x);
        }
    }

    private void leave() {
        if (hoverY >= 0) {
            hoverY = -1;
            hoverX = -1;
            onHover.accept(-1, -1);
        }
    }

    /** The data cell under a point, or null outside the data (padding counts as outside). */
    private int[] cellAt(double px, double py) {
        GridPicture p = picture.get();
        double cell = cellSize();
        if (p == null || cell <= 0) {
            return null;
        }
        int y = (int) Math.floor((py - originY(p, cell)) / cell) - p.padTop();
        int x = (int) Math.floor((px - originX(p, cell)) / cell) - p.padLeft();
        return y >= 0 && y < p.rows() && x >= 0 && x < p.columns() ? new int[] {y, x} : null;
    }

    private double originX(GridPicture p, double cell) {
        return Math.floor((getWidth() - cell * p.drawnColumns()) / 2);
    }

    /** Grids hang from the top of their space, so headings above them stay close. */
    private double originY(GridPicture p, double cell) {
        return 0;
    }

    private void draw() {
        GridPicture p = picture.get();
        double cell = cellSize();
        if (p == null || cell <= 0) {
            clear(cells);
            clear(marks);
            drawnCells = null;
            drawnMarks = null;
            return;
        }
        boolean sameSize = cell == drawnCellSize;
        if (!sameSize || drawnCells == null || !p.sameLayoutAs(drawnCells)) {
            drawAllCells(p, cell);
        } else if (!p.sameCellsAs(drawnCells)) {
            drawChangedCells(p, cell);
        }
        if (!sameSize || drawnMarks == null || !p.marks().equals(drawnMarks.marks())
                || !p.sameLayoutAs(drawnMarks)) {
            drawMarks(p, cell);
        }
        drawnCells = p;
        drawnMarks = p;
        drawnCellSize = cell;
    }

    private static void clear(Canvas canvas) {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    private void drawAllCells(GridPicture p, double cell) {
        GraphicsContext g = cells.getGraphicsContext2D();
        clear(cells);
        prepareText(g, p, cell);
        for (int dy = 0; dy < p.drawnRows(); dy++) {
            for (int dx = 0; dx < p.drawnColumns(); dx++) {
                drawCell(g, p, cell, dy - p.padTop(), dx - p.padLeft());
            }
        }
    }

    /** Repaints only the cells whose revealed state changed since the last picture. */
    private void drawChangedCells(GridPicture p, double cell) {
        GraphicsContext g = cells.getGraphicsContext2D();
        prepareText(g, p, cell);
        BitSet changed = revealedBits(p);
        changed.xor(revealedBits(drawnCells));
        for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
            drawCell(g, p, cell, i / p.columns(), i % p.columns());
        }
    }

    private static BitSet revealedBits(GridPicture p) {
        BitSet bits = p.revealed();
        if (bits == null) {
            bits = new BitSet(p.rows() * p.columns());
            bits.set(0, p.rows() * p.columns());
        }
        return bits;
    }

    private void prepareText(GraphicsContext g, GridPicture p, double cell) {
        g.setFont(Font.font(Math.min(16, cell * 0.38)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
    }

    private void drawCell(GraphicsContext g, GridPicture p, double cell, int y, int x) {
        double ox = originX(p, cell);
        double oy = originY(p, cell);
        double px = ox + (x + p.padLeft()) * cell;
        double py = oy + (y + p.padTop()) * cell;
        boolean numbers = p.showNumbers() && cell >= MIN_CELL_FOR_NUMBERS;
        boolean padding = y < 0 || y >= p.rows() || x < 0 || x >= p.columns();
        if (padding) {
            g.setFill(PADDING_CELL);
            g.fillRect(px, py, cell, cell);
            g.setStroke(PADDING_HATCH);
            g.setLineWidth(1);
            g.strokeLine(px, py + cell, px + cell, py);
            if (numbers) {
                g.setFill(PADDING_TEXT);
                g.fillText("0", px + cell / 2, py + cell / 2);
            }
        } else if (p.isRevealed(y, x)) {
            int argb = p.colors().argb(p.value(y, x));
            g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            g.fillRect(px, py, cell, cell);
            if (numbers) {
                g.setFill(textColor(argb));
                g.fillText(CellText.format(p.value(y, x)), px + cell / 2, py + cell / 2);
            }
        } else {
            g.setFill(HIDDEN_CELL);
            g.fillRect(px, py, cell, cell);
        }
        if (cell >= 6) {
            g.setStroke(GRID_LINE);
            g.setLineWidth(1);
            g.strokeRect(px + 0.5, py + 0.5, cell, cell);
        }
    }

    private void drawMarks(GridPicture p, double cell) {
        GraphicsContext g = marks.getGraphicsContext2D();
        clear(marks);
        double ox = originX(p, cell);
        double oy = originY(p, cell);
        for (Mark mark : p.marks()) {
            drawMark(g, mark, ox + (mark.left() + p.padLeft()) * cell, oy + (mark.top() + p.padTop()) * cell, cell);
        }
    }

    private static void drawMark(GraphicsContext g, Mark mark, double x, double y, double cell) {
        double w = mark.width() * cell;
        double h = mark.height() * cell;
        g.setLineDashes();
        switch (mark.style()) {
            case WINDOW -> {
                double line = Math.max(2, Math.min(5, cell / 8));
                g.setStroke(Color.web("#111827"));
                g.setLineWidth(line);
                g.strokeRect(x + line / 2, y + line / 2, w - line, h - line);
            }
            case FOCUS -> {
                double line = Math.max(2, Math.min(5, cell / 8));
                g.setStroke(Color.web("#16a34a"));
                g.setLineWidth(line);
                g.strokeRect(x + line / 2, y + line / 2, w - line, h - line);
            }
            case FIELD -> {
                g.setFill(Color.web("#facc15", 0.45));
                g.fillRect(x, y, w, h);
            }
            case SKIPPED -> {
                g.setStroke(Color.web("#64748b"));
                g.setLineWidth(Math.max(1, Math.min(3, cell / 12)));
                g.setLineDashes(Math.max(3, cell / 6));
                g.strokeRect(x + 2, y + 2, w - 4, h - 4);
                g.setLineDashes();
                g.setFill(Color.web("#64748b", 0.22));
                g.fillRect(x, y, cell, cell);
            }
            case HIGHLIGHT -> {
                double line = Math.max(2, Math.min(4, cell / 10));
                g.setStroke(Color.web("#dc2626"));
                g.setLineWidth(line);
                g.strokeRect(x + line / 2, y + line / 2, w - line, h - line);
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
