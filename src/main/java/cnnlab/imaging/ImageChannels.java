package cnnlab.imaging;

/** Which channels an image becomes as a tensor. */
public enum ImageChannels {
    /** One channel, the luma {@code 0.299·R + 0.587·G + 0.114·B} of the sRGB values, in [0, 1]. */
    GRAYSCALE,
    /** Three channels red, green, blue, each in [0, 1]. */
    RGB
}
