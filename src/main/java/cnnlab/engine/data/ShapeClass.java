package cnnlab.engine.data;

/**
 * The kinds of picture {@link ShapeDataset} draws. Each is a stroke around a centre
 * {@code (cx, cy)} with half-extent {@code r}; {@link #distance} gives how far a point is from
 * the stroke's centre line, from which the renderer computes the ink.
 */
public enum ShapeClass {
    /** A falling diagonal "\": from (cx − r, cy − r) to (cx + r, cy + r), what filter A detects. */
    DIAGONAL_DOWN("diagonal \\"),
    /** A rising diagonal "/": from (cx − r, cy + r) to (cx + r, cy − r). */
    DIAGONAL_UP("diagonal /"),
    /** A vertical line "|" of length 2r. */
    VERTICAL("vertical"),
    /** A horizontal line "—" of length 2r. */
    HORIZONTAL("horizontal"),
    /** A plus-shaped cross "+": the vertical and the horizontal line together. */
    CROSS("cross"),
    /** A ring of radius r. */
    CIRCLE("circle"),
    /** The outline of a square of side 2r. */
    SQUARE("square"),
    /** No stroke at all: background and noise only. */
    BLANK("blank");

    private final String label;

    ShapeClass(String label) {
        this.label = label;
    }

    /** The name shown to students, e.g. {@code diagonal \}. */
    public String label() {
        return label;
    }

    /** The seven stroke classes, everything but {@link #BLANK}. */
    public static java.util.List<ShapeClass> strokes() {
        return java.util.List.of(DIAGONAL_DOWN, DIAGONAL_UP, VERTICAL, HORIZONTAL, CROSS, CIRCLE, SQUARE);
    }

    /** Distance from (x, y) to the centre line of this shape; infinite for {@link #BLANK}. */
    public double distance(double x, double y, double cx, double cy, double r) {
        switch (this) {
            case DIAGONAL_DOWN:
                return segment(x, y, cx - r, cy - r, cx + r, cy + r);
            case DIAGONAL_UP:
                return segment(x, y, cx - r, cy + r, cx + r, cy - r);
            case VERTICAL:
                return segment(x, y, cx, cy - r, cx, cy + r);
            case HORIZONTAL:
                return segment(x, y, cx - r, cy, cx + r, cy);
            case CROSS:
                return Math.min(VERTICAL.distance(x, y, cx, cy, r), HORIZONTAL.distance(x, y, cx, cy, r));
            case CIRCLE:
                return Math.abs(Math.hypot(x - cx, y - cy) - r);
            case SQUARE:
                return squareOutline(x - cx, y - cy, r);
            default:
                return Double.POSITIVE_INFINITY;
        }
    }

    /** Distance from (x, y) to the segment from (x1, y1) to (x2, y2). */
    private static double segment(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t = ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    /** Distance from (dx, dy), relative to the centre, to the outline of a square of half-side r. */
    private static double squareOutline(double dx, double dy, double r) {
        double ax = Math.abs(dx);
        double ay = Math.abs(dy);
        if (ax <= r && ay <= r) {
            return Math.min(r - ax, r - ay);
        }
        return Math.hypot(Math.max(ax - r, 0), Math.max(ay - r, 0));
    }
}
