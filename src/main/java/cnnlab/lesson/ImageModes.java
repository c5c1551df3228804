package cnnlab.lesson;

import java.util.List;

/** The ways a lesson may turn an image file into numbers. */
final class ImageModes {
    /** One channel, 0 (black) to 1 (white). */
    static final String GRAYSCALE = "grayscale";
    /** One channel of 0 or 1: grayscale at or above the threshold becomes 1. */
    static final String BINARY = "binary";
    /** Three channels (red, green, blue), each 0 to 1. */
    static final String RGB = "rgb";
    static final List<String> NAMES = List.of(GRAYSCALE, BINARY, RGB);
    static final double DEFAULT_THRESHOLD = 0.5;

    private ImageModes() {
    }
}
