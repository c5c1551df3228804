package cnnlab.lesson;

/**
 * Where a token starts in a file.
 *
 * @param line   1-based line
 * @param column 1-based column, in characters
 */
record TextPosition(int line, int column) {
    static final TextPosition START = new TextPosition(1, 1);
}
